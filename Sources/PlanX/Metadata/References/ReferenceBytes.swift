import Foundation

/// Byte-level helpers the reference scanners share: one normalised line's UTF-8 bytes,
/// read without building `Character`s (see swift-notes §6).
///
/// Vietnamese letters outside ASCII are two-byte (`Đ` = C4 90, `ơ` = C6 A1) or three-byte
/// (`ị` = E1 BB 8B) sequences; punctuation such as `“` or `–` starts with E2. A "letter"
/// here is an ASCII letter or a scalar whose Unicode properties say alphabetic.
enum ReferenceBytes {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    static func isASCIIAlnum(_ b: UInt8) -> Bool { isDigit(b) || isASCIILetter(b) }
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// Length of the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte).
    static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// The scalar that starts at `i`, or nil when `i` is out of range or not a lead byte.
    static func scalar(at i: Int, in s: Bytes) -> Unicode.Scalar? {
        guard i >= 0, i < s.count else { return nil }
        let b0 = s[i]
        if b0 < 0x80 { return Unicode.Scalar(b0) }
        if b0 < 0xC0 { return nil }
        let len = sequenceLength(b0)
        guard i + len <= s.count else { return nil }
        var value = UInt32(b0) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
        for k in 1..<len { value = value << 6 | (UInt32(s[i + k]) & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Start index of the scalar that ends just before `i`.
    static func scalarStart(before i: Int, in s: Bytes) -> Int {
        var k = i - 1
        while k > 0 && s[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    static func isLetter(at i: Int, in s: Bytes) -> Bool {
        guard i >= 0, i < s.count else { return false }
        let b = s[i]
        if b < 0x80 { return isASCIILetter(b) }
        // Fast paths for Vietnamese: U+00C0–U+01FF (lead C3–C7) are letters except × and ÷;
        // U+1E00–U+1EFF (E1 B8–BB) are all letters; combining marks (CC, CD) belong to a word.
        switch b {
        case 0xC3: return i + 1 < s.count && s[i + 1] != 0x97 && s[i + 1] != 0xB7
        case 0xC4...0xC7, 0xCC, 0xCD: return true
        case 0xE1 where i + 1 < s.count && s[i + 1] >= 0xB8 && s[i + 1] <= 0xBB: return true
        case 0xE2: return false
        default: return scalar(at: i, in: s)?.properties.isAlphabetic ?? false
        }
    }

    /// Whether `s` holds an ASCII digit.
    static func hasDigit(_ s: Bytes) -> Bool { nextDigit(in: s, from: 0) != nil }

    /// Index of the first ASCII digit at or after `from`; eight bytes at a time (a byte between `/`
    /// and `:`, the `hasbetween` trick of "Bit Twiddling Hacks").
    static func nextDigit(in s: Bytes, from: Int) -> Int? {
        guard let base = s.baseAddress else { return nil }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7 = ones &* 127, high = ones &* 128
        let upper = ones &* (127 + 0x3A), lower = ones &* (127 - 0x2F)
        var i = from
        while i + 8 <= s.count {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let t = x & low7
            if (upper &- t) & ~x & (t &+ lower) & high != 0 { break }
            i += 8
        }
        while i < s.count {
            if isDigit(base[i]) { return i }
            i += 1
        }
        return nil
    }

    /// Index of the first space or line feed at or after `from`, or `s.count`; eight bytes at a time.
    static func nextBreak(in s: Bytes, from: Int) -> Int {
        guard let base = s.baseAddress else { return s.count }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 128
        var i = from
        while i + 8 <= s.count {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let sp = x ^ (ones &* 0x20), lf = x ^ (ones &* 0x0A)
            // A zero byte in `sp` or `lf` is a space or a line feed ("haszero").
            if ((sp &- ones) & ~sp | (lf &- ones) & ~lf) & high != 0 { break }
            i += 8
        }
        while i < s.count, base[i] != 0x20, base[i] != 0x0A { i += 1 }
        return i
    }

    /// Index of the first `byte` at or after `from`, or nil (memchr).
    static func find(_ byte: UInt8, in s: Bytes, from: Int = 0) -> Int? {
        guard let base = s.baseAddress, from < s.count,
              let hit = memchr(base + from, Int32(byte), s.count - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    static func isUppercaseLetter(at i: Int, in s: Bytes) -> Bool {
        guard i >= 0, i < s.count else { return false }
        let b = s[i]
        if b < 0x80 { return b &- 0x41 < 26 }
        return scalar(at: i, in: s)?.properties.isUppercase ?? false
    }

    /// Whether `i` is the end of the line or a byte that cannot continue a word.
    static func isBoundary(_ i: Int, in s: Bytes) -> Bool {
        guard i < s.count else { return true }
        let b = s[i]
        if b < 0x80 { return !isASCIIAlnum(b) }
        return !isLetter(at: i, in: s)
    }

    static func skipSpaces(_ i: Int, in s: Bytes) -> Int {
        var k = i
        while k < s.count && isSpace(s[k]) { k += 1 }
        return k
    }

    /// End of the space-delimited word that starts at `i`.
    static func wordEnd(from i: Int, in s: Bytes) -> Int {
        var k = i
        while k < s.count && !isSpace(s[k]) { k += 1 }
        return k
    }

    /// Whether `word` is written at `i` (exact bytes).
    static func has(_ word: [UInt8], at i: Int, in s: Bytes) -> Bool {
        guard i >= 0, i + word.count <= s.count else { return false }
        for k in 0..<word.count where s[i + k] != word[k] { return false }
        return true
    }

    /// Whether `word` is written at `i` and ends at a word boundary.
    static func hasWord(_ word: [UInt8], at i: Int, in s: Bytes) -> Bool {
        has(word, at: i, in: s) && isBoundary(i + word.count, in: s)
    }

    /// Digits starting at `i`: their value and the index after them.
    static func digits(at i: Int, in s: Bytes, max: Int = 4) -> (value: Int, count: Int)? {
        var k = i
        var value = 0
        while k < s.count && isDigit(s[k]) && k - i < max { value = value * 10 + Int(s[k] - 0x30); k += 1 }
        if k == i || (k < s.count && isDigit(s[k])) { return nil }
        return (value, k - i)
    }

    static func string(_ s: Bytes, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: s[range]), as: UTF8.self)
    }

    /// Runs `body` over the UTF-8 bytes of `text` without copying a native string.
    static func withBytes<R>(_ text: String, _ body: (Bytes) -> R) -> R {
        var copy = text
        return copy.withUTF8 { body($0) }
    }
}

