/// Reads the issuer a citation names after `của`, as written, up to the next clause word:
/// `của Thủ tướng Chính phủ về việc …` → `Thủ tướng Chính phủ`;
/// `của Ủy ban nhân dân (UBND) tỉnh về …` → `Ủy ban nhân dân tỉnh` (a parenthesised abbreviation is dropped);
/// `của Ban chấp hành Đảng bộ tỉnh (Khoá XIV) …` → `Ban chấp hành Đảng bộ tỉnh`.
///
/// Stops at `,` `;` `.` `:` `(` `)` `|` quotes, at clause words (`về`, `ban hành`, `phê duyệt`,
/// `quy định`, `sửa đổi`, `theo`, …) and at the next document kind. `và`, `-` and `,` continue only
/// inside a ministry-like name whose next word is capitalised (`Bộ Văn hóa, Thể thao và Du lịch`,
/// `Bộ Nội vụ và Bộ Tài chính`); after `,` the next word must not start another body (`Bộ`, `UBND`, …).
enum CitationIssuer {
    /// Clause words that end an issuer when written in lower case.
    private static let stops: [[UInt8]] = [
        "về", "ban hành", "phê duyệt", "quy định", "sửa đổi", "bổ sung", "hướng dẫn", "thực hiện",
        "triển khai", "theo", "tại", "trong", "đã", "để", "đối với", "nhằm", "trên", "với", "là", "thì",
        "do", "được", "quản lý", "giao", "tổ chức", "công bố", "chỉ đạo", "kèm theo", "cho", "khi",
        "từ", "đến", "gồm", "nay", "hoặc", "mà",
    ].map { Array($0.utf8) }
    /// Clause words that also end an issuer when capitalised (no body's name contains them).
    private static let capitalStops: [[UInt8]] = ["Về", "Quy định", "Hướng dẫn", "Phê duyệt", "Sửa đổi", "V/v"]
        .map { Array($0.utf8) }
    /// First words of bodies whose names may hold `,`, `-` or `và`.
    private static let compoundHeads: Set<String> = ["Bộ", "Sở", "Cục", "Tổng cục", "Vụ", "Viện"]
    /// First words that start another body after `,` or `và`.
    private static let bodyStarts: Set<String> = [
        "UBND", "HĐND", "Ủy", "Uỷ", "Sở", "Bộ", "Ban", "Thủ", "Chính", "Hội", "Tỉnh", "Văn", "Cục", "Chủ",
    ]
    private static let cua = Array("của".utf8)
    private static let cuaCapital = Array("Của".utf8)
    private static let va = Array("và".utf8)
    private static let maxWords = 16
    private static let dateWords = [Array("ngày".utf8), Array("năm".utf8)]

    /// The issuer after `của` at `i` (spaces before it skipped), or nil.
    static func read(at i: Int, in s: ReferenceBytes.Bytes) -> (issuer: String, end: Int)? {
        var k = ReferenceBytes.skipSpaces(i, in: s)
        guard ReferenceBytes.hasWord(cua, at: k, in: s) || ReferenceBytes.hasWord(cuaCapital, at: k, in: s)
        else { return nil }
        k = ReferenceBytes.skipSpaces(k + cua.count, in: s)
        var words: [String] = []
        while k < s.count, words.count < maxWords {
            let b = s[k]
            if b == 0x28 {  // "(": skip a lone abbreviation, stop at anything else
                guard let close = abbreviationParenEnd(at: k, in: s) else { break }
                k = ReferenceBytes.skipSpaces(close, in: s)
                continue
            }
            if isStopPunctuation(at: k, in: s) || isStopWord(at: k, in: s) { break }
            if !words.isEmpty, CitationKind.startsCapitalised(at: k, in: s) { break }
            if ReferenceBytes.hasWord(va, at: k, in: s) {
                let next = ReferenceBytes.skipSpaces(k + va.count, in: s)
                // `Bộ Nội vụ và Bộ Tài chính` (joint issuers) as well as `Bộ Thông tin và Truyền thông`.
                guard continuesCompound(words, at: next, in: s, joint: true) else { break }
                words.append("và")
                k = next
                continue
            }
            if b == 0x2D || (b == 0xE2 && k + 2 < s.count && s[k + 1] == 0x80 && s[k + 2] == 0x93) {
                let next = ReferenceBytes.skipSpaces(ReferenceBytes.wordEnd(from: k, in: s), in: s)
                guard continuesCompound(words, at: next, in: s) else { break }
                words.append("-")
                k = next
                continue
            }
            let end = ReferenceBytes.wordEnd(from: k, in: s)
            // `Chính phủ[1]`: a glued footnote marker is not part of the name.
            let bracket = ReferenceBytes.find(0x5B, in: UnsafeBufferPointer(rebasing: s[..<end]), from: k)
            let (word, trailing) = bracket.map { (ReferenceBytes.string(s, k..<$0), UInt8(0)) } ?? split(s, k..<end)
            if !word.isEmpty { words.append(word) }
            k = ReferenceBytes.skipSpaces(end, in: s)
            // A line break (paragraphs of one cell) ends the issuer.
            if ReferenceBytes.find(0x0A, in: UnsafeBufferPointer(rebasing: s[..<k]), from: end) != nil { break }
            if trailing == 0x2C {  // ","
                guard continuesCompound(words, at: k, in: s) else { break }
                words[words.count - 1] += ","
            } else if trailing != 0 {
                break
            }
        }
        while let last = words.last, last == "-" || last == "và" { words.removeLast() }
        guard !words.isEmpty else { return nil }
        return (words.joined(separator: " "), k)
    }

