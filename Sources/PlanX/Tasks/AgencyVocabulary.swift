/// Every word the agency lexicon knows, numbered, so a phrase's words are hashed once and the
/// lexicon is then matched by integer (`AgencyWords.Word.id`); a word outside it (-1) can start
/// or continue no known name, which rejects most words of an instruction at once.
enum AgencyVocabulary {
    /// The number of a folded word or mark, or -1.
    static func id(_ key: String) -> Int { ids[key] ?? -1 }

    static var count: Int { ids.count }

    private static let ids: [String: Int] = {
        var phrases: [String] = []
        for f in AgencyDirectory.fields { phrases += [f.name] + f.aliases }
        for e in AgencyDirectory.bodies { phrases += [e.name] + e.aliases }
        phrases += ["Sở", "Bộ"] + AgencyDirectory.heads.map(\.words) + AgencyDirectory.roles
        phrases += Array(AgencyDirectory.collectiveNouns) + Array(AgencyDirectory.localities)
        var table: [String: Int] = [",": 0, "-": 1]
        for phrase in phrases {
            for raw in phrase.split(separator: " ") {
                var word = raw
                while let l = word.last, l == "," { word = word.dropLast() }
                let key = word == "-" ? "-" : TextFold.word(word)
                if table[key] == nil { table[key] = table.count }
            }
        }
        return table
    }()
}
