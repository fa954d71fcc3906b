/// The words of one agency phrase, abbreviations expanded, each tied to the token it was written as,
/// read with `String`s: the builder for text that is not plain (`PlainText`; see `PlainAgencyWords`).
///
/// `Sở TT&TT, UBND cấp huyện` → `Sở` `Thông tin` … `Truyền thông` `,` `Ủy` `ban` `nhân` `dân` `cấp` `huyện`;
/// the four words of `UBND` share one written token, so the written text of any run of words can
/// be quoted back exactly.
struct AgencyWords: AgencyPhrase {
    let source: String
    /// Written tokens, as ranges of `source`.
    private(set) var tokens: [Range<String.Index>] = []
    private(set) var words: [AgencyWord] = []
    /// Canonical spelling of each word: an expanded abbreviation's word, or the word as written.
    private(set) var texts: [String] = []

    init(_ source: String) {
        self.source = source
        for chunk in Self.chunks(source) { add(chunk) }
    }

    var count: Int { words.count }
    subscript(i: Int) -> AgencyWord { words[i] }

    /// The written text from word `a` through word `b - 1`.
    func written(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        return String(source[tokens[words[a].token].lowerBound..<tokens[words[b - 1].token].upperBound])
    }

    /// Canonical text of words `a..<b`: marks attached the way they are printed.
    func canonical(_ a: Int, _ b: Int) -> String {
        var out = ""
        for i in a..<b {
            let glue = words[i].isMark && [",", ".", ":", ";", ")"].contains(texts[i])
            if !out.isEmpty && !glue && !out.hasSuffix("(") { out += " " }
            out += texts[i]
        }
        return out
    }

    // MARK: - Tokenizing

    /// Splits at whitespace, then peels brackets and punctuation off each chunk.
    private static func chunks(_ s: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        let scalars = s.unicodeScalars
        var start: String.Index? = nil
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if isSpace(scalars[i]) {
                if let st = start { out.append(st..<i) }
                start = nil
            } else if start == nil {
                start = i
            }
            i = scalars.index(after: i)
        }
        if let st = start { out.append(st..<scalars.endIndex) }
        return out
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool { TextFold.isSpace(c) }

    private mutating func add(_ chunk: Range<String.Index>) {
        let scalars = source.unicodeScalars
        var lo = chunk.lowerBound, hi = chunk.upperBound
        var trailing: [Range<String.Index>] = []
        while lo < hi, scalars[lo] == "(" {
            let next = scalars.index(after: lo)
            addMark(lo..<next)
            lo = next
        }
        while lo < hi {
            let last = scalars.index(before: hi)
            guard ",;:.)".unicodeScalars.contains(scalars[last]) else { break }
            trailing.insert(last..<hi, at: 0)
            hi = last
        }
        if lo < hi { addCore(lo..<hi) }
        for t in trailing { addMark(t) }
    }

    /// A chunk without outer punctuation: an abbreviation, a dash, or words glued by `,`/`;`/`:`.
    private mutating func addCore(_ r: Range<String.Index>) {
        let scalars = source.unicodeScalars
        let text = source[r]
        if text == "-" || text == "–" || text == "—" { return addMark(r, as: "-") }
        if expand(text, r) { return }
        var start = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            let next = scalars.index(after: i)
            if ",;:".unicodeScalars.contains(scalars[i]) {
                if start < i, !expand(source[start..<i], start..<i) { addWord(start..<i) }
                addMark(i..<next)
                start = next
            }
            i = next
        }
        if start < r.upperBound, !expand(source[start..<r.upperBound], start..<r.upperBound) {
            addWord(start..<r.upperBound)
        }
    }

    /// Adds the expansion of an abbreviation; false when `text` is not one here.
    private mutating func expand(_ text: Substring, _ r: Range<String.Index>) -> Bool {
        // Abbreviations are written in capitals; skip the lookups for ordinary words.
        guard let first = text.unicodeScalars.first, TextFold.isUpper(first), text.unicodeScalars.count > 1 else { return false }
        let key = String(text)
        var long = AgencyDirectory.abbreviations[key]
        if long == nil, let prev = words.last, !prev.isMark, prev.id == AgencyVocabulary.sở || prev.id == AgencyVocabulary.bộ {
            long = AgencyDirectory.fieldAbbreviations[key]
        }
        guard let long else { return false }
        tokens.append(r)
        for var part in long.split(separator: " ") {
            let comma = part.count > 1 && part.hasSuffix(",")
            if comma { part = part.dropLast() }
            let isMark = part == "-" || part == ","
            let key = isMark ? String(part) : TextFold.word(part)
            append(String(part), id: AgencyVocabulary.id(key), isMark: isMark,
                   capital: part.unicodeScalars.first.map(TextFold.isUpper) ?? false)
            if comma { append(",", id: AgencyVocabulary.comma, isMark: true, capital: false) }
        }
        return true
    }

    private mutating func addWord(_ r: Range<String.Index>) {
        tokens.append(r)
        let w = source[r]
        let key = TextFold.word(w)
        append(String(w), id: AgencyVocabulary.id(key), isMark: false, capital: w.unicodeScalars.first.map(TextFold.isUpper) ?? false)
    }

    private mutating func addMark(_ r: Range<String.Index>, as text: String? = nil) {
        tokens.append(r)
        let t = text ?? String(source[r])
        append(t, id: AgencyVocabulary.id(t), isMark: true, capital: false)
    }

    /// Adds a word of the last token.
    private mutating func append(_ text: String, id: Int, isMark: Bool, capital: Bool) {
        words.append(AgencyWord(id: id, token: tokens.count - 1, isMark: isMark, capital: capital))
        texts.append(text)
    }
}
