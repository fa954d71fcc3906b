/// Byte-level reading of cell text whose characters are all "plain": every scalar is its own
/// `Character`, is NFC as it stands and composes with nothing — ASCII (but CR), U+0080–U+02FF,
/// Latin Extended Additional (U+1E00–U+1EFF, `ạ` … `ỹ`) and General Punctuation except
/// U+2000/U+2001 (NFC singletons) and the joiners U+200C/U+200D.
///
/// On such text `Character` tests equal the scalar's properties, and two strings are equal exactly
/// when their bytes are, so the task parsers can work on UTF-8 bytes and give the same answers as
/// their `Character`/`String` code. Any other text (a combining mark, an emoji, CJK) keeps that
/// `String` code. `Sở Nội vụ – chủ trì` is plain; `Ke\u{0302}́ hoạch` is not.
enum PlainText {
    /// Whether every scalar of `p` is plain (see the type's comment).
    static func isPlain(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if b == 0x0D { return false }
                i += 1
            } else if b >= 0xC2 && b <= 0xCB {  // U+0080–U+02FF
                i += 2
            } else if b == 0xE1 {  // U+1E00–U+1EFF
                guard i + 2 < n, p[i + 1] >= 0xB8 && p[i + 1] <= 0xBB else { return false }
                i += 3
            } else if b == 0xE2 {  // U+2002–U+206F but the joiners
                guard i + 2 < n else { return false }
                let c = p[i + 1], d = p[i + 2]
                if c == 0x80 {
                    guard d >= 0x82 && d != 0x8C && d != 0x8D else { return false }
                } else if c != 0x81 || d > 0xAF {
                    return false
                }
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Runs `body` on the UTF-8 bytes of `text` when the text is plain; nil otherwise.
    static func withPlainBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var text = text
        return text.withUTF8 { p in isPlain(p) ? body(p) : nil }
    }

    // MARK: - Scalars

    /// The scalar starting at byte `i` and its length in bytes (valid UTF-8).
    @inline(__always)
    static func scalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b = UInt32(p[i])
        if b < 0x80 { return (b, 1) }
        if b < 0xE0 { return ((b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b < 0xF0 { return ((b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3) }
        return ((b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F), 4)
    }

    /// The start of the scalar that ends at byte `end`.
    @inline(__always)
    static func scalarStart(_ p: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
        var i = end - 1
        while i > 0, p[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// Appends the UTF-8 bytes of scalar `v`.
    @inline(__always)
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        } else {
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | (v >> 12) & 0x3F))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    // MARK: - Classes of plain scalars

    /// `Character.isWhitespace` (NBSP and line breaks included).
    static let space: UInt8 = 1
    /// `Character.isLetter`.
    static let letter: UInt8 = 2
    /// `Character.isNumber`.
    static let number: UInt8 = 4
    /// `Character.isLowercase`.
    static let lowercase: UInt8 = 8
    /// `TextFold.isUpper`.
    static let upper: UInt8 = 16
    /// `TextFold.isSpace`.
    static let foldSpace: UInt8 = 32
    /// `TextFold.isLetter`.
    static let foldLetter: UInt8 = 64

    /// The classes of a plain scalar.
    @inline(__always)
    static func classes(_ v: UInt32) -> UInt8 {
        if v < 0x300 { return table[Int(v)] }
        if v >= 0x1E00 && v < 0x1F00 { return table[Int(v - 0x1E00) + 0x300] }
        if v >= 0x2000 && v < 0x2070 { return table[Int(v - 0x2000) + 0x400] }
        return 0
    }

    /// Built from the scalar properties behind the `Character` tests, and from `TextFold`.
    private static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x470)
        // ASCII by hand (the same answers as the Unicode data, verified for all 128).
        for v in 0..<0x80 {
            var f: UInt8 = 0
            if v == 0x20 || (v >= 0x09 && v <= 0x0D) { f |= space | foldSpace }
            if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { f |= letter | foldLetter }
            if v >= 0x41 && v <= 0x5A { f |= upper }
            if v >= 0x61 && v <= 0x7A { f |= lowercase }
            if v >= 0x30 && v <= 0x39 { f |= number }
            t[v] = f
        }
        func fill(_ range: ClosedRange<UInt32>, at base: Int) {
            for v in range {
                // For a plain scalar these are its `Character`'s `isWhitespace`, `isLetter`, `isNumber`
                // and `isLowercase` (verified for every plain scalar); each property is read once.
                let s = Unicode.Scalar(v)!
                let p = s.properties
                var f: UInt8 = 0
                let white = p.isWhitespace, alpha = p.isAlphabetic
                if white { f |= space }
                if alpha { f |= letter }
                if p.numericType != nil { f |= number }
                if p.isLowercase { f |= lowercase }
                if TextFold.lower(s) != s { f |= upper }  // TextFold.isUpper
                if v == 0xA0 || white { f |= foldSpace }  // TextFold.isSpace off ASCII
                // TextFold.isLetter off ASCII: its Latin ranges, else the Unicode data.
                if (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1EA0 && v <= 0x1EF9) || alpha { f |= foldLetter }
                t[base + Int(v - range.lowerBound)] = f
            }
        }
        fill(0x80...0x2FF, at: 0x80)
        fill(0x1E00...0x1EFF, at: 0x300)
        fill(0x2000...0x206F, at: 0x400)
        return t
    }()
}
