/// A whole row on one line, cells separated by ` | `, ending with `|` (thuvienphapluat copies).
///
/// `1 | Xây dựng Kế hoạch … | Sở Nội vụ | Quý I/2022 |`. A merged cell appears once and later rows
/// carry its empty slots as a glued `||` run; lines of pipes only are dropped.
enum PipeRowsDialect: TableDialect {
    static let name = "pipe_rows"

    static func evidence(_ lines: [RawLine]) -> Double {
        let body = lines.filter { !TableLine.isBlank($0.text) && !TableLine.isOnlyPipes($0.text) }
        guard !body.isEmpty else { return 0 }
        let hits = body.filter { TableLine.pipeCount($0.text) >= 2 && TableLine.endsWithPipe($0.text) && !$0.text.hasPrefix("|") }
        return Double(hits.count) / Double(body.count)
    }

    static func parse(_ lines: [RawLine]) -> Grid {
        var rows: [[GridCell]] = []
        var trailing: [Int] = []
        var lastText = ""
        for l in lines where !TableLine.isBlank(l.text) && !TableLine.isOnlyPipes(l.text) {
            var s = Substring(l.text)
            while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
            if s.hasSuffix("|") { s.removeLast() }
            var cells = s.split(separator: "|", omittingEmptySubsequences: false).map { GridCell.from(String($0), line: l.number) }
            var empties = 0
            while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast(); empties += 1 }
            rows.append(cells)
            trailing.append(empties)
            lastText = l.text
        }
        return Grid(shape: .rows, rows: rows, truncated: !lastText.isEmpty && !TableLine.endsWithPipe(lastText),
                    trailingEmptySlots: trailing)
    }
}
