/// Small byte-level predicates over UTF-8 text used by the line classifier.
///
/// All take a buffer and a half-open byte range `s..<e` of trimmed text, so they
/// never build a `String`. Whitespace is space, tab, NBSP and the zero-width
/// characters Word and websites leave behind (U+200B, U+200C, U+200D, U+FEFF).
enum ByteText {
    /// Width in bytes of the whitespace character starting at `i`, or nil.
    @inline(__always)
    static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let c = b[i]
        if c == 0x20 || c == 0x09 { return 1 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, (0x8B...0x8D).contains(b[i + 2]) { return 3 }
        if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return 3 }
        return nil
    }

    /// Width in bytes of the whitespace character ending just before `end`, or nil.
    @inline(__always)
    static func whitespaceWidthBefore(_ b: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        let c = b[end - 1]
        if c == 0x20 || c == 0x09 { return 1 }
        if c == 0xA0, end >= 2, b[end - 2] == 0xC2 { return 2 }
        if end >= 3 {
            if b[end - 3] == 0xE2, b[end - 2] == 0x80, (0x8B...0x8D).contains(c) { return 3 }
            if b[end - 3] == 0xEF, b[end - 2] == 0xBB, c == 0xBF { return 3 }
        }
        return nil
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    @inline(__always) static func isRoman(_ c: UInt8) -> Bool {
        c == 0x49 || c == 0x56 || c == 0x58 || c == 0x4C || c == 0x43
    }

    /// `12`, `1.1`, `8.3.2.`, `IV`, `II.`: a bare row number.
    static func isRowNumber(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var end = e
        if b[end - 1] == 0x2E { end -= 1 }  // one trailing "."
        guard end > s else { return false }
        if isRoman(b[s]) {
            guard end - s <= 6 else { return false }
            for i in s..<end where !isRoman(b[i]) { return false }
            return true
        }
        var digitsInGroup = 0
        for i in s..<end {
            if isDigit(b[i]) {
                digitsInGroup += 1
                if digitsInGroup > 3 { return false }
            } else if b[i] == 0x2E, digitsInGroup > 0 {
                digitsInGroup = 0
            } else {
                return false
            }
        }
        return digitsInGroup > 0
    }

    /// `9.5`, `0,75`, `100%`, `68.0`: a bare figure.
    static func isFigure(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var digits = 0
        for i in s..<e {
            let c = b[i]
            if isDigit(c) { digits += 1 } else if c != 0x2E && c != 0x2C && c != 0x25 { return false }
        }
        return digits > 0
    }

    /// `[1] Năm 2023 …`: a footnote's text at the end of a document.
    static func isFootnoteStart(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var i = s + 1
        while i < e, isDigit(b[i]) { i += 1 }
        return i > s + 1 && i < e && b[i] == 0x5D
    }

    /// `II. TỔ CHỨC THỰC HIỆN`: Roman numeral, a dot, a space, then text.
    static func isRomanHeading(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var i = s
        while i < e, i - s < 6, isRoman(b[i]) { i += 1 }
        return i > s && i + 2 < e && b[i] == 0x2E && b[i + 1] == 0x20
    }

    /// True when `line` has at least two letters and none of them is lower-case.
    ///
    /// Only called for a few candidate lines, so it walks scalars.
    static func isAllCaps(_ line: String) -> Bool {
        // Most lines show an ASCII lower-case letter within a few bytes.
        for c in line.utf8 {
            if c >= 0x61 && c <= 0x7A { return false }
        }
        var letters = 0
        for u in line.unicodeScalars {
            if u.value < 0x80 {
                if u.value >= 0x61 && u.value <= 0x7A { return false }
                if u.value >= 0x41 && u.value <= 0x5A { letters += 1 }
            } else if u.properties.isLowercase {
                return false
            } else if u.properties.isUppercase {
                letters += 1
            }
        }
        return letters >= 2
    }

    /// Whether the trimmed text of `line` starts with `prefix`, byte for byte.
    static func hasPrefix(_ line: String, _ shape: LineShape, _ prefix: String) -> Bool {
        let p = prefix.utf8
        guard shape.length >= p.count else { return false }
        let body = line.utf8.dropFirst(Int(shape.start))
        return body.starts(with: p)
    }
}
