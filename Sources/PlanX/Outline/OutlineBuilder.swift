/// STUB (outline helper replaces): every body block is a paragraph of one untitled section.
enum OutlineBuilder {
    struct Result { var sections: [Section]; var diagnostics: [Diagnostic] }
    static func build(_ blocks: [SourceBlock]) -> Result {
        var blocksOut: [Block] = []
        var tableIndex = 0
        for b in blocks where b.role == .body {
            if b.kind == .table {
                blocksOut.append(Block(kind: .table, text: "", line: b.line, table: tableIndex)); tableIndex += 1
            } else { blocksOut.append(Block(kind: .paragraph, text: b.text, line: b.line)) }
        }
        guard let first = blocks.first, let last = blocks.last else { return Result(sections: [], diagnostics: []) }
        return Result(sections: [Section(marker: nil, scheme: .caps, level: 1, title: nil, line: first.line,
            span: Span(startLine: first.line, endLine: last.endLine), blocks: blocksOut)], diagnostics: [])
    }
}
