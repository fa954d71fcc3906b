/// Turns the boilerplate roles of blocks into merged line ranges for the output.
enum BoilerplateCollector {
    static func collect(_ blocks: [SourceBlock]) -> [Boilerplate] {
        var out: [Boilerplate] = []
        for block in blocks where block.role.isBoilerplate {
            let kind = block.role.rawValue
            if var last = out.last, last.kind == kind, last.span.endLine + 1 >= block.line {
                last.span.endLine = max(last.span.endLine, block.endLine)
                out[out.count - 1] = last
            } else {
                out.append(Boilerplate(kind: kind, span: Span(startLine: block.line, endLine: block.endLine)))
            }
        }
        return out
    }
}
