/// STUB (tables helper replaces): each table candidate as raw rows, one per non-blank line.
enum TableBuilder {
    struct Result { var tables: [Table]; var diagnostics: [Diagnostic] }
    static func build(_ blocks: [SourceBlock]) -> Result {
        var tables: [Table] = []
        for b in blocks where b.kind == .table && b.role == .body {
            guard let c = b.table else { continue }
            let rows = c.lines.filter { !$0.text.allSatisfy(\.isWhitespace) }.map {
                Table.Row(kind: "raw", line: $0.number, cells: [TextNormalizer.normalize($0.text)])
            }
            tables.append(Table(id: "table-\(tables.count + 1)", kind: "raw", dialect: c.dialect,
                span: Span(startLine: b.line, endLine: b.endLine), rows: rows))
        }
        return Result(tables: tables, diagnostics: [])
    }
}
