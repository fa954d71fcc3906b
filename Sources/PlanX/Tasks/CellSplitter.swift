/// Splits a task cell into the items it lists: at line breaks, `;` and inline bullets after a full
/// stop (`… 2021. - Các …`), never at a `;` inside parentheses. Leading bullets and closing
/// punctuation are removed from each item; empty items are dropped.
///
/// `- Kế hoạch;\n- Báo cáo` → `Kế hoạch`, `Báo cáo`.
enum CellSplitter {
    /// The items of a cell, cleaned.
    static func items(of text: String) -> [String] {
        parts(of: text).map { clean($0) }.filter { !$0.isEmpty }
    }

    /// The raw pieces of a cell, as written (bullets and punctuation kept).
    static func parts(of text: String) -> [Substring] { split(text).pieces }

    /// Whether the cell is a list: more than one piece, and a `;`, an inline bullet or a bulleted
    /// line among them (plain line breaks may only be a wrapped cell).
    static func isList(_ text: String) -> Bool { split(text).isList }

    /// The pieces and whether they form a list, in one pass over the scalars.
    static func split(_ text: String) -> (pieces: [Substring], isList: Bool) {
        if let plain = PlainText.withPlainBytes(text, { PlainCell.split($0, 0..<$0.count) }) {
            let u = text.utf8
            let pieces = plain.pieces.map { text[u.index(u.startIndex, offsetBy: $0.lowerBound)..<u.index(u.startIndex, offsetBy: $0.upperBound)] }
            return (pieces, plain.isList)
        }
        var pieces: [Substring] = []
        var marked = false
        let scalars = text.unicodeScalars
        var depth = 0
        var start = scalars.startIndex
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            let next = scalars.index(after: i)
            switch s {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case "\n":
                pieces.append(text[start..<i])
                start = next
            case ";" where depth == 0:
                pieces.append(text[start..<i])
                start = next
                marked = true
            case "." where depth == 0 && bulletFollows(scalars, next):
                pieces.append(text[start..<next])
                start = next
                marked = true
            default: break
            }
            i = next
        }
        pieces.append(text[start...])
        pieces.removeAll { clean($0).isEmpty }
        return (pieces, pieces.count > 1 && (marked || pieces.contains { startsWithBullet($0) }))
    }

    /// One item without its bullet, surrounding whitespace and closing `.`, `;`, `,`.
    static func clean(_ piece: Substring) -> String {
        var t = piece
        while let f = t.first, f.isWhitespace || bullets.contains(f) { t = t.dropFirst() }
        while let l = t.last, l.isWhitespace || ".;,".contains(l) { t = t.dropLast() }
        return String(t)
    }

    /// The text without surrounding whitespace (NBSP and line breaks included).
    static func trimmed(_ text: String) -> String {
        let plain = PlainText.withPlainBytes(text) { p in
            let r = PlainCell.trimmed(p, 0..<p.count)
            return r.count == p.count ? text : PlainCell.string(p, r)
        }
        if let plain { return plain }
        var t = Substring(text)
        while let f = t.first, f.isWhitespace { t = t.dropFirst() }
        while let l = t.last, l.isWhitespace { t = t.dropLast() }
        return String(t)
    }

    // MARK: - Private

    private static let bullets: Set<Character> = ["-", "+", "•", "*", "–", "·"]

    private static func startsWithBullet(_ piece: Substring) -> Bool {
        guard let f = piece.first(where: { !$0.isWhitespace }) else { return false }
        return bullets.contains(f)
    }

    private static func bulletFollows(_ scalars: String.UnicodeScalarView, _ from: String.Index) -> Bool {
        var j = from
        var sawSpace = false
        while j < scalars.endIndex, scalars[j] == " " || scalars[j] == "\u{A0}" {
            sawSpace = true
            j = scalars.index(after: j)
        }
        guard sawSpace, j < scalars.endIndex, "-+•–".unicodeScalars.contains(scalars[j]) else { return false }
        let k = scalars.index(after: j)
        return k < scalars.endIndex && (scalars[k] == " " || scalars[k] == "\u{A0}")
    }
}
