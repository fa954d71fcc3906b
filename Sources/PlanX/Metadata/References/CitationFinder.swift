/// Finds every mention of another legal document in one line of text.
///
/// `Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành …` →
/// `Citation(kind: "Nghị quyết", number: "76/NQ-CP", issuer: "Chính phủ", date: "2021-07-15")`.
///
/// Rules (each mention counts; the line is the point):
/// - A mention is a kind word (`CitationKind`) at a word start, then `số` (optional), then a document
///   number with a code (`76/NQ-CP`, `19-NQ/TW`) — or a bare number (`số 15`) only when a date follows.
/// - A kind written with a capital (`Tờ trình`, not `tờ trình`) may instead be followed directly by
///   `ngày <date>`.
/// - `Luật`, `Bộ luật`, `Hiến pháp`, `Pháp lệnh` written with a capital may be cited by title: the title
///   runs up to 14 words and must end in `ngày <date>`, `năm <year>` or a bare year
///   (`Luật ngân sách nhà nước 2015`); `Luật Ban hành văn bản quy phạm pháp luật` alone is no citation.
///   A title may also end in `số <number>`.
/// - `Kế hoạch này`, `Chương trình tổng thể …` without number or date are not citations.
/// - A list that names the kind once (`các Quyết định số 258/QĐ-UBND …, số 602/QĐ-UBND …`) gives one
///   citation per number, each with that kind.
/// - The date is the `ngày …` right after the number (a `[n]` footnote marker and `,` may sit between);
///   the issuer is read after `của` (`CitationIssuer`), else implied by the number's code when that code
///   names one body (`DocumentNumber.impliedIssuer`).
enum CitationFinder {
    private static let so = ["số", "Số", "SỐ"].map { Array($0.utf8) }
    private static let nam = Array("năm".utf8)
    private static let va = Array("và".utf8)
    private static let maxTitleWords = 14

    /// Appends the citations written in `text` (one normalised line) to `out`.
    static func scan(_ text: String, line: Int, into out: inout [Citation]) {
        ReferenceBytes.withBytes(text) { scan($0, line: line, into: &out) }
    }

    /// Appends the citations written in the UTF-8 bytes of one normalised line to `out`.
    ///
    /// Walks the line word by word: at each word the leading marks and digits are skipped (`(`, `“`,
    /// a glued footnote number as in `1Nghị định`), a kind is tried where the letters start when its
    /// first two bytes can start one, and otherwise the scan jumps to the next space.
    static func scan(_ s: ReferenceBytes.Bytes, line: Int, into out: inout [Citation]) {
        // Every citation has a digit (number, date or year): most lines end here.
        guard ReferenceBytes.hasDigit(s) else { return }
        let kinds = CitationKind.table
        let n = s.count
        var i = 0
        while i + 1 < n {
            let b = s[i]
            if b < 0x80 && !ReferenceBytes.isASCIILetter(b) { i += 1; continue }
            if b == 0xE2 { i += 3; continue }  // General Punctuation: “ ” ‘ ’ – …
            if kinds.mayStart(at: i, in: s), let (index, end) = kinds.match(at: i, in: s) {
                if var (found, stop) = citation(CitationKind.forms[index], after: end, line: line, in: s) {
                    out.append(found)
                    // `các Quyết định số 258/QĐ-UBND ngày 29/4/2021, số 602/QĐ-UBND …`: one kind, several numbers.
                    while let (next, nextStop) = listed(found.kind, after: stop, line: line, in: s) {
                        out.append(next)
                        (found, stop) = (next, nextStop)
                    }
                    i = max(stop, end)
                } else {
                    i = end
                }
                continue
            }
            // Not a kind: go on after the next space or line break. (A kind glued behind a mark inside a
            // word, `phủ;Nghị định`, is a copy slip this skips.)
            i = ReferenceBytes.nextBreak(in: s, from: i + 1)
        }
    }

    /// The citation whose kind word ends at `i`, with the index where reading stopped.
    private static func citation(_ form: CitationKind.Form, after i: Int, line: Int, in s: ReferenceBytes.Bytes)
        -> (Citation, Int)?
    {
        var k = ReferenceBytes.skipSpaces(i, in: s)
        var sawNumberWord = false
        if let word = so.first(where: { ReferenceBytes.hasWord($0, at: k, in: s) }) {
            k += word.count
            if k < s.count, s[k] == 0x3A { k += 1 }  // "số:"
            k = ReferenceBytes.skipSpaces(k, in: s)
            sawNumberWord = true
        }
        if k < s.count, ReferenceBytes.isDigit(s[k]) {
            return numbered(form.kind, at: k, afterNumberWord: sawNumberWord, line: line, in: s)
        }
        guard !form.isLowercase, !sawNumberWord else { return nil }
        if let (date, end) = CitationDate.readAfterNgay(at: k, in: s) {
            let issuer = CitationIssuer.read(at: end, in: s)
            return (Citation(kind: form.kind, issuer: issuer?.issuer, date: date, line: line), issuer?.end ?? end)
        }
        if CitationKind.namedByTitle.contains(form.kind) {
            return titled(form.kind, at: k, line: line, in: s)
        }
        return nil
    }

