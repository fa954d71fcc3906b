/// A table copied out of a PDF: the header written one cell per line right under a lone `STT`,
/// then every cell on its own line (wrapped over several when long), with no blank lines.
///
/// ```
/// STT
/// Nội dung công việc
/// Cơ quan chủ trì
/// Cơ quan phối hợp
/// Thời gian hoàn thành
/// 1
/// Xây dựng kế hoạch …
/// ```
/// It starts at a lone `STT` / `TT` followed at once (no blank line: that is `paragraph_cells`)
/// by at least three short header lines and then a row number. It goes on over page breaks (page
/// header, page number, the table header again, blank lines around them) and ends before
/// - a blank line not followed by page furniture,
/// - a pipe, tab, rule or footnote line, a new table header, `II. …`, `Nơi nhận`,
/// - an all-capital line not right after a row number (a heading below the table),
/// - a line much longer than any in the table so far (page-wide prose after it).
/// Page headers inside it are reported (`tables.page-header-dropped`).
struct PdfTextRegion: LineTableDialect {
    let name = "pdf_text"
    /// Header lines longer than this are prose, not column titles.
    let headerLineLimit = 80
    /// Blank lines tolerated around a page break.
    let pageGap = 3

    func region(startingAt index: Int, in doc: ShapedLines) -> TableRegion? {
        let sh = doc.shapes
        guard sh[index].flags.contains(.loneHeader), !sh[index].flags.contains(.tabLead) else { return nil }
        var k = index + 1
        var headerLines = 0
        var widest = sh[index].length
        while k < doc.count, isPlain(sh[k]), !sh[k].flags.contains(.rowNumber) {
            guard sh[k].length <= headerLineLimit, headerLines < 30 else { return nil }
            widest = max(widest, sh[k].length)
            headerLines += 1
            k += 1
        }
        guard headerLines >= 3, k + 1 < doc.count, sh[k].flags.contains(.rowNumber), isPlain(sh[k + 1]) else { return nil }

        var last = k
        var rows = 0
        var previous = index
        scan: while k < doc.count {
            let s = sh[k]
            if s.isBlank {
                guard let next = doc.nextNonBlank(from: k), next - k <= pageGap, isFurniture(next, doc, header: index)
                else { break scan }
                k = next
                continue
            }
            if s.flags.contains(.loneHeader) {
                guard isRepeatedHeader(k, doc, header: index) else { break scan }
                // Skip the repeated header whole: its lines are not cells (nor headings).
                let end = min(doc.count, k + headerLines + 1)
                while k < end, !sh[k].isBlank { k += 1 }
                previous = k - 1
                continue
            }
            if !isPlain(s) || s.flags.contains(.romanHeading) || ByteText.hasPrefix(doc.lines[k], s, "Nơi nhận") {
                break scan
            } else if rows > 0, s.length >= 100, s.length > widest * 3 / 2 {
                break scan
            } else if rows > 0, isCapitalHeading(k, after: previous, doc) {
                break scan
            }
            if s.flags.contains(.rowNumber) { rows += 1 }
            widest = max(widest, s.length)
            last = k
            previous = k
            k += 1
        }
        guard rows >= 1 else { return nil }
        // Page furniture after the last row (the page footer under the table) stays outside.
        let page = PdfPageBreaks(Array(doc.lines[index...last]))
        while last > index, page.dropped[last - index] { last -= 1 }
        var region = TableRegion(first: index, last: last, dialect: name)
        region.diagnostics = page.pageLines.filter { index + $0 <= last }.map { .pageHeaderDropped(line: index + $0 + 1) }
        return region
    }

    /// A line a cell could be: not blank, not a pipe, tab, rule or footnote line.
    private func isPlain(_ s: LineShape) -> Bool {
        !s.isBlank && !s.isPipeLine && !s.flags.contains(.tabLead)
            && s.flags.isDisjoint(with: [.rule, .footnote, .loneHeader])
    }

    /// A page header or number, or the table header again, at line `k`.
    private func isFurniture(_ k: Int, _ doc: ShapedLines, header: Int) -> Bool {
        let t = TextNormalizer.normalize(doc.lines[k])
        return PdfPageBreaks.isPageLine(t) || PdfPageBreaks.isPageNumber(t) || isRepeatedHeader(k, doc, header: header)
    }

    /// A lone `STT` followed by the table's first column title again.
    private func isRepeatedHeader(_ k: Int, _ doc: ShapedLines, header: Int) -> Bool {
        guard doc.shapes[k].flags.contains(.loneHeader), let next = doc.nextNonBlank(from: k + 1) else { return false }
        return TextNormalizer.normalize(doc.lines[next]).lowercased()
            == TextNormalizer.normalize(doc.lines[header + 1]).lowercased()
    }

    /// An all-capital line that is neither a group title after its row number nor the second
    /// line of one, nor a page header.
    private func isCapitalHeading(_ k: Int, after previous: Int, _ doc: ShapedLines) -> Bool {
        // A short all-capital cell (`UBND`, `HĐND`) is an abbreviation, not a heading.
        guard doc.shapes[k].length >= 16, ByteText.isAllCaps(doc.lines[k]), !doc.shapes[k].isCellEvidence else { return false }
        let ps = doc.shapes[previous]
        if ps.flags.contains(.rowNumber) || ByteText.isAllCaps(doc.lines[previous]) { return false }
        return !PdfPageBreaks.isPageLine(TextNormalizer.normalize(doc.lines[k]))
    }
}
