/// The Tables stage: every body table candidate rebuilt into a `Table`, in document order.
///
/// Consumes the blocks of the Reader/Regions stages; the n-th `kind == .table, role == .body`
/// block becomes `tables[n]` with id `table-<n+1>` (Outline refers to tables by that index).
/// Title and caption are read — not changed — from the text blocks just above the region:
/// all-caps lines, `PHỤ LỤC …`, `BIỂU …` make the title (joined by "\n"), a `(Kèm theo …)` line the
/// caption. Header rows are not repeated in `rows`; `columns` describes them. Never throws: what
/// it cannot rebuild it reports in `diagnostics`.
enum TableBuilder {
    struct Result { var tables: [Table]; var diagnostics: [Diagnostic] }

    static func build(_ blocks: [SourceBlock]) -> Result {
        var tables: [Table] = []
        var diagnostics: [Diagnostic] = []
        for (index, b) in blocks.enumerated() where b.kind == .table && b.role == .body {
            let span = Span(startLine: b.line, endLine: b.endLine)
            let id = "table-\(tables.count + 1)"
            guard let c = b.table else {
                tables.append(Table(id: id, kind: "raw", dialect: "unknown", span: span))
                continue
            }
            let rebuilt = TableReconstructor.rebuild(c, id: id, span: span)
            var table = rebuilt.table
            let heading = TableHeading.find(before: index, in: blocks)
            table.title = heading.title
            table.caption = heading.caption
            tables.append(table)
            diagnostics += rebuilt.diagnostics
        }
        return Result(tables: tables, diagnostics: diagnostics)
    }
}