    /// `76/NQ-CP ngày 15/7/2021 của Chính phủ` at `k`.
    private static func numbered(_ kind: String, at k: Int, afterNumberWord: Bool, line: Int,
                                 in s: ReferenceBytes.Bytes) -> (Citation, Int)?
    {
        guard let number = DocumentNumber.read(at: k, in: s) else { return nil }
        var j = skipFootnoteMarkers(number.end, in: s)
        var date: String?
        var probe = ReferenceBytes.skipSpaces(j, in: s)
        if probe < s.count, s[probe] == 0x2C { probe = ReferenceBytes.skipSpaces(probe + 1, in: s) }
        if let (iso, end) = CitationDate.readAfterNgay(at: probe, in: s) {
            date = iso
            j = skipFootnoteMarkers(end, in: s)
        } else if ReferenceBytes.hasWord(nam, at: probe, in: s),
                  let (_, end) = CitationDate.year(at: ReferenceBytes.skipSpaces(probe + nam.count, in: s), in: s) {
            j = end  // `Quyết định 749/QĐ-TTg năm 2020`: a year, not a date
        }
        let looksLikeNumber = number.hasCode && number.text.utf8.contains(where: { $0 == 0x2F || $0 == 0x2D })
        guard looksLikeNumber || (afterNumberWord && date != nil) else { return nil }
        let issuer = CitationIssuer.read(at: j, in: s)
        let citation = Citation(kind: kind, number: number.text,
                                issuer: issuer?.issuer ?? DocumentNumber.impliedIssuer(number.text),
                                date: date, line: line)
        return (citation, issuer?.end ?? j)
    }

    /// `, số 602/QĐ-UBND …` or `và số …` right after a citation: the same kind again.
    private static func listed(_ kind: String, after i: Int, line: Int, in s: ReferenceBytes.Bytes) -> (Citation, Int)? {
        var k = ReferenceBytes.skipSpaces(i, in: s)
        if k < s.count, s[k] == 0x2C { k += 1 }
        else if ReferenceBytes.hasWord(va, at: k, in: s) { k += va.count }
        else { return nil }
        k = ReferenceBytes.skipSpaces(k, in: s)
        guard let word = so.first(where: { ReferenceBytes.hasWord($0, at: k, in: s) }) else { return nil }
        k = ReferenceBytes.skipSpaces(k + word.count, in: s)
        guard k < s.count, ReferenceBytes.isDigit(s[k]) else { return nil }
        return numbered(kind, at: k, afterNumberWord: true, line: line, in: s)
    }

    /// `Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015` — the title starts at `k`.
    private static func titled(_ kind: String, at start: Int, line: Int, in s: ReferenceBytes.Bytes) -> (Citation, Int)? {
        var k = start
        var words = 0
        while k < s.count, words <= maxTitleWords {
            if let (iso, end) = CitationDate.readAfterNgay(at: k, in: s) {
                guard words > 0 else { return nil }
                let issuer = CitationIssuer.read(at: end, in: s)
                return (Citation(kind: kind, issuer: issuer?.issuer, date: iso, line: line), issuer?.end ?? end)
            }
            if ReferenceBytes.hasWord(nam, at: k, in: s),
               let (_, end) = CitationDate.year(at: ReferenceBytes.skipSpaces(k + nam.count, in: s), in: s) {
                return (Citation(kind: kind, line: line), end)
            }
            if words > 0, let (_, end) = CitationDate.year(at: k, in: s) {
                return (Citation(kind: kind, line: line), end)
            }
            if words > 0, let word = so.first(where: { ReferenceBytes.hasWord($0, at: k, in: s) }) {
                let n = ReferenceBytes.skipSpaces(k + word.count, in: s)
                return n < s.count && ReferenceBytes.isDigit(s[n])
                    ? numbered(kind, at: n, afterNumberWord: true, line: line, in: s) : nil
            }
            if s[k] < 0x80, !ReferenceBytes.isASCIIAlnum(s[k]) { return nil }  // `(`, `“`, `;` …
            if s[k] == 0xE2 { return nil }
            if CitationKind.startsCapitalised(at: k, in: s) { return nil }
            let end = ReferenceBytes.wordEnd(from: k, in: s)
            let last = s[end - 1]
            if last == 0x3B || last == 0x2E || last == 0x3A || last == 0x29 || last == 0x28 { return nil }
            k = ReferenceBytes.skipSpaces(end, in: s)
            words += 1
            // `Luật Cán bộ, công chức năm 2019`: a comma continues only into a lower-case word.
            if last == 0x2C, ReferenceBytes.isUppercaseLetter(at: k, in: s) || !ReferenceBytes.isLetter(at: k, in: s) {
                return nil
            }
        }
        return nil
    }

    /// Skips footnote markers glued to a number or date: `107/2020/NĐ-CP[1]`.
    private static func skipFootnoteMarkers(_ i: Int, in s: ReferenceBytes.Bytes) -> Int {
        var k = i
        while k < s.count, s[k] == 0x5B {
            var j = k + 1
            while j < s.count, ReferenceBytes.isDigit(s[j]) { j += 1 }
            guard j > k + 1, j < s.count, s[j] == 0x5D else { break }
            k = j + 1
        }
        return k
    }
}
