/// The words of one agency phrase as `AgencyScanner` and `AgencyLexicon` read them: numbered
/// words (`AgencyVocabulary`), each tied to the written token it came from, and the text of any run.
///
/// Two builders: `PlainAgencyWords` on the bytes of plain text (`PlainText`), and `AgencyWords`
/// on `String`s for any other text. Both give the same words for plain text.
protocol AgencyPhrase {
    var count: Int { get }
    subscript(i: Int) -> AgencyWord { get }
    /// The written text from word `a` through word `b - 1`.
    func written(_ a: Int, _ b: Int) -> String
    /// Canonical text of words `a..<b` (abbreviations expanded), marks attached the way they are printed.
    func canonical(_ a: Int, _ b: Int) -> String
}

/// One word or punctuation mark of an agency phrase.
struct AgencyWord {
    /// `AgencyVocabulary` number of the folded word or mark, or -1.
    let id: Int
    /// Index of the written token (the four words of `UBND` share one).
    let token: Int
    let isMark: Bool
    /// Written with a capital first letter (expanded words count as written in their expansion).
    let capital: Bool

    /// A mark that is printed attached to the word before it: `,` `.` `:` `;` `)`.
    var glues: Bool {
        isMark && (id == AgencyVocabulary.comma || id == AgencyVocabulary.period || id == AgencyVocabulary.colon
            || id == AgencyVocabulary.semicolon || id == AgencyVocabulary.close)
    }
}
