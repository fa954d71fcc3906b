/// One cell per line ending in ` |`; a lone `|` is an empty cell or closes a row (Word copies).
///
/// ```
/// 1 |
/// Xây dựng và triển khai Kế hoạch … |
/// Sở Nội vụ |
/// |
/// ```
/// A cell's text may wrap onto following lines that carry no `|`.
enum PipeCellsDialect: TableDialect {
    static let name = "pipe_cells"

    static func evidence(_ c: TableLineCounts, _ lines: [RawLine]) -> Double {
        let body = c.lines - c.blank
        guard body > 0 else { return 0 }
        // Lone pipes alone (no `text |` lines) are the lone_pipe dialect.
        return c.pipeCells > c.lone / 2 ? Double(c.pipeCells) / Double(body) : 0
    }

    static func parse(_ lines: [RawLine]) -> Grid {
        var units: [GridCell] = []
        var parts: [String] = []
        var first = 0
        for l in lines where !TableLine.isBlank(l.text) {
            if first == 0 { first = l.number }
            if TableLine.endsWithPipe(l.text) {
                var s = Substring(l.text)
                while let c = s.last, c != "|" { s.removeLast() }
                s.removeLast()
                TableLine.append(String(s), to: &parts)
                units.append(GridCell(parts: parts, line: first))
                parts = []
                first = 0
            } else {
                TableLine.append(l.text, to: &parts)
            }
        }
        if !parts.isEmpty { units.append(GridCell(parts: parts, line: first)) }
        return Grid(shape: .stream, rows: [units], truncated: !parts.isEmpty)
    }
}
