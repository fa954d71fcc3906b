/// Small helpers for reading NFC text as UTF-8 bytes without building `Character`s.
///
/// Outline classifies every body line, so it looks at bytes (swift-notes §6); only the few
/// bytes at a marker's edge are decoded to scalars.
enum ByteScan {
    /// Runs `body` over the UTF-8 bytes of `text` without copying when the string is native.
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isASCIIUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    static func isASCIILower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    /// The scalar starting at `i` and its length in bytes.
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int)? {
        guard i < b.count else { return nil }
        let c = b[i]
        if c < 0x80 { return (Unicode.Scalar(c), 1) }
        let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0
        guard len > 0, i + len <= b.count else { return nil }
        var v = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
        for k in 1..<len { v = (v << 6) | (UInt32(b[i + k]) & 0x3F) }
        guard let s = Unicode.Scalar(v) else { return nil }
        return (s, len)
    }

    /// Whether the scalar at `i` is an upper-case letter (`N`, `Đ`, `Ô`).
    static func isUpperLetter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < b.count else { return false }
        if b[i] < 0x80 { return isASCIIUpper(b[i]) }
        guard let (s, _) = scalar(b, i) else { return false }
        return s.properties.isUppercase
    }

    /// Whether the scalar at `i` is a letter of any case.
    static func isLetter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < b.count else { return false }
        if b[i] < 0x80 { return isASCIIUpper(b[i]) || isASCIILower(b[i]) }
        guard let (s, _) = scalar(b, i) else { return false }
        return s.properties.isAlphabetic
    }

    /// Whether `word` is written at `i`.
    static func hasWord(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= b.count else { return false }
        for k in 0..<word.count where b[i + k] != word[k] { return false }
        return true
    }

    /// The first index at or after `i` that is not a space.
    static func skipSpaces(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i
        while j < b.count, isSpace(b[j]) { j += 1 }
        return j
    }

    /// Text of `b[from...]` with surrounding spaces trimmed.
    static func rest(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> String {
        var s = skipSpaces(b, from)
        var e = b.count
        while e > s, isSpace(b[e - 1]) { e -= 1 }
        if s > e { s = e }
        return String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
    }

    static func text(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
    }
}
