/// Each cell on a line starting with a tab, a blank line between rows; a cell's continuation
/// lines have no tab (`\tSTT`, `\tNhiệm vụ`, …, blank, `\t1`, `\tRà soát …`, `\t- Kế hoạch`, `- Báo cáo`).
enum TabCellsDialect: TableDialect {
    static let name = "tab_cells"

    static func evidence(_ c: TableLineCounts, _ lines: [RawLine]) -> Double {
        guard c.tabBody > 0 else { return 0 }
        return Double(c.tabStarts) / Double(c.tabBody)
    }

    static func parse(_ lines: [RawLine]) -> Grid {
        var rows: [[GridCell]] = []
        var row: [GridCell] = []
        for l in lines {
            if l.text.hasPrefix("\t") {
                row.append(GridCell.from(l.text, line: l.number, deferFeatures: true))
            } else if TableLine.isBlank(l.text) {
                if !row.isEmpty { rows.append(row); row = [] }
            } else if !row.isEmpty {
                row[row.count - 1].resolveFeatures()
                TableLine.append(l.text, to: &row[row.count - 1].parts)
            } else {
                row.append(GridCell.from(l.text, line: l.number, deferFeatures: true))
            }
        }
        if !row.isEmpty { rows.append(row) }
        return Grid(shape: .rows, rows: rows)
    }
}
