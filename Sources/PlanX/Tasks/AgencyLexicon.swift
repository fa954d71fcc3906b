/// `AgencyDirectory` compiled for matching against `AgencyWords`: every name, alias, head and role
/// as a run of `AgencyVocabulary` numbers, indexed by its first word's number, longest first.
enum AgencyLexicon {
    /// A known body found in a phrase.
    struct Named {
        let keys: [Int]
        let name: String
        let kind: String
    }

    /// The known body starting at word `i` (longest wins), and the index after it.
    static func named<P: AgencyPhrase>(_ w: P, at i: Int) -> (Named, end: Int)? {
        guard i < w.count, !w[i].isMark, startsToken(w, i) else { return nil }
        for entry in entries(namedIndex, w[i]) {
            if let end = match(entry.keys, w, at: i) { return (entry, end) }
        }
        return nil
    }

    /// A head word (`Sở`, `Trung tâm`, …) written with a capital at word `i`, its kind and the index after it.
    static func head<P: AgencyPhrase>(_ w: P, at i: Int) -> (kind: String, end: Int)? {
        guard i < w.count, !w[i].isMark, w[i].capital else { return nil }
        for (keys, kind) in entries(headIndex, w[i]) {
            if let end = match(keys, w, at: i) { return (kind, end) }
        }
        return nil
    }

    /// A lower-case role verb (`theo dõi`, `chủ trì`) at word `i`.
    static func isRole<P: AgencyPhrase>(_ w: P, at i: Int) -> Bool {
        guard i < w.count, !w[i].isMark, !w[i].capital else { return false }
        return entries(roleIndex, w[i]).contains { match($0, w, at: i) != nil }
    }

    /// The index after a collective noun (`cơ quan`, `đơn vị`, `sở`) at word `i`.
    static func collective<P: AgencyPhrase>(_ w: P, at i: Int) -> Int? {
        phrase(in: collectiveIndex, w, at: i)
    }

    /// The index after an administrative unit (`huyện`, `thị xã`) at word `i`.
    static func locality<P: AgencyPhrase>(_ w: P, at i: Int) -> Int? {
        phrase(in: localityIndex, w, at: i)
    }

    // MARK: - Matching

    private static func phrase<P: AgencyPhrase>(in index: [[[Int]]], _ w: P, at i: Int) -> Int? {
        guard i < w.count, !w[i].isMark else { return nil }
        for keys in entries(index, w[i]) {
            if let end = match(keys, w, at: i) { return end }
        }
        return nil
    }

    /// The index after `keys` matched from word `i`, ending on a written token's end.
    private static func entries<T>(_ index: [[T]], _ word: AgencyWord) -> [T] {
        word.id >= 0 && word.id < index.count ? index[word.id] : []
    }

    private static func match<P: AgencyPhrase>(_ keys: [Int], _ w: P, at i: Int) -> Int? {
        guard i + keys.count <= w.count else { return nil }
        for (k, key) in keys.enumerated() where w[i + k].id != key { return nil }
        let end = i + keys.count
        guard end == w.count || w[end].token != w[end - 1].token else { return nil }
        return end
    }

    private static func startsToken<P: AgencyPhrase>(_ w: P, _ i: Int) -> Bool {
        i == 0 || w[i].token != w[i - 1].token
    }

    // MARK: - Compiled tables

    static func keys(_ phrase: String) -> [Int] {
        if let plain = PlainText.withPlainBytes(phrase, { PlainAgencyWords($0) }) { return ids(plain) }
        return ids(AgencyWords(phrase))
    }

    private static func ids<P: AgencyPhrase>(_ w: P) -> [Int] { (0..<w.count).map { w[$0].id } }

    private static func indexed<T>(_ items: [([Int], T)]) -> [[([Int], T)]] {
        var index = [[([Int], T)]](repeating: [], count: AgencyVocabulary.count)
        for item in items where !item.0.isEmpty && item.0[0] >= 0 { index[item.0[0]].append(item) }
        for k in index.indices { index[k].sort { $0.0.count > $1.0.count } }
        return index
    }

    private static let namedIndex: [[Named]] = {
        var items: [([Int], Named)] = []
        func add(_ name: String, _ kind: String, _ spellings: [String]) {
            for s in [name] + spellings {
                let k = keys(s)
                items.append((k, Named(keys: k, name: name, kind: kind)))
            }
        }
        for field in AgencyDirectory.fields {
            add("Sở " + field.name, "department", field.aliases.map { "Sở " + $0 })
            add("Bộ " + field.name, "central", field.aliases.map { "Bộ " + $0 })
        }
        for entry in AgencyDirectory.bodies { add(entry.name, entry.kind, entry.aliases) }
        return indexed(items).map { $0.map(\.1) }
    }()

    private static let headIndex: [[([Int], String)]] =
        indexed(AgencyDirectory.heads.map { (keys($0.words), $0.kind) })

    private static let roleIndex: [[[Int]]] =
        indexed(AgencyDirectory.roles.map { (keys($0), ()) }).map { $0.map(\.0) }

    private static let collectiveIndex: [[[Int]]] =
        indexed(AgencyDirectory.collectiveNouns.map { (keys($0), ()) }).map { $0.map(\.0) }

    private static let localityIndex: [[[Int]]] =
        indexed(AgencyDirectory.localities.map { (keys($0), ()) }).map { $0.map(\.0) }
}
