/// `String.lowercased()` for words of Vietnamese text without its cost: the scalars Vietnamese
/// writes (ASCII, Latin-1, `Ă Đ Ĩ Ũ Ơ Ư`, U+1EA0–U+1EF9, combining marks) are mapped in place
/// on UTF-8 bytes (each keeps its length); a word with any other scalar goes to `lowercased()`,
/// so the result is always the same.
///
/// `Ủy` → `ủy`, `ĐỒNG` → `đồng`, `CCHC` → `cchc`.
enum VietnameseCase {
    static func lowercased(_ word: Substring) -> String {
        var out = Array(word.utf8)
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
                guard let l = lower(v) else { return word.lowercased() }
                out[i] = 0xC0 | UInt8(l >> 6)
                out[i + 1] = 0x80 | UInt8(l & 0x3F)
                i += 2
            } else if b >= 0xE0 && b < 0xF0 && i + 2 < n {
                let v = UInt32(b & 0x0F) << 12 | UInt32(out[i + 1] & 0x3F) << 6 | UInt32(out[i + 2] & 0x3F)
                guard let l = lower(v) else { return word.lowercased() }
                out[i] = 0xE0 | UInt8(l >> 12)
                out[i + 1] = 0x80 | UInt8((l >> 6) & 0x3F)
                out[i + 2] = 0x80 | UInt8(l & 0x3F)
                i += 3
            } else {
                return word.lowercased()
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `v` is one of the Vietnamese letters this table knows (all letters, none a mark).
    static func isLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0xC0...0xFF: return v != 0xD7 && v != 0xF7
        case 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x1EA0...0x1EF9: return true
        default: return false
        }
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
