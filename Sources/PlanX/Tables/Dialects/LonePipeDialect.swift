/// Cell text lines alternating with lone `|` lines; two lone `|` in a row end the table row
/// (thuvienphapluat text copies).
///
/// ```
/// 1
/// |
/// Rà soát văn bản
/// |
/// Sở Tư pháp
/// |
/// |
/// ```
enum LonePipeDialect: TableDialect {
    static let name = "lone_pipe"

    static func evidence(_ c: TableLineCounts, _ lines: [RawLine]) -> Double {
        let body = c.lines - c.blank
        guard body > 0 else { return 0 }
        return Double(c.lone + c.plain) / Double(body) * (c.lone * 3 >= body ? 1 : 0)
    }

    static func parse(_ lines: [RawLine]) -> Grid {
        var rows: [[GridCell]] = []
        var row: [GridCell] = []
        var parts: [String] = []
        var first = 0
        var lastWasPipe = false
        for l in lines where !TableLine.isBlank(l.text) {
            if TableLine.isOnlyPipes(l.text) {
                if !parts.isEmpty || first != 0 {
                    row.append(GridCell(parts: parts, line: first, deferFeatures: true))
                    parts = []; first = 0
                } else if lastWasPipe, !row.isEmpty {
                    rows.append(row); row = []
                }
                lastWasPipe = true
            } else {
                if first == 0 { first = l.number }
                TableLine.append(l.text, to: &parts)
                lastWasPipe = false
            }
        }
        if !parts.isEmpty { row.append(GridCell(parts: parts, line: first, deferFeatures: true)) }
        if !row.isEmpty { rows.append(row) }
        return Grid(shape: .rows, rows: rows, truncated: !parts.isEmpty)
    }
}
