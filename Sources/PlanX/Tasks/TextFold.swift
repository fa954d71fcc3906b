/// Comparison keys for short Vietnamese words and phrases in task cells.
///
/// Lower-cases and moves an old-style tone mark to the modern place (`hoá` → `hóa`, `uỷ` → `ủy`),
/// so `Văn hoá`, `Văn Hóa` and `văn hóa` compare equal. Works on Unicode scalars with a table of
/// the Latin letters Vietnamese uses (far cheaper than `String.lowercased()`); only used on
/// cell-sized text, never on a whole document.
enum TextFold {
    /// The folded form of one word: `Uỷ` → `ủy`, `HOÁ` → `hóa`, `Quý` → `quý` (the `u` of `qu` keeps its place).
    static func word(_ word: Substring) -> String {
        var out: String
        if word.unicodeScalars.contains(where: { lower($0) != $0 }) {
            var scalars = String.UnicodeScalarView()
            for s in word.unicodeScalars { scalars.append(lower(s)) }
            out = String(scalars)
        } else {
            out = String(word)
        }
        moveTone(&out)
        return out
    }

    /// The folded form of a phrase: each space-separated word folded, single spaces between words.
    static func phrase(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{A0}" })
            .map { word(Substring($0)) }
            .joined(separator: " ")
    }

    /// Whether the scalar is an upper-case letter (of the scripts `lower` knows).
    static func isUpper(_ s: Unicode.Scalar) -> Bool { lower(s) != s }

    /// Whether the scalar is a letter or a combining mark; Vietnamese letters without a table lookup.
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1EA0 && v <= 0x1EF9) || (v >= 0x300 && v <= 0x36F) {
            return true
        }
        return s.properties.isAlphabetic
    }

    /// Whether the scalar is white space (NBSP and line breaks included); ASCII without a table lookup.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return v == 0xA0 || s.properties.isWhitespace
    }

    /// Lower case of the Latin letters Vietnamese text uses; other scalars as the Unicode data says.
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : s }
        if v >= 0x1EA0 && v <= 0x1EF9 { return v & 1 == 0 ? Unicode.Scalar(v + 1)! : s }  // ạ … ỹ
        if v >= 0xC0 && v <= 0xDE { return v == 0xD7 ? s : Unicode.Scalar(v + 0x20)! }      // À … Ý
        if (v >= 0x100 && v <= 0x137) || (v >= 0x14A && v <= 0x177) {                      // Ă Đ Ĩ Ũ …
            return v & 1 == 0 ? Unicode.Scalar(v + 1)! : s
        }
        if (v >= 0x139 && v <= 0x148) || (v >= 0x179 && v <= 0x17E) { return v & 1 == 1 ? Unicode.Scalar(v + 1)! : s }
        if v == 0x1A0 || v == 0x1AF { return Unicode.Scalar(v + 1)! }                      // Ơ Ư
        if v < 0x250 || (v >= 0x300 && v <= 0x36F) { return s }  // ơ ư, other Latin, combining marks
        guard s.properties.changesWhenLowercased, let first = s.properties.lowercaseMapping.unicodeScalars.first else { return s }
        return first
    }

    // MARK: - Tone placement

    /// `oà` → `òa`, `uý` → `úy` at the end of a syllable (not the `u` of `qu`).
    private static func moveTone(_ word: inout String) {
        guard let last = word.unicodeScalars.last, last.value >= 0xC0 else { return }
        let scalars = Array(word.unicodeScalars.suffix(3))
        let n = scalars.count
        guard n >= 2, let (toned, vowel) = movedTone(n >= 3 ? scalars[n - 3] : nil, scalars[n - 2], scalars[n - 1]) else { return }
        var all = Array(word.unicodeScalars)
        all[all.count - 2] = toned
        all[all.count - 1] = vowel
        word = String(String.UnicodeScalarView(all))
    }

    /// The last two scalars of a folded syllable ending `…, glide, last` with the tone moved onto the
    /// glide (`o` + `à` → `ò` + `a`), or nil when it stays.
    @inline(__always)
    private static func movedTone(_ before: Unicode.Scalar?, _ glide: Unicode.Scalar, _ last: Unicode.Scalar)
        -> (Unicode.Scalar, Unicode.Scalar)?
    {
        guard last.value >= 0xC0, let moved = oldStyleTone[last] else { return nil }
        let isQu = glide == "u" && before == "q"
        guard (glide == "o" && moved.vowel != "y") || (glide == "u" && moved.vowel == "y" && !isQu),
            let toned = toneOn[glide]?[moved.tone]
        else { return nil }
        return (toned, moved.vowel)
    }

    // MARK: - Bytes

    /// `word` on the UTF-8 bytes of a plain word (`PlainText`): its folded form appended to `out`.
    static func word(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
        // The last three folded scalars, and where the last two start in `out`.
        var s1: UInt32 = 0, s2: UInt32 = 0, s3: UInt32 = 0
        var n = 0
        var at1 = out.count, at2 = out.count
        var i = range.lowerBound
        while i < range.upperBound {
            let (v, len) = PlainText.scalar(p, at: i)
            let l = v < 0x80 ? (v >= 0x41 && v <= 0x5A ? v + 0x20 : v) : lower(Unicode.Scalar(v)!).value
            at2 = at1
            at1 = out.count
            PlainText.append(l, to: &out)
            s3 = s2; s2 = s1; s1 = l
            n += 1
            i += len
        }
        guard n >= 2, s1 >= 0xC0,
            let (toned, vowel) = movedTone(n >= 3 ? Unicode.Scalar(s3)! : nil, Unicode.Scalar(s2)!, Unicode.Scalar(s1)!)
        else { return }
        out.removeSubrange(at2...)
        PlainText.append(toned.value, to: &out)
        PlainText.append(vowel.value, to: &out)
    }

    /// Final toned vowel of an old-style syllable → (plain vowel, tone index 0…4).
    private static let oldStyleTone: [Unicode.Scalar: (vowel: Unicode.Scalar, tone: Int)] = {
        var table: [Unicode.Scalar: (vowel: Unicode.Scalar, tone: Int)] = [:]
        let rows: [(Unicode.Scalar, String)] = [("a", "áàảãạ"), ("e", "éèẻẽẹ"), ("y", "ýỳỷỹỵ")]
        for (plain, toned) in rows {
            for (i, s) in toned.unicodeScalars.enumerated() { table[s] = (plain, i) }
        }
        return table
    }()

    /// The glide vowel carrying each tone (sắc, huyền, hỏi, ngã, nặng).
    private static let toneOn: [Unicode.Scalar: [Unicode.Scalar]] = [
        "o": Array("óòỏõọ".unicodeScalars),
        "u": Array("úùủũụ".unicodeScalars),
    ]
}
