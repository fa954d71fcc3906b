/// Each cell on its own line starting with a tab, a blank line between rows; a cell's
/// continuation lines have no tab.
///
/// ```
/// \tSTT
/// \tNhiệm vụ/Hoạt động cụ thể
///
/// \t3
/// \t- Kế hoạch
/// - Báo cáo
/// ```
/// The table starts at a tab line and goes on row by row while each row starts with a
/// tab line. It is a table when its first cell is a header word (`STT`) or, without a
/// header, when it has at least three rows of three cells.
struct TabCellsRegion: LineTableDialect {
    let name = "tab_cells"

    func region(startingAt index: Int, in doc: ShapedLines) -> TableRegion? {
        let sh = doc.shapes
        guard sh[index].flags.contains(.tabLead), !sh[index].isBlank else { return nil }
        var rows = 0
        var cells = 0
        var last = index
        var k = index
        while k < doc.count, sh[k].flags.contains(.tabLead) {
            // One row: tab lines and their continuation lines, up to a blank line.
            rows += 1
            while k < doc.count {
                let s = sh[k]
                if s.flags.contains(.tabLead) {
                    cells += 1
                } else if s.isBlank {
                    break
                }
                last = k
                k += 1
            }
            // Blank lines between rows (not tab lines: `\t` alone is an empty cell).
            var gap = k
            while gap < doc.count, sh[gap].isBlank, !sh[gap].flags.contains(.tabLead), gap - k < 2 { gap += 1 }
            k = gap
        }
        let header = doc.isHeaderLine(index)
        guard (header && rows >= 2) || (rows >= 3 && cells >= 3 * rows) else { return nil }
        var region = TableRegion(first: index, last: last, dialect: name)
        if !header { region.diagnostics.append(.tableWithoutHeader(dialect: name, line: index + 1)) }
        return region
    }
}
