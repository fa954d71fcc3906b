/// Comparison keys for short Vietnamese words and phrases in task cells.
///
/// Lower-cases and moves an old-style tone mark to the modern place (`hoá` → `hóa`, `uỷ` → `ủy`),
/// so `Văn hoá`, `Văn Hóa` and `văn hóa` compare equal. Only used on cell-sized text, never on a
/// whole document.
enum TextFold {
    /// The folded form of one word: `Uỷ` → `ủy`, `HOÁ` → `hóa`, `Quý` → `quý` (the `u` of `qu` keeps its place).
    static func word(_ word: Substring) -> String {
        var scalars = Array(word.lowercased().unicodeScalars)
        let n = scalars.count
        guard n >= 2, let moved = oldStyleTone[scalars[n - 1]] else { return String(String.UnicodeScalarView(scalars)) }
        let glide = scalars[n - 2]
        let isQu = glide == "u" && n >= 3 && scalars[n - 3] == "q"
        if (glide == "o" && moved.vowel != "y") || (glide == "u" && moved.vowel == "y" && !isQu) {
            if let toned = toneOn[glide]?[moved.tone] {
                scalars[n - 2] = toned
                scalars[n - 1] = moved.vowel
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The folded form of a phrase: each space-separated word folded, single spaces between words.
    static func phrase(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{A0}" })
            .map { word(Substring($0)) }
            .joined(separator: " ")
    }

    // MARK: - Tables

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
