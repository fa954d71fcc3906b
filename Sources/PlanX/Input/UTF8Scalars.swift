/// Reading single Unicode scalars out of well-formed UTF-8 bytes (a `String`'s storage).
///
/// The normaliser works on bytes and only decodes a scalar where it must look closer, e.g. at
/// the `à` after `ho` in `hoà`.
enum UTF8Scalars {
    /// The scalar starting at `i` and its length in bytes. `p[i]` must be a lead byte.
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < n { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < n {
            return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        if i + 3 < n {
            return ((b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                        | UInt32(p[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)  // truncated: cannot happen in a String
    }

    /// The scalar that ends just before `i` (nil at the start).
    @inline(__always)
    static func decode(before i: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32? {
        guard i > 0 else { return nil }
        var k = i - 1
        while k > 0 && i - k < 4 && p[k] & 0xC0 == 0x80 { k -= 1 }
        return decode(p, k, n).value
    }

    /// True for letters of any script (`đ`, `ơ`, `A`), false for digits, punctuation, spaces.
    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    /// Appends `v` as UTF-8.
    @inline(__always)
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
