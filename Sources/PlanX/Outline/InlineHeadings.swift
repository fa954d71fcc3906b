/// Finds a heading hidden inside a line by the copy: two headings on one line, or a heading
/// glued to the end of the previous paragraph.
///
/// `A. MỤC ĐÍCH, MỤC TIÊU, YÊU CẦU I. MỤC ĐÍCH` → `A.` titled `MỤC ĐÍCH, MỤC TIÊU, YÊU CẦU`
/// and, inside it, `I. MỤC ĐÍCH`: the second marker must open its sequence (`I.`, `1.`, `a)`)
/// and follow an all-caps title. `… đất đai của tỉnh Gia Lai. g) Xây dựng đô thị thông minh`
/// → the paragraph ends at `Gia Lai.` and `g)` opens a section: a glued marker must come right
/// after a sentence end and be exactly the next value of an open level.
enum InlineHeadings {
    private static func isNumbering(_ s: NumberingScheme) -> Bool {
        switch s {
        case .roman, .arabic, .decimal, .letter, .upperLetter: return true
        default: return false
        }
    }

    /// Splits an all-caps title from a second heading that starts a new sequence.
    /// - Returns: the title before the second marker and the text from the marker on.
    static func secondHeading(in text: String, outer: NumberingScheme?) -> (title: String, tail: String)? {
        ByteScan.withBytes(text) { b -> (String, String)? in
            guard b.count <= 600 else { return nil }
            var letters = 0
            var i = 0
            while i < b.count {
                if i > 0, ByteScan.isSpace(b[i - 1]), letters >= 4 {
                    let found = MarkerParser.parse(b, at: i).contains {
                        isNumbering($0.scheme) && $0.scheme != outer && $0.value.isFirst && $0.restStart < b.count
                    }
                    if found { return (ByteScan.text(b, 0, i - 1), ByteScan.rest(b, from: i)) }
                }
                // Only an all-caps prefix can be the title: stop at the first lower-case letter.
                guard let (s, len) = ByteScan.scalar(b, i) else { return nil }
                if s.properties.isAlphabetic {
                    if s.properties.isLowercase { return nil }
                    letters += 1
                }
                i += len
            }
            return nil
        }
    }

    /// Splits `text` before a glued marker that `accepts` (the next value of an open level).
    /// - Returns: the text up to the sentence end and the text from the marker on.
    static func gluedHeading(in text: String, accepts: (Marker) -> Bool) -> (head: String, tail: String)? {
        ByteScan.withBytes(text) { b -> (String, String)? in
            var i = 1
            while i + 2 < b.count {
                if b[i] == 0x2E, b[i + 1] == 0x20 {
                    let j = i + 2
                    let c = b[j]
                    if ByteScan.isDigit(c) || ByteScan.isASCIILower(c) || ByteScan.isASCIIUpper(c) || c == 0xC4 {
                        for m in MarkerParser.parse(b, at: j)
                        where isNumbering(m.scheme) && m.restStart < b.count && accepts(m) {
                            let rest = ByteScan.rest(b, from: m.restStart)
                            if HeadingJudge.judge(rest) != .content {
                                return (ByteScan.text(b, 0, i + 1), ByteScan.rest(b, from: j))
                            }
                        }
                    }
                }
                i += 1
            }
            return nil
        }
    }
}
