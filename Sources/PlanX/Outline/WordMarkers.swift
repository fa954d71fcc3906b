/// Markers made of a word and a number: `Điều 3.`, `Chương II`, `Phần thứ hai`, `Mục 1`,
/// `PHỤ LỤC`, `Phụ lục II`.
///
/// A word marker must not start a sentence: `Điều` needs `.`/`:` or the end after its number;
/// `Chương`/`Phần`/`Mục`/`Phụ lục` need the end, a delimiter or an upper-case title after the
/// number (`Mục 1 của Luật` and `Phụ lục kèm theo` are text). Upper-case `PHỤ LỤC` alone is an
/// unnumbered appendix.
enum WordMarkers {
    private struct Word {
        let bytes: [UInt8]
        let scheme: NumberingScheme
        let upper: Bool
        let variant: UInt8
        init(_ s: String, _ scheme: NumberingScheme, upper: Bool, variant: UInt8 = 0) {
            bytes = Array(s.utf8); self.scheme = scheme; self.upper = upper; self.variant = variant
        }
    }

    private static let words: [Word] = [
        Word("Điều", .article, upper: false), Word("ĐIỀU", .article, upper: true),
        Word("Chương", .chapter, upper: false), Word("CHƯƠNG", .chapter, upper: true),
        Word("Phần", .part, upper: false), Word("PHẦN", .part, upper: true),
        Word("Mục", .part, upper: false, variant: SchemeKey.sectionVariant),
        Word("MỤC", .part, upper: true, variant: SchemeKey.sectionVariant),
        Word("Phụ lục", .appendix, upper: false), Word("Phụ Lục", .appendix, upper: false),
        Word("PHỤ LỤC", .appendix, upper: true),
    ]

    private static let ordinals: [(String, Int)] = [
        ("nhất", 1), ("hai", 2), ("ba", 3), ("tư", 4), ("năm", 5), ("sáu", 6), ("bảy", 7), ("tám", 8),
        ("chín", 9), ("mười", 10),
    ]
    private static let ordinalBytes: [([UInt8], Int)] =
        ordinals.flatMap { [(Array($0.0.utf8), $0.1), (Array($0.0.uppercased().utf8), $0.1)] }
    private static let thu: [[UInt8]] = [Array("thứ".utf8), Array("THỨ".utf8)]
    private static let so: [[UInt8]] = [Array("số".utf8), Array("SỐ".utf8)]

    /// The word marker at `start`, or nil.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Marker? {
        let c = b[start]
        guard c == 0xC4 || c == 0x43 || c == 0x50 || c == 0x4D else { return nil }  // Đ C P M
        for w in words where ByteScan.hasWord(b, start, w.bytes) {
            let afterWord = start + w.bytes.count
            if afterWord == b.count || !ByteScan.isSpace(b[afterWord]) {
                // `PHỤ LỤC` alone (or `PHỤ LỤC:`) is an unnumbered appendix.
                guard w.scheme == .appendix, afterWord == b.count || b[afterWord] == 0x3A else { return nil }
                return Marker(scheme: .appendix, value: .none, text: ByteScan.text(b, start, afterWord),
                              restStart: min(b.count, afterWord + 1))
            }
            var i = ByteScan.skipSpaces(b, afterWord)
            if w.scheme == .appendix, let s = so.first(where: { ByteScan.hasWord(b, i, $0) }) {
                i = ByteScan.skipSpaces(b, i + s.count)
            }
            guard let (value, end) = numeral(b, i, scheme: w.scheme) else {
                // `PHỤ LỤC CÁC NHIỆM VỤ …`: an unnumbered appendix with its title on the line.
                guard w.scheme == .appendix, w.upper, ByteScan.isUpperLetter(b, i) else { return nil }
                return Marker(scheme: .appendix, value: .none, text: ByteScan.text(b, start, afterWord), restStart: i)
            }
            return finish(b, start, end, word: w, value: value)
        }
        return nil
    }

    private static func finish(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, word w: Word, value: Marker.Value) -> Marker? {
        let prefix = ByteScan.text(b, start, start + w.bytes.count) + " "
        guard end < b.count else {
            return Marker(scheme: w.scheme, variant: w.variant, value: value, text: ByteScan.text(b, start, end),
                          prefix: prefix, restStart: end)
        }
        let d = b[end]
        if d == 0x2E || d == 0x3A {
            // `Điều 3.` keeps its dot like `3.`; `Phụ lục II:` and `Chương 1.` are named without it.
            let article = w.scheme == .article
            return Marker(scheme: w.scheme, variant: w.variant, value: value,
                          text: ByteScan.text(b, start, article ? end + 1 : end),
                          prefix: prefix, suffix: article ? String(UnicodeScalar(d)) : "",
                          restStart: ByteScan.skipSpaces(b, end + 1))
        }
        guard w.scheme != .article, ByteScan.isSpace(d) else { return nil }
        var i = ByteScan.skipSpaces(b, end)
        // `Chương I - QUY ĐỊNH CHUNG`, `Phần I – …`
        if i < b.count, b[i] == 0x2D { i = ByteScan.skipSpaces(b, i + 1) }
        else if ByteScan.hasWord(b, i, [0xE2, 0x80, 0x93]) { i = ByteScan.skipSpaces(b, i + 3) }
        guard i == b.count || ByteScan.isUpperLetter(b, i) else { return nil }
        return Marker(scheme: w.scheme, variant: w.variant, value: value, text: ByteScan.text(b, start, end),
                      prefix: prefix, restStart: i)
    }

    /// A Roman or Arabic number, an ordinal word (`thứ hai`) for parts, or one upper-case
    /// letter for appendices (`Phụ lục A`).
    private static func numeral(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, scheme: NumberingScheme) -> (Marker.Value, Int)? {
        guard i < b.count else { return nil }
        if ByteScan.isDigit(b[i]) {
            var j = i, n = 0
            while j < b.count, ByteScan.isDigit(b[j]), j - i < 3 { n = n * 10 + Int(b[j] - 0x30); j += 1 }
            guard n >= 1, !(j < b.count && ByteScan.isLetter(b, j)) else { return nil }
            return (.number(n), j)
        }
        var j = i
        while j < b.count, b[j] == 0x49 || b[j] == 0x56 || b[j] == 0x58 || b[j] == 0x4C { j += 1 }
        if j > i, !(j < b.count && ByteScan.isLetter(b, j)), let n = RomanNumeral.value(b, i, j) {
            return (.roman(n), j)
        }
        if scheme == .part, let t = thu.first(where: { ByteScan.hasWord(b, i, $0) }) {
            let k = ByteScan.skipSpaces(b, i + t.count)
            for (word, n) in ordinalBytes where ByteScan.hasWord(b, k, word) {
                let e = k + word.count
                if e == b.count || !ByteScan.isLetter(b, e) { return (.number(n), e) }
            }
        }
        if scheme == .appendix, ByteScan.isASCIIUpper(b[i]), !(i + 1 < b.count && ByteScan.isLetter(b, i + 1)) {
            return (.letter(UInt32(b[i]) + 0x20), i + 1)
        }
        return nil
    }
}
