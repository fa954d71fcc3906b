/// Every cell a paragraph, paragraphs separated by blank lines; a cell holding several paragraphs
/// or bullets is split the same way, and an empty cell is a lone space or NBSP (Word → web copies).
///
/// ```
/// 1.1
///
/// Thực hiện Kế hoạch CCHC năm
///
/// 1.5
/// ```
/// Cell boundaries are recovered later by `ParagraphCellAligner`.
enum ParagraphCellsDialect: TableDialect {
    static let name = "paragraph_cells"

    static func evidence(_ c: TableLineCounts, _ lines: [RawLine]) -> Double {
        guard c.lines > 2 else { return 0 }
        return c.piped > c.lines / 10 ? 0 : min(1, 2 * Double(c.empty) / Double(c.lines))
    }

    static func parse(_ lines: [RawLine]) -> Grid {
        var units: [GridCell] = []
        units.reserveCapacity(lines.count / 2)
        for l in lines where !l.text.isEmpty && !(l.text.utf8.allSatisfy { $0 == 13 }) {
            units.append(GridCell.from(l.text, line: l.number))
        }
        return Grid(shape: .stream, rows: [units], joinable: true)
    }
}
