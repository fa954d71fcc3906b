/// `CellSplitter` on the UTF-8 bytes of plain text (`PlainText`): the same pieces, trims and
/// cleaning, as byte ranges, with no `Character` work.
///
/// `- Kế hoạch;\n- Báo cáo` → ranges of `- Kế hoạch` and `\n- Báo cáo`; cleaned: `Kế hoạch`, `Báo cáo`.
enum PlainCell {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// `CellSplitter.split`: the pieces (not yet cleaned, empty ones dropped) and whether they form a list.
    static func split(_ p: Bytes, _ range: Range<Int>) -> (pieces: [Range<Int>], isList: Bool) {
        var pieces: [Range<Int>] = []
        var marked = false
        var depth = 0
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let b = p[i]
            let next = i + 1  // every mark below is ASCII
            switch b {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth = max(0, depth - 1)
            case UInt8(ascii: "\n"):
                pieces.append(start..<i)
                start = next
            case UInt8(ascii: ";") where depth == 0:
                pieces.append(start..<i)
                start = next
                marked = true
            case UInt8(ascii: ".") where depth == 0 && bulletFollows(p, next, range.upperBound):
                pieces.append(start..<next)
                start = next
                marked = true
            default: break
            }
            i = next
        }
        pieces.append(start..<range.upperBound)
        pieces.removeAll { clean(p, $0).isEmpty }
        return (pieces, pieces.count > 1 && (marked || pieces.contains { startsWithBullet(p, $0) }))
    }

    /// `CellSplitter.clean`: without leading space and bullets, trailing space and `.`, `;`, `,`.
    static func clean(_ p: Bytes, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let (v, n) = PlainText.scalar(p, at: lo)
            guard PlainText.classes(v) & PlainText.space != 0 || isBullet(v) else { break }
            lo += n
        }
        while lo < hi {
            let s = PlainText.scalarStart(p, before: hi)
            let v = PlainText.scalar(p, at: s).value
            guard PlainText.classes(v) & PlainText.space != 0 || v == 0x2E || v == 0x3B || v == 0x2C else { break }
            hi = s
        }
        return lo..<hi
    }

    /// `CellSplitter.trimmed`: without surrounding white space.
    static func trimmed(_ p: Bytes, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let (v, n) = PlainText.scalar(p, at: lo)
            guard PlainText.classes(v) & PlainText.space != 0 else { break }
            lo += n
        }
        while lo < hi {
            let s = PlainText.scalarStart(p, before: hi)
            guard PlainText.classes(PlainText.scalar(p, at: s).value) & PlainText.space != 0 else { break }
            hi = s
        }
        return lo..<hi
    }

    /// `AgencyScanner.tidy`: without leading space and `,;-`, trailing space and `,;.:-`; the first
    /// letter upper-cased (as `Character.uppercased()` does it) when `capitalise`.
    static func tidy(_ p: Bytes, capitalise: Bool) -> String {
        var lo = 0, hi = p.count
        while lo < hi {
            let (v, n) = PlainText.scalar(p, at: lo)
            guard PlainText.classes(v) & PlainText.space != 0 || v == 0x2C || v == 0x3B || v == 0x2D else { break }
            lo += n
        }
        while lo < hi {
            let s = PlainText.scalarStart(p, before: hi)
            let v = PlainText.scalar(p, at: s).value
            guard PlainText.classes(v) & PlainText.space != 0 || v == 0x2C || v == 0x3B || v == 0x2E || v == 0x3A || v == 0x2D
            else { break }
            hi = s
        }
        guard capitalise, lo < hi else { return string(p, lo..<hi) }
        let (v, n) = PlainText.scalar(p, at: lo)
        if v < 0x80 {
            guard v >= 0x61 && v <= 0x7A else { return string(p, lo..<hi) }
            return String(UnicodeScalar(UInt8(v - 0x20))) + string(p, (lo + 1)..<hi)
        }
        return Character(Unicode.Scalar(v)!).uppercased() + string(p, (lo + n)..<hi)
    }

    /// Whether a scalar of the range is in any of `classes` (`PlainText.letter | PlainText.number`).
    static func contains(_ p: Bytes, _ range: Range<Int>, _ classes: UInt8) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let (v, n) = PlainText.scalar(p, at: i)
            if PlainText.classes(v) & classes != 0 { return true }
            i += n
        }
        return false
    }

    /// The bytes as a `String`.
    @inline(__always)
    static func string(_ p: Bytes, _ range: Range<Int>) -> String {
        String(decoding: Bytes(rebasing: p[range]), as: UTF8.self)
    }

    // MARK: - Private

    /// `-`, `+`, `•`, `*`, `–`, `·`.
    @inline(__always)
    private static func isBullet(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0x2B || v == 0x2022 || v == 0x2A || v == 0x2013 || v == 0xB7
    }

    private static func startsWithBullet(_ p: Bytes, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let (v, n) = PlainText.scalar(p, at: i)
            if PlainText.classes(v) & PlainText.space == 0 { return isBullet(v) }
            i += n
        }
        return false
    }

    /// ` - ` after a full stop: spaces (or NBSP), one of `-+•–`, a space (or NBSP).
    private static func bulletFollows(_ p: Bytes, _ from: Int, _ end: Int) -> Bool {
        var j = from
        var sawSpace = false
        while j < end {
            let (v, n) = PlainText.scalar(p, at: j)
            guard v == 0x20 || v == 0xA0 else { break }
            sawSpace = true
            j += n
        }
        guard sawSpace, j < end else { return false }
        let (v, n) = PlainText.scalar(p, at: j)
        guard v == 0x2D || v == 0x2B || v == 0x2022 || v == 0x2013 else { return false }
        let k = j + n
        guard k < end else { return false }
        let w = PlainText.scalar(p, at: k).value
        return w == 0x20 || w == 0xA0
    }
}
