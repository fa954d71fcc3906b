/// Case mapping and case tests for the scalars Vietnamese writes, on UTF-8 bytes.
///
/// ASCII, Latin-1, `Ă Đ Ĩ Ũ Ơ Ư`, U+1EA0–U+1EF9 and the tone marks are mapped in place (each keeps
/// its length); anything else goes to the standard library, so results always equal
/// `lowercased()` and `Unicode.Scalar.Properties`. `Ủy` → `ủy`, `ĐỒNG` → `đồng`, `CCHC` → `cchc`.
enum VietnameseCase {
    static func lowercased(_ word: Substring) -> String {
        var out: [UInt8] = []
        var w = word
        let mapped = w.withUTF8 { lowercase($0, into: &out) }
        return mapped ? String(decoding: out, as: UTF8.self) : word.lowercased()
    }

    /// Writes the lower case of `word` into `out` (replacing its contents); false when `word` has a
    /// scalar the table does not know (the caller then uses `lowercased()`).
    static func lowercase(_ word: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: word)
        let n = out.count
        var i = 0
        while i < n {
            let b = out[i]
            if b < 0x80 {
                if b >= 65 && b <= 90 { out[i] = b + 32 }
                i += 1
                continue
            }
            if b >= 0xC2 && b < 0xE0 && i + 1 < n {
                let v = UInt32(b & 0x1F) << 6 | UInt32(out[i + 1] & 0x3F)
                guard let l = lower(v) else { return false }
                out[i] = 0xC0 | UInt8(l >> 6)
                out[i + 1] = 0x80 | UInt8(l & 0x3F)
                i += 2
            } else if b >= 0xE0 && b < 0xF0 && i + 2 < n {
                let v = UInt32(b & 0x0F) << 12 | UInt32(out[i + 1] & 0x3F) << 6 | UInt32(out[i + 2] & 0x3F)
                guard let l = lower(v) else { return false }
                out[i] = 0xE0 | UInt8(l >> 12)
                out[i + 1] = 0x80 | UInt8((l >> 6) & 0x3F)
                out[i + 2] = 0x80 | UInt8(l & 0x3F)
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Whether `lowercase(word)` would return `word` unchanged: no capital the table knows and no
    /// scalar it does not know (then the answer is false and the caller maps the word).
    static func isLowercased(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = word.count
        var i = 0
        while i < n {
            let b = word[i]
            if b < 0x80 {
                if b >= 65 && b <= 90 { return false }
                i += 1
                continue
            }
            let (v, length) = scalar(word, at: i)
            guard length > 1, length < 4, let l = lower(v), l == v else { return false }
            i += length
        }
        return true
    }

    /// `(isUppercase, isLowercase)` of scalar `v`, as `Unicode.Scalar.Properties` gives them.
    static func caseOf(_ v: UInt32) -> (upper: Bool, lower: Bool) {
        if v < 0x80 { return (v >= 65 && v <= 90, v >= 97 && v <= 122) }
        switch v {
        case 0xC0...0xDE where v != 0xD7: return (true, false)
        case 0xDF...0xFF where v != 0xF7: return (false, true)
        case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: return (true, false)
        case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: return (false, true)
        case 0x1EA0...0x1EF9: return (v & 1 == 0, v & 1 == 1)
        case 0x300...0x303, 0x309, 0x323: return (false, false)
        default:
            guard let s = Unicode.Scalar(v) else { return (false, false) }
            return (s.properties.isUppercase, s.properties.isLowercase)
        }
    }

    /// Whether `v` is one of the Vietnamese letters this table knows (all letters, none a mark).
    static func isLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0xC0...0xFF: return v != 0xD7 && v != 0xF7
        case 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x1EA0...0x1EF9: return true
        default: return false
        }
    }

    /// The scalar starting at `b[i]` and its length in bytes (valid UTF-8 assumed, as decoded input is).
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        if c < 0xE0, i + 1 < b.count { return (UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if c < 0xF0, i + 2 < b.count {
            return (UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        if i + 3 < b.count {
            return (UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// The lower-case scalar of `v` when `v` is one of the non-ASCII scalars this table knows
    /// (every mapping keeps the UTF-8 length).
    private static func lower(_ v: UInt32) -> UInt32? {
        switch v {
        case 0xC0...0xDE where v != 0xD7: return v + 0x20
        case 0xA0...0xFF: return v
        case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: return v + 1
        case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: return v
        case 0x1EA0...0x1EF9: return v | 1
        case 0x300...0x303, 0x309, 0x323: return v
        default: return nil
        }
    }
}
