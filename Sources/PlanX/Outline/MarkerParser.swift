/// Recognises a numbering marker at the start of a text, on UTF-8 bytes, without regex.
///
/// Forms: Roman `II.` `IV-` (rare), Arabic `1.` `1)` `1/`, decimal `2.1.` `2.1` `1.1.1.`, letters
/// `a)` `đ)` `a.` `a/`, upper-case letters `A.`, `Điều 3.`, `Chương II`, `Phần I`, `Phần thứ hai`,
/// `Mục 2`, `PHỤ LỤC`, `Phụ lục II`. A marker may be glued to an upper-case title
/// (`1.Công khai`, `II.NHIỆM VỤ`). Every reading is returned (`I.` is Roman one and the letter
/// I); whether a reading is a real heading is decided by `SchemeStack` from the expected values.
enum MarkerParser {
    /// Readings of the marker at the start of `text` (empty when there is none).
    static func parse(_ text: String) -> [Marker] {
        ByteScan.withBytes(text) { parse($0, at: 0) }
    }

    /// Readings of the marker starting at byte `start` of `b`.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> [Marker] {
        guard start < b.count else { return [] }
        let c = b[start]
        if ByteScan.isDigit(c) { return arabicOrDecimal(b, start).map { [$0] } ?? [] }
        if let word = WordMarkers.parse(b, start) { return [word] }
        if ByteScan.isASCIILower(c) { return lowerLetter(b, start, letter: UInt32(c), length: 1).map { [$0] } ?? [] }
        if c == 0xC4, start + 1 < b.count {
            if b[start + 1] == 0x91 { return lowerLetter(b, start, letter: 0x111, length: 2).map { [$0] } ?? [] }
            if b[start + 1] == 0x90 { return upperLetter(b, start, letter: 0x111, length: 2).map { [$0] } ?? [] }
        }
        guard ByteScan.isASCIIUpper(c) else { return [] }
        var out: [Marker] = []
        if let r = roman(b, start) { out.append(r) }
        if let u = upperLetter(b, start, letter: UInt32(c) + 0x20, length: 1) { out.append(u) }
        return out
    }

    // MARK: - Forms

    private static func arabicOrDecimal(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Marker? {
        var parts: [Int] = []
        var i = start
        while true {
            guard let (n, end) = number(b, i) else { return nil }
            parts.append(n)
            i = end
            // Another component follows only as `.` + digit.
            if i + 1 < b.count, b[i] == 0x2E, ByteScan.isDigit(b[i + 1]), parts.count < 5 { i += 1; continue }
            break
        }
        if parts.count == 1 {
            guard parts[0] <= 999, i < b.count, let variant = delimiterVariant(b[i]),
                  let rest = afterDelimiter(b, i + 1, glued: b[i] == 0x29 ? .letter : .upper)
            else { return nil }
            return Marker(scheme: .arabic, variant: variant, value: .number(parts[0]),
                          text: ByteScan.text(b, start, i + 1), suffix: String(UnicodeScalar(b[i])), restStart: rest)
        }
        guard parts.allSatisfy({ $0 >= 1 && $0 <= 99 }) else { return nil }
        var end = i
        var suffix = ""
        if i < b.count, b[i] == 0x2E { end = i + 1; suffix = "." }
        // Without a trailing dot the title must be separated by a space (`2.7 Đề nghị`).
        guard let rest = afterDelimiter(b, end, glued: suffix.isEmpty ? .none : .upper) else { return nil }
        return Marker(scheme: .decimal, variant: UInt8(parts.count), value: .path(parts),
                      text: ByteScan.text(b, start, end), suffix: suffix, restStart: rest)
    }

    /// Digits without a leading zero, at most three.
    private static func number(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, Int)? {
        guard i < b.count, ByteScan.isDigit(b[i]), b[i] != 0x30 else { return nil }
        var j = i, n = 0
        while j < b.count, ByteScan.isDigit(b[j]) { if j - i < 4 { n = n * 10 + Int(b[j] - 0x30) }; j += 1 }
        return j - i <= 3 ? (n, j) : nil
    }

    private static func roman(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Marker? {
        var i = start
        while i < b.count, b[i] == 0x49 || b[i] == 0x56 || b[i] == 0x58 || b[i] == 0x4C { i += 1 }
        guard i > start, let n = RomanNumeral.value(b, start, i), i < b.count else { return nil }
        let d = b[i]
        guard d == 0x2E || d == 0x29 || d == 0x2D else { return nil }
        // `I-` is only a marker when a space follows; `.` and `)` may be glued to a title.
        guard let rest = afterDelimiter(b, i + 1, glued: d == 0x2D ? .none : .upper) else { return nil }
        return Marker(scheme: .roman, value: .roman(n), text: ByteScan.text(b, start, i + 1),
                      suffix: String(UnicodeScalar(d)), restStart: rest)
    }

    private static func lowerLetter(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, letter: UInt32, length: Int) -> Marker? {
        let i = start + length
        guard LetterOrder.isListLetter(letter), i < b.count, let variant = delimiterVariant(b[i]),
              let rest = afterDelimiter(b, i + 1, glued: b[i] == 0x29 ? .letter : .upper)
        else { return nil }
        return Marker(scheme: .letter, variant: variant, value: .letter(letter),
                      text: ByteScan.text(b, start, i + 1), suffix: String(UnicodeScalar(b[i])), restStart: rest)
    }

    private static func upperLetter(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, letter: UInt32, length: Int) -> Marker? {
        let i = start + length
        guard LetterOrder.isListLetter(letter), i < b.count, b[i] == 0x2E || b[i] == 0x29,
              let rest = afterDelimiter(b, i + 1, glued: .upper)
        else { return nil }
        return Marker(scheme: .upperLetter, value: .letter(letter), text: ByteScan.text(b, start, i + 1),
                      suffix: String(UnicodeScalar(b[i])), restStart: rest)
    }

    /// `1.` `1)` `1/` (and `a.` `a)` `a/`) are separate levels when a document uses two of them.
    private static func delimiterVariant(_ d: UInt8) -> UInt8? {
        switch d {
        case 0x2E: return 0
        case 0x29: return 1
        case 0x2F: return 2
        default: return nil
        }
    }

    /// What may follow a delimiter without a space.
    enum Glue { case none, upper, letter }

    /// Start of the title after a delimiter ending at `i`, or nil when the delimiter is not
    /// followed by a space, the end of the text, or an allowed glued letter.
    static func afterDelimiter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, glued: Glue) -> Int? {
        guard i < b.count else { return i }
        if ByteScan.isSpace(b[i]) { return ByteScan.skipSpaces(b, i) }
        switch glued {
        case .none: return nil
        case .upper: return ByteScan.isUpperLetter(b, i) ? i : nil
        case .letter: return ByteScan.isLetter(b, i) ? i : nil
        }
    }
}
