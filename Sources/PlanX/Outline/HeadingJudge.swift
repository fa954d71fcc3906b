/// Decides whether the text after a numbering marker is a short heading or item content,
/// and whether a line without a marker is an all-caps title.
///
/// `1. Mục đích` and `a) Năm 2021:` are headings (title `Năm 2021`, colon dropped);
/// `1. Các cấp, các ngành … phải xác định …` (a long sentence) is content: the section gets
/// `title: nil` and the text as its first paragraph. A short line ending in a period
/// (`1. Nội dung và mục tiêu “Cải cách thể chế”.`) is a heading only when content follows it
/// (`.titleIfContent`); otherwise it is a list item (`c) Xây dựng Chính quyền số.`).
/// HTML `heading`/`bold` hints make a longer line acceptable as a title; they are never required.
enum HeadingJudge {
    enum Verdict: Equatable { case title, content, titleIfContent }

    /// Longest title that ends with `:`.
    static let colonTitleLimit = 150
    /// Longest title without terminal punctuation; such a line of at most `shortLimit` is always a title.
    static let plainTitleLimit = 200
    static let shortLimit = 60
    /// Longest line ending in `.`/`;` that may still be a heading when content follows.
    static let periodTitleLimit = 120

    static func judge(_ rest: String, style: TextStyle = []) -> Verdict {
        if rest.isEmpty { return .title }
        let n = rest.unicodeScalars.count
        if n <= 300, isAllCaps(rest) { return .title }
        let breaks = hasSentenceBreak(rest)
        if !style.isDisjoint(with: [.heading, .bold]), n <= 250, !breaks { return .title }
        let last = rest.utf8.last ?? 0
        if last == 0x3A { return n <= colonTitleLimit ? .title : .content }  // ':'
        if breaks || n > plainTitleLimit { return .content }
        if last == 0x2E || last == 0x3B || last == 0x21 || last == 0x3F {  // . ; ! ?
            return n <= periodTitleLimit ? .titleIfContent : .content
        }
        return n <= shortLimit ? .title : .titleIfContent
    }

    /// A title without the trailing colon or period: `Mục tiêu:` → `Mục tiêu`.
    static func cleanTitle(_ rest: String) -> String? {
        var s = Substring(rest)
        while let l = s.last, l == ":" || l == "." || l == ";" || l == " " || l == "," { s = s.dropLast() }
        return s.isEmpty ? nil : String(s)
    }

    /// Whether `text` has letters and none of them is lower-case (`PHỤ LỤC`, `II. MỤC TIÊU`).
    static func isAllCaps(_ text: String, minLetters: Int = 2) -> Bool {
        // Most lines have an ASCII lower-case letter early: leave on bytes before decoding.
        for b in text.utf8 where ByteScan.isASCIILower(b) { return false }
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if s.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= minLetters
    }

    /// Whether a line without a marker may be an all-caps heading: short, at least four
    /// letters, not a caption `(…)`, not a table row, not a bare Roman numeral (`III`).
    static func isCapsHeading(_ text: String) -> Bool {
        guard let first = text.utf8.first, first != 0x28, isAllCaps(text, minLetters: 4) else { return false }
        guard !text.utf8.contains(0x7C), text.unicodeScalars.count <= 300 else { return false }
        return !text.utf8.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 || $0 == 0x4C || $0 == 0x2E }
    }

    /// Shortest line that may be a line of wrapped text (PDF copies break sentences at the width).
    static let wrappedLineBytes = 80

    /// Whether text stops in the middle of a sentence — a full-width line ending in a
    /// lower-case letter or a comma — so that a following all-caps line (`UBND TỈNH`)
    /// continues it rather than starting a section. Short lines (`Hệ thống pháp luật`) are
    /// whole paragraphs.
    static func endsMidSentence(_ text: String) -> Bool {
        ByteScan.withBytes(text) { b in
            guard b.count >= wrappedLineBytes, var i = b.indices.last else { return false }
            let c = b[i]
            if c < 0x80 { return c == 0x2C || ByteScan.isASCIILower(c) }
            while i > 0, b[i] & 0xC0 == 0x80 { i -= 1 }  // back to the last scalar's first byte
            return ByteScan.scalar(b, i)?.0.properties.isLowercase ?? false
        }
    }

    /// `. X` inside the text: more than one sentence.
    static func hasSentenceBreak(_ text: String) -> Bool {
        ByteScan.withBytes(text) { b in
            var i = 0
            while i + 2 < b.count {
                if b[i] == 0x2E, b[i + 1] == 0x20, ByteScan.isUpperLetter(b, i + 2) { return true }
                i += 1
            }
            return false
        }
    }
}
