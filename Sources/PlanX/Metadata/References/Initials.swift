import Foundation

/// Matches a short form against the initials of the words before it, the Vietnamese way: the first
/// letter of each syllable, tone and vowel marks dropped, `Đ` counted as `D`, case ignored.
///
/// `Ủy ban nhân dân (UBND)`, `thông tin điện tử (TTĐT)`, `Trung tâm Phục vụ hành chính công (TTPVHCC)`,
/// `văn bản QPPL (VBQPPL)` (a word written in capitals gives all its letters),
/// `Thông tin và Truyền thông (TT&TT)` (`&` stands for `và`), `phản ánh, kiến nghị (PAKN)`.
/// `và`, `của`, `các` and dashes may be skipped; the matched words must end right before the short form.
enum Initials {
    /// One word before the short form.
    struct Word {
        var range: Range<Int>
        /// Folded first letter, or every letter of a word written in capitals.
        var letters: [Character]
        var text: String
        var skippable: Bool { text == "và" || text == "của" || text == "các" || letters.isEmpty }
        var isAnd: Bool { text == "và" || text == "&" }
    }

    /// Folded letters of a short form (`HĐND` → `HDND`, `TT&TT` → `TT&TT`); nil when it is not an
    /// abbreviation shape: one token of letters, `&` and `-`, two to twelve letters, at least two
    /// capitals and no more lower-case letters than capitals (`IoT` passes the shape; `PAR Index` does not).
    static func shortLetters(_ short: String) -> [Character]? {
        guard !short.isEmpty, !short.contains(" ") else { return nil }
        var letters: [Character] = []
        var upper = 0, lower = 0
        for c in short {
            if c == "&" { letters.append("&"); continue }
            if c == "-" { continue }
            guard c.isLetter, let f = fold(c) else { return nil }
            if c.isUppercase { upper += 1 } else { lower += 1 }
            letters.append(f)
        }
        guard (2...12).contains(letters.count), upper >= 2, lower <= upper else { return nil }
        return letters
    }

    /// Upper-case base letter of `c` (`Ủ` → `U`, `đ` → `D`), or nil for a non-letter.
    static func fold(_ c: Character) -> Character? {
        c.unicodeScalars.first.flatMap(fold)
    }

    /// Upper-case base letter of a scalar, from a table for the Latin and Vietnamese blocks.
    static func fold(_ u: Unicode.Scalar) -> Character? {
        if u.isASCII {
            let b = UInt8(u.value)
            return ReferenceBytes.isASCIILetter(b) ? Character(Unicode.Scalar(b & 0xDF)) : nil
        }
        if let base = baseLetters[u.value] { return base }
        guard u.properties.isAlphabetic else { return nil }
        return Character(String(u).uppercased())
    }

    /// Base letters of U+00C0–U+024F and U+1E00–U+1EFF, computed once by canonical decomposition.
    private static let baseLetters: [UInt32: Character] = {
        var table: [UInt32: Character] = [0x110: "D", 0x111: "D"]
        for v in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let u = Unicode.Scalar(v), u.properties.isAlphabetic,
                  let base = String(u).decomposedStringWithCanonicalMapping.unicodeScalars.first,
                  base.isASCII, ReferenceBytes.isASCIILetter(UInt8(base.value)), table[v] == nil
            else { continue }
            table[v] = Character(Unicode.Scalar(UInt8(base.value) & 0xDF))
        }
        return table
    }()

    /// Words of `s[0..<end]` read backwards from `end`, nearest last, stopping at a sentence mark or
    /// parenthesis; at most `limit` words. Commas and quotes around a word are not part of it.
    static func words(before end: Int, in s: ReferenceBytes.Bytes, limit: Int = 16) -> [Word] {
        var out: [Word] = []
        var k = end
        while out.count < limit {
            var crossedBreak = false
            while k > 0, ReferenceBytes.isSpace(s[k - 1]) { crossedBreak = crossedBreak || s[k - 1] == 0x0A; k -= 1 }
            // Stop at a line break (paragraphs of one cell), but not before the first word.
            guard k > 0, !(crossedBreak && !out.isEmpty) else { break }
            var start = k
            var hasParen = false
            while start > 0, !ReferenceBytes.isSpace(s[start - 1]) {
                start -= 1
                if s[start] == 0x28 || s[start] == 0x29 { hasParen = true }
            }
            let last = s[k - 1]
            if hasParen || last == 0x3B || last == 0x2E || last == 0x3A { break }
            var a = start, b = k
            while a < b, isQuoteOrComma(at: a, in: s) { a += s[a] < 0x80 ? 1 : 3 }
            while b > a, isQuoteOrComma(at: ReferenceBytes.scalarStart(before: b, in: s), in: s) {
                b = ReferenceBytes.scalarStart(before: b, in: s)
            }
            let text = ReferenceBytes.string(s, a..<b)
            out.append(Word(range: start..<k, letters: letters(of: text), text: text))
            k = start
        }
        return out.reversed()
    }

    /// `,` `"` `'` `“` `”` at `i`.
    private static func isQuoteOrComma(at i: Int, in s: ReferenceBytes.Bytes) -> Bool {
        let b = s[i]
        if b == 0x2C || b == 0x22 || b == 0x27 { return true }
        return b == 0xE2 && i + 2 < s.count && s[i + 1] == 0x80 && (s[i + 2] == 0x9C || s[i + 2] == 0x9D)
    }

    private static func letters(of word: String) -> [Character] {
        if word == "&" { return ["&"] }
        var folded: [Character] = []
        var allUpper = true
        for u in word.unicodeScalars {
            guard let f = fold(u) else { continue }
            if !u.properties.isUppercase { allUpper = false }
            folded.append(f)
            if !allUpper { break }
        }
        guard let first = folded.first else { return [] }
        return folded.count >= 2 && allUpper ? folded : [first]
    }

    /// Index in `words` of the first word of the long form whose initials spell `short`, or nil.
    static func match(_ short: [Character], words: [Word]) -> Int? {
        guard !words.isEmpty else { return nil }
        return match(short, short.count - 1, words, words.count - 1, anchored: true)
    }

    private static func match(_ short: [Character], _ l: Int, _ words: [Word], _ w: Int, anchored: Bool) -> Int? {
        if l < 0 { return w + 1 }
        guard w >= 0 else { return nil }
        let word = words[w]
        if short[l] == "&", word.isAnd, let r = match(short, l - 1, words, w - 1, anchored: false) { return r }
        let n = word.letters.count
        if n > 1, l + 1 >= n, Array(short[(l - n + 1)...l]) == word.letters,
           let r = match(short, l - n, words, w - 1, anchored: false) { return r }
        if n == 1, word.letters[0] == short[l], let r = match(short, l - 1, words, w - 1, anchored: false) { return r }
        if !anchored, word.skippable, l < short.count - 1 { return match(short, l, words, w - 1, anchored: false) }
        return nil
    }
}
