/// Cuts a stream of units (pipe cells, paragraphs) into chunks that each start a new row.
///
/// A chunk opens at an STT token that can follow the previous one (`1.2` after `1.1`, `II` after
/// `I`, `1` restarting under a new group), or at any STT exactly one row's worth of units after
/// the previous start, or at a total (`Tổng số`, `Tổng cộng`). Score values such as `1.5` are not
/// row starts: an STT is never followed by a bare number.
enum RowSegmenter {
    static func chunks(_ units: [GridCell], columns n: Int) -> [[GridCell]] {
        var out: [[GridCell]] = []
        var current: [GridCell] = []
        var lastStt: String?
        for (i, u) in units.enumerated() {
            let t = u.parts.first ?? ""
            let next = i + 1 < units.count ? (units[i + 1].parts.first ?? "") : ""
            var starts = false
            if current.isEmpty {
                starts = true
            } else if isTotal(t) {
                starts = current.count >= 2
            } else if u.parts.count == 1, SttToken.isToken(t), !SttToken.isNumberish(next) || SttToken.kind(t) == .roman {
                starts = current.count >= 2 && (current.count == n || SttToken.canFollow(lastStt, t))
            }
            if starts {
                if !current.isEmpty { out.append(current) }
                current = []
                current.reserveCapacity(n + 2)
                if SttToken.isToken(t) { lastStt = t }
            }
            current.append(u)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func isTotal(_ t: String) -> Bool {
        guard let f = t.utf8.first, f == 84 || f == 116 || f == 67 || f == 99, t.utf8.count <= 40,
              mayBeTotal(t), t.split(separator: " ").count <= 5 else { return false }
        let l = t.lowercased()
        return l.hasPrefix("tổng số") || l.hasPrefix("tổng cộng") || l == "cộng" || l == "cộng:" || l == "tổng" || l == "tổng:"
    }

    /// False when the bytes after the first letter cannot start `ổn`/`ộn` (any case, composed or
    /// not: `ô` + mark, `ọ` + mark, `o` + marks), so `t` cannot lower-case to `tổng…`/`cộng…`.
    /// Most cells (`Tổ chức`, `Các sở`, `Công an`) end here without lower-casing; `isTotal` decides.
    private static func mayBeTotal(_ t: String) -> Bool {
        var it = t.utf8.makeIterator()
        _ = it.next()
        guard let b1 = it.next() else { return false }
        let b2 = it.next() ?? 0, b3 = it.next() ?? 0, b4 = it.next() ?? 0
        switch b1 {
        case 0xE1:
            guard b2 == 0xBB else { return false }
            switch b3 {
            case 0x94, 0x95, 0x98, 0x99: return b4 == 0x6E || b4 == 0x4E || b4 >= 0x80  // Ổ ổ Ộ ộ, then n
            case 0x8C, 0x8D: return b4 >= 0x80  // Ọ ọ, then a mark
            default: return false
            }
        case 0x6F, 0x4F: return b2 >= 0x80  // o O, then a mark
        case 0xC3: return (b2 == 0xB4 || b2 == 0x94) && b3 >= 0x80  // ô Ô, then a mark
        default: return false
        }
    }

    /// The most common chunk length among chunks that look like whole rows (≥ 3 units).
    static func typicalLength(_ chunks: [[GridCell]]) -> Int? {
        var counts: [Int: Int] = [:]
        for c in chunks where c.count >= 3 { counts[c.count, default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }
}
