/// Counts of line kinds inside a pipe block, from its header (or start) to its end.
struct PipeCensus: Sendable, Equatable {
    /// Lines holding a whole row: `1 | Sở Nội vụ | Quý I/2022 |`.
    var rowLines = 0
    /// Lines holding one cell: `Sở Nội vụ |`.
    var cellLines = 0
    /// Lines of pipes only: `|`, `| ||`.
    var pipeOnlyLines = 0
    /// Lines without any pipe (cell text of `lone_pipe`, continuations).
    var textLines = 0
    /// Markdown rules `|---|---|`.
    var ruleLines = 0
    /// The most text cells on one line.
    var maxCells = 0

    init() {}

    init(_ doc: ShapedLines, _ range: ClosedRange<Int>) {
        for i in range {
            let s = doc.shapes[i]
            if s.isBlank { continue }
            maxCells = max(maxCells, Int(s.cells))
            if s.flags.contains(.markdownRule) { ruleLines += 1 }
            else if s.flags.contains(.pipeOnly) { pipeOnlyLines += 1 }
            else if s.flags.contains(.innerPipe) { rowLines += 1 }
            else if s.isPipeLine { cellLines += 1 }
            else { textLines += 1 }
        }
    }
}