    /// A word and the punctuation byte that ended it (`phủ;` → `phủ`, `;`), 0 when none.
    private static func split(_ s: ReferenceBytes.Bytes, _ r: Range<Int>) -> (String, UInt8) {
        var end = r.upperBound
        var trailing: UInt8 = 0
        while end > r.lowerBound, isTrailingPunctuation(s[end - 1]) {
            // Any mark other than a comma ends the issuer, wherever it sits in the run.
            if trailing == 0 || s[end - 1] != 0x2C { trailing = s[end - 1] }
            end -= 1
        }
        return (ReferenceBytes.string(s, r.lowerBound..<end), trailing)
    }

    private static func isTrailingPunctuation(_ b: UInt8) -> Bool {
        switch b {
        case 0x2C, 0x3B, 0x2E, 0x3A, 0x29, 0x7C, 0x22, 0x27, 0x21, 0x3F: return true  // , ; . : ) | " ' ! ?
        default: return false
        }
    }

    /// `(UBND)` at `i`: the index after `)`, when the parentheses hold one upper-case token.
    static func abbreviationParenEnd(at i: Int, in s: ReferenceBytes.Bytes) -> Int? {
        var k = i + 1
        var letters = 0
        while k < s.count, s[k] != 0x29 {
            if ReferenceBytes.isSpace(s[k]) || k - i > 24 { return nil }
            if s[k] >= 0xC0 || ReferenceBytes.isASCIILetter(s[k]) {
                guard ReferenceBytes.isUppercaseLetter(at: k, in: s) else { return nil }
                letters += 1
            }
            k += 1
        }
        return k < s.count && letters >= 2 ? k + 1 : nil
    }

    private static func isStopPunctuation(at k: Int, in s: ReferenceBytes.Bytes) -> Bool {
        let b = s[k]
        if b < 0x80 { return !ReferenceBytes.isASCIIAlnum(b) && b != 0x2D }
        // “ ” ‘ ’ … and other General Punctuation, except the en dash (handled like "-").
        if b == 0xE2 { return !(k + 2 < s.count && s[k + 1] == 0x80 && s[k + 2] == 0x93) }
        return false
    }

    private static func isStopWord(at k: Int, in s: ReferenceBytes.Bytes) -> Bool {
        for w in stops where ReferenceBytes.hasWord(w, at: k, in: s) { return true }
        for w in capitalStops where ReferenceBytes.hasWord(w, at: k, in: s) { return true }
        // `ngày 15/7/2021`, `năm 2021` after an issuer start a date, not a name (`lần thứ năm` is a name).
        for w in dateWords where ReferenceBytes.hasWord(w, at: k, in: s) {
            let next = ReferenceBytes.skipSpaces(k + w.count, in: s)
            if next < s.count, ReferenceBytes.isDigit(s[next]) { return true }
        }
        return false
    }

    /// Whether `,`/`và`/`-` followed by the word at `next` continues a compound body name.
    private static func continuesCompound(_ words: [String], at next: Int, in s: ReferenceBytes.Bytes,
                                          joint: Bool = false) -> Bool {
        guard let first = words.first, compoundHeads.contains(first) || (words.count > 1 && compoundHeads.contains("\(first) \(words[1])"))
        else { return false }
        guard ReferenceBytes.isUppercaseLetter(at: next, in: s), !CitationKind.startsCapitalised(at: next, in: s)
        else { return false }
        let (word, _) = split(s, next..<ReferenceBytes.wordEnd(from: next, in: s))
        return joint || !bodyStarts.contains(word)
    }
}
