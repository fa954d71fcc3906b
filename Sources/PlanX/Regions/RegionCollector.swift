/// Turns the roles of non-body blocks into merged line ranges for the output's `regions`.
///
/// Adjacent blocks of the same role merge into one region (blank lines between them
/// included), so the output stays short: the header block is one region, not six.
enum RegionCollector {
    static func collect(_ blocks: [SourceBlock]) -> [Region] {
        var out: [Region] = []
        var previousRole: BlockRole?
        for block in blocks {
            defer { previousRole = block.role }
            guard block.role != .body else { continue }
            let kind = block.role.rawValue
            if previousRole == block.role, var last = out.last, last.kind == kind {
                last.span.endLine = max(last.span.endLine, block.endLine)
                out[out.count - 1] = last
            } else {
                out.append(Region(kind: kind, span: Span(startLine: block.line, endLine: block.endLine)))
            }
        }
        return out
    }
}
