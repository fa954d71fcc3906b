/// Rebuilds one table candidate into columns and typed rows: picks the dialect from evidence, cuts
/// cells, finds the header, maps columns, recovers spanned cells and aligns ambiguous rows.
///
/// Header rows are not kept in `rows`: they are described by `columns` (levels joined by " / ").
/// Rows keep their first source line; a row whose cells were copied from the row above records
/// that row's line in `continues`.
enum TableReconstructor {
    static let dialects: [any TableDialect.Type] = [
        PipeRowsDialect.self, PipeCellsDialect.self, TabCellsDialect.self, MarkdownDialect.self,
        LonePipeDialect.self, ParagraphCellsDialect.self, PdfTextDialect.self,
    ]

    struct Result { var table: Table; var diagnostics: [Diagnostic] }

    static func rebuild(_ candidate: TableCandidate, id: String, span: Span) -> Result {
        var diagnostics: [Diagnostic] = []
        let dialect: String
        let grid: Grid
        if !candidate.rows.isEmpty {
            let expanded = SpanRecovery.expand(candidate.rows)
            grid = expanded.grid
            diagnostics += expanded.diagnostics
            dialect = "html"
        } else {
            let chosen = choose(candidate)
            grid = chosen.parse(candidate.lines)
            dialect = chosen.name
        }
        var built = grid.shape == .stream ? BodyBuilder.fromStream(grid) : BodyBuilder.fromRows(grid)
        let fields = built.fields
        if built.leaves.allSatisfy({ $0.text.isEmpty }) { diagnostics.append(.tableHeaderNotFound(line: span.startLine)) }
        RowClassifier.classify(&built.rows, fields: fields)
        if grid.truncated || built.lastRowIncomplete, let last = built.rows.last {
            diagnostics.append(.truncated(line: last.line))
        }
        diagnostics += built.ambiguous.map { Diagnostic.rowAmbiguous(line: $0) }
        diagnostics += built.tooWide.map { Diagnostic.rowTooWide(cells: $0.cells, columns: fields.count, line: $0.line) }
        let columns = zip(built.leaves, fields).map { Table.Column(header: HeaderDetector.headerText($0), field: $1) }
        let table = Table(id: id, kind: RowClassifier.kind(fields: fields), dialect: dialect, span: span,
                          columns: columns, rows: built.rows)
        return Result(table: table, diagnostics: diagnostics)
    }

    /// The dialect with the most evidence; the reader's guess breaks near-ties.
    static func choose(_ c: TableCandidate) -> any TableDialect.Type {
        var best: (any TableDialect.Type)? = nil
        var bestScore = -1.0
        let counts = TableLineCounts(c.lines)
        for d in dialects {
            let s = d.evidence(counts, c.lines) + (d.name == c.dialect ? 0.15 : 0)
            if s > bestScore { bestScore = s; best = d }
        }
        return best ?? ParagraphCellsDialect.self
    }
}
