/// One piece of a deadline cell: a word, a number or a punctuation mark, with where it was written.
///
/// `Trước ngày 20/3/2024` → word `trước`, word `ngày`, number 20, mark `/`, number 3, mark `/`, number 2024.
struct DeadlineToken: Equatable {
    /// What the token is: letters, ASCII digits, or one other character.
    enum Kind: Equatable { case word, number, mark }
    let kind: Kind
    /// A word folded to its comparison form (`Hằng` → `hàng`, `quí` → `quý`), a number's digits,
    /// or the mark itself (dashes of every kind become `-`).
    let text: String
    /// The value of a number; 0 otherwise.
    let value: Int
    /// The range in the original cell text, so lead-ins and event phrases can be quoted as written.
    let range: Range<String.Index>

    var digits: Int { kind == .number ? text.count : 0 }
    func isWord(_ w: String) -> Bool { kind == .word && text == w }
    func isMark(_ m: String) -> Bool { kind == .mark && text == m }
}

/// Splits a deadline cell into `DeadlineToken`s: letters form words, ASCII digits form numbers,
/// whitespace (NBSP and line breaks included) separates, anything else is a one-character mark.
enum DeadlineTokenizer {
    static func tokenize(_ text: String) -> [DeadlineToken] {
        var tokens: [DeadlineToken] = []
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            if TextFold.isSpace(s) {
                i = scalars.index(after: i)
            } else if isDigit(s) {
                let start = i
                var value = 0
                while i < scalars.endIndex, isDigit(scalars[i]) {
                    // Clamp: a long digit run is never a date part, and must not overflow.
                    value = min(value * 10 + Int(scalars[i].value - 48), 1_000_000)
                    i = scalars.index(after: i)
                }
                tokens.append(DeadlineToken(kind: .number, text: String(text[start..<i]), value: value, range: start..<i))
            } else if isLetter(s) {
                let start = i
                while i < scalars.endIndex, isLetter(scalars[i]) { i = scalars.index(after: i) }
                let word = TextFold.word(text[start..<i])
                let folded = synonyms[word] ?? word
                tokens.append(DeadlineToken(kind: .word, text: folded, value: 0, range: start..<i))
            } else {
                let next = scalars.index(after: i)
                let mark = dashes.contains(s) ? "-" : String(s)
                tokens.append(DeadlineToken(kind: .mark, text: mark, value: 0, range: i..<next))
                i = next
            }
        }
        return tokens
    }

    // MARK: - Private

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool { TextFold.isLetter(s) }

    private static let dashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    /// Spellings that mean the same word in a deadline.
    private static let synonyms: [String: String] = [
        "hằng": "hàng", "quí": "quý", "kì": "kỳ", "tới": "đến",
    ]
}
