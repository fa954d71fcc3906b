/// Reads the bodies of one agency phrase (one `;`-separated item), left to right.
///
/// A `,`, `và` or spaced `-` separates two bodies only when what follows starts a body (a known
/// name, a capitalised head like `Sở`/`Trung tâm`, `các` + a collective noun). So
/// `Các sở, ban, ngành, UBND các huyện, thị xã, thành phố` is two bodies and
/// `Sở Văn hóa, Thể thao và Du lịch` one. `UBND cấp huyện, cấp xã` gives `UBND cấp xã` as the
/// second body (the head carries over). Text after `:` or from a role verb on
/// (`Sở Nội vụ theo dõi, tổng hợp`) is the body's note, up to the end of the item.
struct AgencyScanner<P: AgencyPhrase> {
    private let w: P
    private var bodies: [Agency] = []
    /// The head a following `cấp xã` / `huyện X` continues (`Ủy ban nhân dân`), with its kind.
    private var carried: (name: String, kind: String)? = nil

    /// `startsBody` at each word, outside and inside a collective, worked out once.
    private let startsHere: [Bool]
    private let startsInGroup: [Bool]

    init(_ words: P) {
        w = words
        let here = (0..<words.count).map { Self.startsBody(words, at: $0, afterGroup: false) }
        startsHere = here
        startsInGroup = (0..<words.count).map { here[$0] && Self.startsBody(words, at: $0, afterGroup: true) }
    }

    /// The bodies of the phrase, in order.
    static func scan(_ words: P) -> [Agency] {
        var s = AgencyScanner(words)
        var i = 0
        while i < words.count {
            while i < words.count, words[i].isMark || s.isSeparator(i) { i += 1 }
            guard i < words.count else { break }
            i = s.body(at: i)
        }
        return s.bodies
    }

    /// Whether a body starts at word `k`. Inside a collective body (`afterGroup`), a bare collective
    /// noun (`ban`, `địa phương`) continues it rather than starting a new one.
    static func startsBody(_ w: P, at k: Int, afterGroup: Bool) -> Bool {
        guard k < w.count, !w[k].isMark else { return false }
        if let (named, _) = AgencyLexicon.named(w, at: k) {
            return named.kind != "group" || !afterGroup || w[k].id == AgencyVocabulary.các
        }
        if w[k].id == AgencyVocabulary.các || w[k].id == AgencyVocabulary.những { return AgencyLexicon.collective(w, at: k + 1) != nil }
        if let (_, end) = AgencyLexicon.head(w, at: k) {
            // A head with no name after it (`Ban,` in `Sở, Ban, Ngành`) is a collective noun.
            return end < w.count && !w[end].isMark
        }
        if !afterGroup, w[k].id == AgencyVocabulary.cơ || w[k].id == AgencyVocabulary.đơn, AgencyLexicon.collective(w, at: k) != nil { return true }
        return false
    }

    // MARK: - One body

