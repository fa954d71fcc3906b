/// Turns the boilerplate roles of blocks into merged line ranges for the output.
///
/// Consecutive blocks of one kind make one range, across the blank lines between them
/// (which produce no blocks): chrome on lines 1, 3, 5, 7–10 is `site_chrome 1–10`.
enum BoilerplateCollector {
    static func collect(_ blocks: [SourceBlock]) -> [Boilerplate] {
        var out: [Boilerplate] = []
        var previous: BlockRole? = nil
        for block in blocks {
            defer { previous = block.role }
            guard block.role.isBoilerplate else { continue }
            let kind = block.role.rawValue
            if var last = out.last, last.kind == kind, previous == block.role || last.span.endLine + 1 >= block.line {
                last.span.endLine = max(last.span.endLine, block.endLine)
                out[out.count - 1] = last
            } else {
                out.append(Boilerplate(kind: kind, span: Span(startLine: block.line, endLine: block.endLine)))
            }
        }
        return out
    }
}
