/// UTF-16 (with or without a byte-order mark) → UTF-8.
///
/// Word's "Unicode text" export is UTF-16 LE with a BOM; some tools drop the BOM, so the byte order
/// is also guessed from where the NUL bytes sit (ASCII and most Vietnamese letters — `à` U+00E0,
/// `ơ` U+01A1 — have a zero or small high byte, `ế` U+1EBF does not).
enum UTF16Transcoder {
    /// Which byte of each 16-bit unit comes first.
    enum ByteOrder: Equatable { case littleEndian, bigEndian }

    // MARK: - Public API

    /// The byte order of BOM-less UTF-16 text, or nil when `data` does not look like UTF-16.
    ///
    /// Looks at the first 4 KiB: at least half of the high bytes are NUL and (almost) none of
    /// the low bytes are.
    static func guessByteOrder(_ buf: UnsafeBufferPointer<UInt8>) -> ByteOrder? {
        let n = min(buf.count, 4096) & ~1
        guard n >= 2 else { return nil }
        var nulEven = 0, nulOdd = 0
        var i = 0
        while i < n {
            if buf[i] == 0 { nulEven += 1 }
            if buf[i + 1] == 0 { nulOdd += 1 }
            i += 2
        }
        let units = n / 2
        if nulOdd * 2 >= units && nulEven * 20 <= units { return .littleEndian }
        if nulEven * 2 >= units && nulOdd * 20 <= units { return .bigEndian }
        return nil
    }

    /// Re-encodes UTF-16 code units (BOM already removed) as UTF-8; unpaired surrogates and an odd
    /// trailing byte become U+FFFD.
    static func transcode(_ buf: UnsafeBufferPointer<UInt8>, order: ByteOrder) -> TranscodedText {
        var out = TranscodedText(capacity: buf.count)
        let units = buf.count / 2
        @inline(__always) func unit(_ k: Int) -> UInt32 {
            let a = UInt32(buf[2 * k]), b = UInt32(buf[2 * k + 1])
            return order == .littleEndian ? a | b << 8 : a << 8 | b
        }
        var k = 0
        while k < units {
            let u = unit(k)
            k += 1
            if u < 0xD800 || u > 0xDFFF {
                out.append(scalar: u)
            } else if u <= 0xDBFF, k < units, case let low = unit(k), low >= 0xDC00 && low <= 0xDFFF {
                out.append(scalar: 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))
                k += 1
            } else {
                out.appendReplacement(inputBytes: 2)
            }
        }
        if buf.count % 2 == 1 { out.appendReplacement(inputBytes: 1) }
        return out
    }
}
