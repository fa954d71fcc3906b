/// Recognises the STT (row number) tokens that open rows of plan tables and tells whether one can
/// follow another: `1` → `2`, `1.1`, `1.2.1`; `I` → `II`; `A` → `B`; a new group restarts at `1`.
enum SttToken {
    enum Kind: Equatable { case number, dotted, roman, letter }

    /// The token's kind, or nil when the text is not a bare STT (`1`, `01`, `1.2`, `1.2.3.`, `IV`, `B`).
    static func kind(_ s: String) -> Kind? {
        // Most cells are long text: decide on the byte count before touching the bytes.
        guard s.utf8.count <= 13 else { return nil }
        if let k = s.utf8.withContiguousStorageIfAvailable({ kind(bytes: $0) }) { return k }
        var copy = s
        return copy.withUTF8 { kind(bytes: $0) }
    }

    /// The same on UTF-8 bytes (all the token shapes are ASCII).
    static func kind(bytes b: UnsafeBufferPointer<UInt8>) -> Kind? {
        guard b.count <= 13, var end = Optional(b.count), end > 0 else { return nil }
        if b[end - 1] == 46 || b[end - 1] == 41 { end -= 1 }
        guard end > 0 else { return nil }
        var digits = true, digitsAndDots = true, roman = true
        for i in 0..<end {
            let c = b[i]
            if c < 48 || c > 57 {
                digits = false
                if c != 46 { digitsAndDots = false }
            }
            if c != 73 && c != 86 && c != 88 && c != 76 { roman = false }
        }
        if digits { return end <= 3 ? .number : nil }
        if digitsAndDots {
            // At most five parts split at dots, each one to three digits.
            var parts = 1, length = 0
            for i in 0..<end {
                if b[i] == 46 {
                    guard length > 0, length <= 3 else { return nil }
                    parts += 1
                    length = 0
                } else {
                    length += 1
                }
            }
            guard length > 0, length <= 3, parts <= 5 else { return nil }
            return .dotted
        }
        if roman && end <= 6 { return .roman }
        if end == 1 && b[0] >= 65 && b[0] <= 90 { return .letter }
        return nil
    }

    static func isToken(_ s: String) -> Bool { kind(s) != nil }

    /// A bare number as written in score columns (`9.5`, `1,42`, `100%`), which never opens a row
    /// when it follows an STT.
    static func isNumberish(_ s: String) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 12 else { return false }
        return s.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 44 || $0 == 37 || $0 == 32 }
            && s.utf8.contains { $0 >= 48 && $0 <= 57 }
    }

    static func isNumberish(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !b.isEmpty, b.count <= 12 else { return false }
        var digit = false
        for c in b {
            if c >= 48 && c <= 57 { digit = true } else if c != 46 && c != 44 && c != 37 && c != 32 { return false }
        }
        return digit
    }

    /// Whether `next` can be the STT after `previous` in one table.
    static func canFollow(_ previous: String?, _ next: String) -> Bool {
        guard let n = SttParts(next) else { return false }
        return SttParts.canFollow(previous.flatMap(SttParts.init), n)
    }

    static func trimmed(_ s: String) -> String {
        var t = s
        while t.hasSuffix(".") || t.hasSuffix(")") { t.removeLast() }
        return t
    }

    private static func romanOf(_ s: String) -> String? { kind(s) == .roman ? trimmed(s) : nil }

    static func romanValue(_ s: String) -> Int {
        let v: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0, prev = 0
        for ch in s.reversed() {
            let x = v[ch] ?? 0
            total += x < prev ? -x : x
            prev = max(prev, x)
        }
        return total
    }
}
