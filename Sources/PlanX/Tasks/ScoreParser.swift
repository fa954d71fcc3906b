/// Reads a score cell of an index-improvement plan as a number.
///
/// `9.5` → 9.5, `7,83` → 7.83, `87,73%` → 87.73, `1.5 điểm` → 1.5; anything that is not one number
/// (`Tăng so với năm 2023`, `1,37/2,5`) → nil. A single `.` or `,` is the decimal mark either way.
enum ScoreParser {
    static func parse(_ text: String) -> Double? {
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
