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

    /// The words `AgencyWords` makes of an expansion: split at spaces, a trailing `,` its own mark
    /// (read on bytes: the directory is plain text).
    private static func words(of long: String) -> [Part] {
        let bytes = Array(long.utf8)
        return bytes.withUnsafeBufferPointer { p in
            var out: [Part] = []
            var key: [UInt8] = []
            for run in bytes.indices.split(whereSeparator: { bytes[$0] == 0x20 }) {
                var r = run.startIndex..<run.endIndex
                let first = PlainText.scalar(p, at: r.lowerBound)
                let comma = r.count > first.length && p[r.upperBound - 1] == UInt8(ascii: ",")
                if comma { r = r.lowerBound..<(r.upperBound - 1) }
                let isMark = r.count == 1 && (p[r.lowerBound] == UInt8(ascii: "-") || p[r.lowerBound] == UInt8(ascii: ","))
                key.removeAll(keepingCapacity: true)
                if isMark { key.append(p[r.lowerBound]) } else { TextFold.word(p, r, into: &key) }
                let id = key.withUnsafeBufferPointer { AgencyVocabulary.id($0) }
                out.append(Part(text: PlainCell.string(p, r), id: id, isMark: isMark,
                                capital: PlainText.classes(first.value) & PlainText.upper != 0))
                if comma { out.append(Part(text: ",", id: AgencyVocabulary.comma, isMark: true, capital: false)) }
            }
            return out
        }
    }
}
