/// Text copied out of a PDF (Công báo extractions): one cell per line, long cells wrapped over
/// several lines, no blank lines, and at each page break a page header or number followed by the
/// table header printed again.
///
/// ```
/// STT
/// Nội dung công việc
/// Cơ quan chủ trì
/// 1
/// Xây dựng kế hoạch triển khai thực
/// hiện Đề án
/// Sở Nội vụ
/// CÔNG BÁO/Số 12/Ngày 15-01-2024
/// 23
/// STT
/// …
/// ```
/// Page furniture goes first (`PdfPageBreaks`). A line starting lower-case continues the cell
/// above (a soft wrap, joined with a space); every other line is a unit the shared row segmentation
/// and aligner may still join into one cell, since empty cells leave no line at all.
enum PdfTextDialect: TableDialect {
    static let name = "pdf_text"

    /// High when the lines have almost no blank lines, no pipes or tabs, and open with a lone
    /// `STT` followed straight away by more header lines.
    static func evidence(_ c: TableLineCounts, _ lines: [RawLine]) -> Double {
        guard c.lines > 4 else { return 0 }
        guard c.piped == 0, let first = c.firstNonBlank, c.secondNonBlank,
              HeaderWords.match(TextNormalizer.normalize(lines[first].text)) == .number
        else { return 0 }
        return max(0, 0.9 * (1 - 4 * Double(c.blank) / Double(c.lines)))
    }

    static func parse(_ lines: [RawLine]) -> Grid {
        let page = PdfPageBreaks(lines.map(\.text))
        var units: [GridCell] = []
        for (i, t) in page.texts.enumerated() where !page.dropped[i] {
            let inHeader = page.header.contains(i)
            if let last = units.last, isContinuation(t),
               inHeader || !BodyBuilder.startsRow(last), !(inHeader && i == page.header.lowerBound) {
                var parts = last.parts
                if parts.isEmpty { parts = [t] } else { parts[parts.count - 1] += " " + t }
                units[units.count - 1] = GridCell(parts: parts, line: last.line)
            } else {
                units.append(GridCell(parts: [t], line: lines[i].number))
            }
        }
        return Grid(shape: .stream, rows: [units], joinable: true)
    }

    /// A wrapped line: it starts with a lower-case letter (`hiện Đề án`, `chủ trì`).
    static func isContinuation(_ t: String) -> Bool {
        guard let f = t.first else { return false }
        return f.isLowercase
    }
}
