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
    /// `text` is NFC (read from plain text), so it equals another NFC string exactly when their bytes do.
    let nfc: Bool

    init(kind: Kind, text: String, value: Int, range: Range<String.Index>, nfc: Bool = false) {
        self.kind = kind
        self.text = text
        self.value = value
        self.range = range
        self.nfc = nfc
    }

    var digits: Int { kind == .number ? text.utf8.count : 0 }  // ASCII digits
    /// Whether the token is the word `w` (an NFC literal).
    func isWord(_ w: String) -> Bool {
        guard kind == .word else { return false }
        return nfc ? text.utf8.count == w.utf8.count && text.utf8.elementsEqual(w.utf8) : text == w
    }
    func isMark(_ m: String) -> Bool { kind == .mark && text == m }
}

/// Splits a deadline cell into `DeadlineToken`s: letters form words, ASCII digits form numbers,
/// whitespace (NBSP and line breaks included) separates, anything else is a one-character mark.
enum DeadlineTokenizer {
    static func tokenize(_ text: String) -> [DeadlineToken] {
        PlainText.withPlainBytes(text) { tokenizePlain(text, $0) } ?? tokenizeAny(text)
    }

    // MARK: - Private

    /// `tokenizeAny` on the bytes of plain text.
    private static func tokenizePlain(_ text: String, _ p: UnsafeBufferPointer<UInt8>) -> [DeadlineToken] {
        var tokens: [DeadlineToken] = []
        tokens.reserveCapacity(p.count / 3 + 2)
        let u = text.utf8
        func range(_ a: Int, _ b: Int) -> Range<String.Index> { u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: b) }
        var folded: [UInt8] = []
        var i = 0
        while i < p.count {
            let (s, n) = PlainText.scalar(p, at: i)
            let classes = PlainText.classes(s)
            if classes & PlainText.foldSpace != 0 {
                i += n
            } else if s >= 48 && s <= 57 {
                let start = i
                var value = 0
                while i < p.count, p[i] >= 48 && p[i] <= 57 {
                    value = min(value * 10 + Int(p[i] - 48), 1_000_000)
                    i += 1
                }
                tokens.append(DeadlineToken(kind: .number, text: PlainCell.string(p, start..<i), value: value, range: range(start, i), nfc: true))
            } else if classes & PlainText.foldLetter != 0 {
                let start = i
                while i < p.count {
                    let (t, m) = PlainText.scalar(p, at: i)
                    guard PlainText.classes(t) & PlainText.foldLetter != 0 else { break }
                    i += m
                }
                folded.removeAll(keepingCapacity: true)
                TextFold.word(p, start..<i, into: &folded)
                let word = plainSynonyms.first { $0.bytes == folded }?.word ?? String(decoding: folded, as: UTF8.self)
                tokens.append(DeadlineToken(kind: .word, text: word, value: 0, range: range(start, i), nfc: true))
            } else {
                let dash = s == 0x2D || (s >= 0x2010 && s <= 0x2014)  // the plain ones of `dashes`
                tokens.append(DeadlineToken(kind: .mark, text: dash ? "-" : PlainCell.string(p, i..<(i + n)), value: 0,
                                            range: range(i, i + n), nfc: true))
                i += n
            }
        }
        return tokens
    }

    /// `synonyms` by the bytes of their (NFC) keys.
    private static let plainSynonyms: [(bytes: [UInt8], word: String)] = synonyms.map { (Array($0.key.utf8), $0.value) }

    private static func tokenizeAny(_ text: String) -> [DeadlineToken] {
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

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool { TextFold.isLetter(s) }

    private static let dashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    /// Spellings that mean the same word in a deadline.
    private static let synonyms: [String: String] = [
        "hằng": "hàng", "quí": "quý", "kì": "kỳ", "tới": "đến",
    ]
}