    private mutating func body(at start: Int) -> Int {
        var j: Int
        var name: String
        var kind: String
        var closed: Bool
        if let (named, end) = AgencyLexicon.named(w, at: start) {
            (j, name, kind, closed) = (end, named.name, named.kind, named.kind != "group")
        } else if continues(at: start), let c = carried {
            (j, name, kind, closed) = (start, c.name, c.kind, true)
        } else if w[start].id == AgencyVocabulary.các || w[start].id == AgencyVocabulary.những {
            (j, name, kind, closed) = (start + 1, "", "group", false)
        } else if let (headKind, end) = AgencyLexicon.head(w, at: start) {
            (j, name, kind, closed) = (end, "", headKind, false)
        } else {
            // `cơ quan trung ương …` without `các` is still a collective.
            let collective = !w[start].capital && AgencyLexicon.collective(w, at: start) != nil
            (j, name, kind, closed) = (start + 1, "", collective ? "group" : "other", false)
        }
        carried = nil
        if closed {
            let core = (name: name, kind: kind)
            let t = tail(from: j)
            if t.end > j { name = Self.joined(name, w.canonical(j, t.end)) }
            if t.group { kind = "group" }
            if t.carries { carried = core }
            j = t.end
            // Words after the known part stay in the name (`Ban Chỉ đạo CCHC tỉnh`) up to a role verb,
            // a `:` or the next body.
            let more = extent(from: j, group: kind == "group")
            if more > j { name = Self.joined(name, w.canonical(j, more)) }
            j = more
        } else {
            let extendFrom = name.isEmpty ? start : j
            j = extent(from: j, group: kind == "group")
            name = name.isEmpty ? w.canonical(start, j) : Self.joined(name, w.canonical(extendFrom, j))
        }
        var textEnd = j
        while textEnd > start, w[textEnd - 1].isMark, w[textEnd - 1].id != AgencyVocabulary.close { textEnd -= 1 }
        let agency = Agency(name: Self.tidy(name), text: w.written(start, textEnd), kind: kind)
        bodies.append(agency)
        return note(from: j)
    }

    /// After a known name: `cấp huyện`, `tỉnh Gia Lai`, `các huyện, thị xã, thành phố`, `Bình Dương`,
    /// then `có liên quan`. `carries` when a following `cấp xã` or `huyện X` continues the same head.
    private func tail(from j: Int) -> (end: Int, group: Bool, carries: Bool) {
        var k = j
        var group = false
        var carries = false
        if k + 1 < w.count, w[k].id == AgencyVocabulary.cấp, Self.isLevel(w[k + 1].id) {
            k += 2
            carries = true
        } else if w.count > k, w[k].id == AgencyVocabulary.các, AgencyLexicon.locality(w, at: k + 1) != nil {
            k = placeList(from: k + 1)
            group = true
            carries = true
        } else if let e = AgencyLexicon.locality(w, at: k) {
            k = e
            carries = true
            var items = 1
            while k + 1 < w.count, isSeparator(k), let next = AgencyLexicon.locality(w, at: k + 1) {
                k = next
                items += 1
            }
            group = items > 1
            while isPlaceWord(k) { k += 1 }
        } else {
            while isPlaceWord(k) { k += 1 }
        }
        if k + 2 < w.count, w[k].id == AgencyVocabulary.có, w[k + 1].id == AgencyVocabulary.liên, w[k + 2].id == AgencyVocabulary.quan { k += 3 }
        else if k + 1 < w.count, w[k].id == AgencyVocabulary.liên, w[k + 1].id == AgencyVocabulary.quan { k += 2 }
        return (k, group, carries)
    }

    /// `huyện Đức Linh, Tánh Linh, Hàm Tân`: localities and place names joined by `,`/`và`.
    private func placeList(from j: Int) -> Int {
        var k = j
        while k < w.count {
            if let e = AgencyLexicon.locality(w, at: k) { k = e; continue }
            if isPlaceWord(k) { k += 1; continue }
            if isSeparator(k), k + 1 < w.count, AgencyLexicon.locality(w, at: k + 1) != nil || isPlaceWord(k + 1) {
                k += 1
                continue
            }
            break
        }
        return k
    }

    /// A name runs on (a collective's description, an unknown `Trung tâm …`, words after a known
    /// name) to a separator before a new body, a `:` or a role verb; parentheses are kept whole.
    private func extent(from j: Int, group: Bool) -> Int {
        var k = j
        while k < w.count {
            if w[k].id == AgencyVocabulary.colon || AgencyLexicon.isRole(w, at: k) { break }
            if isSeparator(k), starts(k + 1, inGroup: group) || continues(at: k + 1) { break }
            if w[k].id == AgencyVocabulary.open, let close = closing(k) { k = close; continue }
            k += 1
        }
        return k
    }

