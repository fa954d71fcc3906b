/// Lower-cases Vietnamese text on UTF-8 bytes, without `String.lowercased()` (which is slow on
/// Linux and allocates): ASCII letters, Latin-1 capitals, and the even/odd case pairs of Latin
/// Extended-A (`Đ` → `đ`, `Ă` → `ă`), `Ơ`/`Ư`, and Latin Extended Additional (`Ủ` → `ủ`, `Ở` → `ở`).
enum VietnameseLowercase {
    static func bytes(_ s: String) -> [UInt8] {
        var out = Array(s.utf8)
        out.withUnsafeMutableBufferPointer { lower($0) }
        return out
    }

    /// Lower-cases UTF-8 bytes in place (same lengths: every pair above keeps its byte count).
    static func lower(_ out: UnsafeMutableBufferPointer<UInt8>) {
        var i = 0
        let n = out.count
        while i < n {
            let b = out[i]
            if b < 0x80 {
                if b >= 65 && b <= 90 { out[i] = b + 32 }
                i += 1
            } else if b == 0xC3, i + 1 < n {
                if out[i + 1] >= 0x80 && out[i + 1] <= 0x9E && out[i + 1] != 0x97 { out[i + 1] += 0x20 }
                i += 2
            } else if (b == 0xC4 || b == 0xC5), i + 1 < n {
                if out[i + 1] & 1 == 0 { out[i + 1] += 1 }
                i += 2
            } else if b == 0xC6, i + 1 < n {
                if out[i + 1] == 0xA0 { out[i + 1] = 0xA1 } else if out[i + 1] == 0xAF { out[i + 1] = 0xB0 }
                i += 2
            } else if b == 0xE1, i + 2 < n, out[i + 1] >= 0xB8 && out[i + 1] <= 0xBB {
                if out[i + 2] & 1 == 0 { out[i + 2] += 1 }
                i += 3
            } else {
                i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            }
        }
    }
}
