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
        if c == "đ" || c == "Đ" { return "D" }
        guard c.isLetter else { return nil }
        let base = String(c).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(Character.init) ?? c
        return Character(String(base).uppercased())
    }

    /// Words of `s[0..<end]` read backwards from `end`, nearest last, stopping at a sentence mark or
    /// parenthesis; at most `limit` words.
    static func words(before end: Int, in s: ReferenceBytes.Bytes, limit: Int = 16) -> [Word] {
        var out: [Word] = []
        var k = end
        while out.count < limit {
            while k > 0, ReferenceBytes.isSpace(s[k - 1]) { k -= 1 }
            guard k > 0 else { break }
            var start = k
            while start > 0, !ReferenceBytes.isSpace(s[start - 1]) { start -= 1 }
            let raw = ReferenceBytes.string(s, start..<k)
            if let lastMark = raw.last, ";.:()".contains(lastMark) { break }
            if raw.contains("(") || raw.contains(")") { break }
            let text = raw.trimmingCharacters(in: CharacterSet(charactersIn: ",“”\"'"))
            out.append(Word(range: start..<k, letters: letters(of: text), text: text))
            k = start
        }
        return out.reversed()
    }

    private static func letters(of word: String) -> [Character] {
        if word == "&" { return ["&"] }
        let letters = word.filter { $0.isLetter }
        guard let first = letters.first, let f = fold(first) else { return [] }
        if letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) { return letters.compactMap(fold) }
        return [f]
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
