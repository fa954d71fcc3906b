/// `AgencyDirectory`'s abbreviations, looked up by their written bytes and expanded into ready
/// words once per process, for `PlainAgencyWords`.
///
/// `UBND` → `Ủy` `ban` `nhân` `dân`; `VH,TT&DL` after `Sở` → `Văn` `hóa` `,` `Thể` `thao` `và` `Du` `lịch`.
enum PlainAbbreviations {
    /// One word of an expansion.
    struct Part: Sendable {
        let text: String
        let id: Int
        let isMark: Bool
        let capital: Bool
    }

    /// The expansion of an abbreviation that stands anywhere (`UBND`), or nil.
    static func expansion(of key: UnsafeBufferPointer<UInt8>) -> [Part]? {
        anywhere.table.value(of: key).map { anywhere.parts[$0] }
    }

    /// The expansion of a field abbreviation, valid right after `Sở`/`Bộ` (`TT&TT`), or nil.
    static func fieldExpansion(of key: UnsafeBufferPointer<UInt8>) -> [Part]? {
        afterHead.table.value(of: key).map { afterHead.parts[$0] }
    }

    // MARK: - Private

    private static let anywhere = compiled(AgencyDirectory.abbreviations)
    private static let afterHead = compiled(AgencyDirectory.fieldAbbreviations)

    private static func compiled(_ list: [String: String]) -> (table: ByteKeyTable, parts: [[Part]]) {
        var pairs: [(key: String, value: Int)] = []
        var parts: [[Part]] = []
        for (short, long) in list {
            pairs.append((short, parts.count))
            parts.append(words(of: long))
        }
        return (ByteKeyTable(pairs), parts)
    }

    /// The words `AgencyWords` makes of an expansion: split at spaces, a trailing `,` its own mark.
    private static func words(of long: String) -> [Part] {
        var out: [Part] = []
        for var part in long.split(separator: " ") {
            let comma = part.count > 1 && part.hasSuffix(",")
            if comma { part = part.dropLast() }
            let isMark = part == "-" || part == ","
            var key = isMark ? String(part) : TextFold.word(part)
            let id = key.withUTF8 { AgencyVocabulary.id($0) }  // the directory is NFC, so bytes compare as strings do
            out.append(Part(text: String(part), id: id, isMark: isMark,
                            capital: part.unicodeScalars.first.map(TextFold.isUpper) ?? false))
            if comma { out.append(Part(text: ",", id: AgencyVocabulary.comma, isMark: true, capital: false)) }
        }
        return out
    }
}
