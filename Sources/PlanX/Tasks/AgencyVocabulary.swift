/// Every word the agency lexicon knows, numbered, so a phrase's words are hashed once and the
/// lexicon is then matched by integer (`AgencyWord.id`); a word outside it (-1) can start
/// or continue no known name, which rejects most words of an instruction at once.
///
/// The marks and words the scanner tests by name (`các`, `cấp`, `:`) have fixed numbers, so
/// `w[k].id == AgencyVocabulary.các` replaces a string comparison.
enum AgencyVocabulary {
    static let comma = 0, dash = 1, open = 2, close = 3, colon = 4, semicolon = 5, period = 6
    static let các = 7, những = 8, cơ = 9, đơn = 10, cấp = 11, tỉnh = 12, huyện = 13, xã = 14
    static let có = 15, liên = 16, quan = 17, và = 18, sở = 19, bộ = 20

    /// The folded words and marks behind the fixed numbers above, in their order.
    private static let fixed = [
        ",", "-", "(", ")", ":", ";", ".", "các", "những", "cơ", "đơn", "cấp", "tỉnh", "huyện", "xã",
        "có", "liên", "quan", "và", "sở", "bộ",
    ]

    /// The number of a folded word or mark, or -1.
    static func id(_ key: String) -> Int { ids[key] ?? -1 }

    /// The number of a folded word or mark given as NFC UTF-8 bytes, or -1.
    static func id(_ key: UnsafeBufferPointer<UInt8>) -> Int { byteIDs.value(of: key) ?? -1 }

    static var count: Int { keys.count }

    // MARK: - Private

    /// Every folded word, by number: the fixed ones, then each word of the directory's names.
    private static let keys: [[UInt8]] = {
        var phrases: [String] = []
        for f in AgencyDirectory.fields { phrases += [f.name] + f.aliases }
        for e in AgencyDirectory.bodies { phrases += [e.name] + e.aliases }
        phrases += ["Sở", "Bộ"] + AgencyDirectory.heads.map(\.words) + AgencyDirectory.roles
        phrases += Array(AgencyDirectory.collectiveNouns) + Array(AgencyDirectory.localities)
        var keys: [[UInt8]] = fixed.map { Array($0.utf8) }
        var seen = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        var folded: [UInt8] = []
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            // The phrase's space-separated words without trailing commas, `-` as it is, others folded.
            for raw in bytes.split(separator: 0x20) {
                var word = raw
                while word.last == UInt8(ascii: ",") { word = word.dropLast() }
                folded.removeAll(keepingCapacity: true)
                if word.elementsEqual([UInt8(ascii: "-")]) {
                    folded.append(UInt8(ascii: "-"))
                } else {
                    bytes.withUnsafeBufferPointer { TextFold.word($0, word.indices, into: &folded) }
                }
                if seen[folded] == nil {
                    seen[folded] = keys.count
                    keys.append(folded)
                }
            }
        }
        return keys
    }()

    private static let byteIDs = ByteKeyTable(keys.enumerated().map { (key: $1, value: $0) })

    /// For text that is not plain: `String` keys, compared as `String`s (canonical equivalence).
    private static let ids: [String: Int] =
        Dictionary(keys.enumerated().map { (String(decoding: $1, as: UTF8.self), $0) }, uniquingKeysWith: { first, _ in first })
}
