/// Markdown pipe tables: `| STT | Nhiệm vụ | Chủ trì |`, a `|---|---|` rule under the header.
enum MarkdownDialect: TableDialect {
    static let name = "markdown"

    static func evidence(_ c: TableLineCounts, _ lines: [RawLine]) -> Double {
        let body = c.lines - c.blank
        guard body > 0, c.anyRule else { return 0 }
        return Double(c.markdownRows) / Double(body)
    }

    static func parse(_ lines: [RawLine]) -> Grid {
        var rows: [[GridCell]] = []
        var headerRows: Int?
        for l in lines where !TableLine.isBlank(l.text) {
            if isRule(l.text) { headerRows = headerRows ?? rows.count; continue }
            var s = Substring(l.text)
            while let c = s.last, c == " " || c == "\r" { s.removeLast() }
            if s.hasPrefix("|") { s.removeFirst() }
            if s.hasSuffix("|") { s.removeLast() }
            rows.append(s.split(separator: "|", omittingEmptySubsequences: false).map { GridCell.from(String($0), line: l.number, deferFeatures: true) })
        }
        var grid = Grid(shape: .rows, rows: rows)
        grid.headerRows = headerRows
        return grid
    }

    /// `|---|:---:|`
    static func isRule(_ s: String) -> Bool {
        s.utf8.contains(45) && s.utf8.allSatisfy { $0 == 124 || $0 == 45 || $0 == 58 || $0 == 32 }
    }
}
