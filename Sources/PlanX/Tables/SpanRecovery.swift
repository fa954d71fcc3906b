/// Expands the explicit spans of structured input (HTML `rowspan`/`colspan`) into a full grid.
///
/// A cell spanning rows is copied into the rows below with `spannedFrom` set to the line of its
/// own row, so the row records `continues`; spans are clamped to the table's size and to
/// `maxSpan`, and each clamp is reported.
enum SpanRecovery {
    static let maxSpan = 64

    struct Result { var grid: Grid; var diagnostics: [Diagnostic] }

    static func expand(_ rows: [[RawCell]]) -> Result {
        var diagnostics: [Diagnostic] = []
        var grid: [[GridCell?]] = []
        var width = 0
        // Pending rowspans: column → (cell, rows left).
        var carry: [Int: (GridCell, Int)] = [:]
        for (r, raw) in rows.enumerated() {
            var out: [GridCell?] = []
            var col = 0
            func fillCarried() {
                while let (cell, left) = carry[col] {
                    out.append(cell)
                    carry[col] = left > 1 ? (cell, left - 1) : nil
                    col += 1
                }
            }
            fillCarried()
            for c in raw {
                var colspan = c.colspan, rowspan = c.rowspan
                if colspan < 1 || colspan > maxSpan { diagnostics.append(.spanClamped(line: c.line)); colspan = min(max(colspan, 1), maxSpan) }
                let rowsLeft = rows.count - r
                if rowspan < 1 || rowspan > rowsLeft { if rowspan > rowsLeft + 1 || rowspan < 1 { diagnostics.append(.spanClamped(line: c.line)) }; rowspan = min(max(rowspan, 1), rowsLeft) }
                let cell = GridCell.from(c.text, line: c.line, deferFeatures: true)
                for _ in 0..<colspan {
                    out.append(cell)
                    if rowspan > 1 {
                        var copy = cell
                        copy.spannedFrom = raw.first?.line ?? c.line
                        carry[col] = (copy, rowspan - 1)
                    }
                    col += 1
                    fillCarried()
                }
            }
            width = max(width, out.count)
            grid.append(out)
        }
        var result = Grid(shape: .rows, rows: grid.map { $0.map { $0 ?? GridCell(parts: [], line: 0) } })
        for i in result.rows.indices {
            let line = rows[i].first?.line ?? result.rows[i].first(where: { $0.line > 0 })?.line ?? 0
            for j in result.rows[i].indices where result.rows[i][j].line == 0 { result.rows[i][j].line = line }
            while result.rows[i].count < width { result.rows[i].append(GridCell(parts: [], line: line)) }
        }
        result.spansExpanded = true
        let headerCount = rows.prefix { !$0.isEmpty && $0.allSatisfy(\.isHeader) }.count
        result.headerRows = headerCount > 0 ? headerCount : nil
        return Result(grid: result, diagnostics: diagnostics)
    }
}