    /// Attaches what follows the body's name as its note, and returns where the next body may start.
    private mutating func note(from j: Int) -> Int {
        guard j < w.count else { return j }
        if isSeparator(j), starts(j + 1, inGroup: false) || continues(at: j + 1) { return j }
        var k = j + (w[j].id == AgencyVocabulary.colon ? 1 : 0)
        let from = k
        // An instruction runs to the end, or to a dash bullet naming another body: bodies after a
        // comma inside it are its objects (`chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan`).
        while k < w.count, !(w[k].id == AgencyVocabulary.dash && starts(k + 1, inGroup: false)) { k += 1 }
        let text = Self.tidy(w.written(from, k), capitalise: false)
        if !text.isEmpty {
            // `Sở A, Sở B: …` — the instruction after `:` belongs to every body before it.
            var b = bodies.count - 1
            bodies[b].note = text
            while w[j].id == AgencyVocabulary.colon, b > 0, bodies[b - 1].note == nil {
                b -= 1
                bodies[b].note = text
            }
        }
        carried = nil
        return k
    }

    // MARK: - Helpers

    private func starts(_ k: Int, inGroup: Bool) -> Bool {
        k < w.count && (inGroup ? startsInGroup[k] : startsHere[k])
    }

    private func isSeparator(_ k: Int) -> Bool {
        guard k < w.count else { return false }
        return w[k].isMark ? (w[k].id == AgencyVocabulary.comma || w[k].id == AgencyVocabulary.dash) : w[k].id == AgencyVocabulary.và
    }

    /// `cấp xã`, `huyện Tuy Phong` or `các huyện …` continuing the carried head.
    private func continues(at k: Int) -> Bool {
        guard carried != nil, k < w.count else { return false }
        if k + 1 < w.count, w[k].id == AgencyVocabulary.cấp, Self.isLevel(w[k + 1].id) { return true }
        if w[k].id == AgencyVocabulary.các { return AgencyLexicon.locality(w, at: k + 1) != nil }
        if let e = AgencyLexicon.locality(w, at: k) { return isPlaceWord(e) }
        return false
    }

    /// A capitalised word that is part of a place name, not the start of another body.
    private func isPlaceWord(_ k: Int) -> Bool {
        k < w.count && !w[k].isMark && w[k].capital && !starts(k, inGroup: false)
    }

    /// `tỉnh`, `huyện`, `xã` after `cấp`.
    private static func isLevel(_ id: Int) -> Bool {
        id == AgencyVocabulary.tỉnh || id == AgencyVocabulary.huyện || id == AgencyVocabulary.xã
    }

    private func closing(_ open: Int) -> Int? {
        var depth = 0
        for k in open..<w.count {
            if w[k].id == AgencyVocabulary.open { depth += 1 }
            if w[k].id == AgencyVocabulary.close {
                depth -= 1
                if depth == 0 { return k + 1 }
            }
        }
        return nil
    }

    /// `Các sở, ngành` + `, địa phương` → `Các sở, ngành, địa phương`.
    private static func joined(_ a: String, _ b: String) -> String {
        guard !a.isEmpty else { return b }
        if let glued = PlainText.withPlainBytes(b, { $0.first.map { ",.:;)".utf8.contains($0) } }) {
            guard let glued else { return a }
            return glued ? a + b : a + " " + b
        }
        guard let f = b.first else { return a }
        return ",.:;)".contains(f) ? a + b : a + " " + b
    }

    /// Trims spaces, leading separators and closing punctuation; capitalises the first letter of a name.
    static func tidy(_ s: String, capitalise: Bool = true) -> String {
        if let plain = PlainText.withPlainBytes(s, { PlainCell.tidy($0, capitalise: capitalise) }) { return plain }
        var t = Substring(s)
        while let f = t.first, f.isWhitespace || ",;-".contains(f) { t = t.dropFirst() }
        while let l = t.last, l.isWhitespace || ",;.:-".contains(l) { t = t.dropLast() }
        guard capitalise, let f = t.first else { return String(t) }
        return f.uppercased() + t.dropFirst()
    }
}
