/// Reads a score cell of an index-improvement plan as a number.
///
/// `9.5` → 9.5, `7,83` → 7.83, `87,73%` → 87.73, `1.5 điểm` → 1.5; anything that is not one number
/// (`Tăng so với năm 2023`, `1,37/2,5`) → nil. A single `.` or `,` is the decimal mark either way.
enum ScoreParser {
    static func parse(_ text: String) -> Double? {
        if let plain = PlainText.withPlainBytes(text, parsePlain) { return plain }
        return parseAny(text)
    }

    // MARK: - Private

    /// `parseAny` on the bytes of plain text.
    private static func parsePlain(_ p: UnsafeBufferPointer<UInt8>) -> Double? {
        var r = PlainCell.trimmed(p, 0..<p.count)
        if r.count > 0, p[r.upperBound - 1] == UInt8(ascii: "%") { r = r.dropLast() }
        if endsWithPointWord(p, r) {
            for _ in 0..<4 { r = r.lowerBound..<PlainText.scalarStart(p, before: r.upperBound) }
        }
        while r.count > 0 {
            let last = PlainText.scalarStart(p, before: r.upperBound)
            guard PlainText.classes(PlainText.scalar(p, at: last).value) & PlainText.space != 0 else { break }
            r = r.lowerBound..<last
        }
        var digits: [UInt8] = []
        var sawMark = false
        for i in r {
            let b = p[i]
            if b >= 0x30 && b <= 0x39 {
                digits.append(b)
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: ","), !sawMark, !digits.isEmpty {
                sawMark = true
                digits.append(UInt8(ascii: "."))
            } else {
                return nil
            }
        }
        guard let last = digits.last, last != UInt8(ascii: ".") else { return nil }
        return (Double(String(decoding: digits, as: UTF8.self)))
    }

    /// `TextFold.phrase(range).hasSuffix(" điểm")`: two or more words, the last folding to `điểm`.
    private static func endsWithPointWord(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        func isSeparator(_ i: Int) -> Int {  // the separator's length at byte i, or 0
            let b = p[i]
            if b == 0x20 || b == 0x0A || b == 0x09 { return 1 }
            return b == 0xC2 && i + 1 < r.upperBound && p[i + 1] == 0xA0 ? 2 : 0
        }
        var words = 0
        var lastWord = r.lowerBound..<r.lowerBound
        var i = r.lowerBound
        var start = -1
        while i < r.upperBound {
            let n = isSeparator(i)
            if n > 0 {
                if start >= 0 { words += 1; lastWord = start..<i }
                start = -1
                i += n
            } else {
                if start < 0 { start = i }
                i += PlainText.scalar(p, at: i).length
            }
        }
        if start >= 0 { words += 1; lastWord = start..<r.upperBound }
        guard words >= 2 else { return false }
        var folded: [UInt8] = []
        TextFold.word(p, lastWord, into: &folded)
        return folded.elementsEqual("điểm".utf8)
    }

    private static func parseAny(_ text: String) -> Double? {
        var t = Substring(CellSplitter.trimmed(text))
        if t.hasSuffix("%") { t = t.dropLast() }
        if TextFold.phrase(t).hasSuffix(" điểm") { t = t.dropLast(4) }
        while let l = t.last, l.isWhitespace { t = t.dropLast() }
        var digits = ""
        var sawMark = false
        for ch in t {
            if ch.isASCII, ch.isNumber {
                digits.append(ch)
            } else if (ch == "." || ch == ","), !sawMark, !digits.isEmpty {
                sawMark = true
                digits.append(".")
            } else {
                return nil
            }
        }
        guard let last = digits.last, last != "." else { return nil }
        return Double(digits)
    }
}
