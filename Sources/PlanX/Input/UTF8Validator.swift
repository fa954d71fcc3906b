/// UTF-8 checks on raw bytes for files that failed the fast path: a census, and repair.
///
/// (Valid files never come here: `LineSplitter.splitIfValid` validates while it builds lines.)
///
/// Works on bytes only, never on `Character`s. Invalid input is measured in Unicode's "maximal
/// subparts" (a lead byte plus the continuation bytes that fit it), the unit `String(decoding:)`
/// replaces with one U+FFFD — so `Kế ho\u{FF}ạch` has one invalid subpart of one byte.
enum UTF8Validator {
    /// What a file that failed validation looks like, to tell broken UTF-8 from a legacy code page.
    struct Census: Equatable {
        /// Well-formed sequences of 2–4 bytes (Vietnamese letters in UTF-8).
        var multiByteSequences = 0
        /// Bytes inside invalid subparts.
        var invalidBytes = 0

        /// A UTF-8 file with a few damaged bytes, as opposed to a legacy 8-bit file, where high
        /// bytes almost never happen to form valid UTF-8 sequences.
        var isMostlyUTF8: Bool { multiByteSequences > 0 && invalidBytes * 2 <= multiByteSequences }
    }

    // MARK: - Public API

    /// Counts valid multi-byte sequences and invalid bytes.
    static func census(_ buf: UnsafeBufferPointer<UInt8>) -> Census {
        var c = Census()
        guard let p = buf.baseAddress else { return c }
        let n = buf.count
        var i = 0
        while i < n {
            if p[i] < 0x80 {
                i += 1
                continue
            }
            let len = sequence(p, i, n)
            if len < 0 {
                c.invalidBytes -= len
                i -= len
            } else {
                c.multiByteSequences += 1
                i += len
            }
        }
        return c
    }

    /// Copies `buf`, writing one U+FFFD per invalid subpart and recording each replacement.
    static func repair(_ buf: UnsafeBufferPointer<UInt8>) -> TranscodedText {
        var out = TranscodedText(capacity: buf.count + 16)
        guard let p = buf.baseAddress else { return out }
        let n = buf.count
        var i = 0
        var runStart = 0
        while i < n {
            if p[i] < 0x80 {
                i += 1
                continue
            }
            let len = sequence(p, i, n)
            if len > 0 {
                i += len
                continue
            }
            out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i]))
            out.appendReplacement(inputBytes: -len)
            i -= len
            runStart = i
        }
        out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n]))
        return out
    }

    /// Length of the well-formed sequence at `i` (1…4), or minus the length of the maximal
    /// invalid subpart there (Unicode Table 3-7 ranges: no overlongs, surrogates or > U+10FFFF).
    @inline(__always)
    static func sequence(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        let b0 = p[i]
        if b0 < 0x80 { return 1 }
        var need = 0
        var lo: UInt8 = 0x80
        var hi: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return -1
        }
        guard i + 1 < n else { return -1 }
        let b1 = p[i + 1]
        guard b1 >= lo && b1 <= hi else { return -1 }
        var k = 2
        while k <= need {
            guard i + k < n, p[i + k] & 0xC0 == 0x80 else { return -k }
            k += 1
        }
        return need + 1
    }
}
