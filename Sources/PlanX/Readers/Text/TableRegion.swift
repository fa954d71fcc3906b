/// A span of source lines that a dialect claims as one table.
///
/// `first...last` are 0-based line indices; the region starts at the first header
/// line (or the first row when the header was lost) and ends at the last line of
/// the last row, blank lines inside included.
struct TableRegion: Sendable, Equatable {
    var first: Int
    var last: Int
    var dialect: String
    var diagnostics: [Diagnostic] = []
}

/// A table form recognised from the line where it starts (`tab_cells`, `paragraph_cells`).
///
/// One type per form, each in its own file under `Dialects/`; adding a form adds a file
/// and an entry in `TableRegionFinder.lineDialects`.
protocol LineTableDialect: Sendable {
    var name: String { get }
    /// The table starting at line `index`, or nil when this form does not start there.
    func region(startingAt index: Int, in doc: ShapedLines) -> TableRegion?
}

/// A table form written with pipes (`pipe_rows`, `pipe_cells`, `lone_pipe`, `markdown`).
///
/// Pipe forms share one block scanner (`PipeBlockScanner`); a dialect only says
/// whether a block's composition is its own and whether a block without a header
/// row is still a table rather than a layout box.
protocol PipeTableDialect: Sendable {
    var name: String { get }
    func accepts(_ census: PipeCensus) -> Bool
    /// For a block with no header row: is it a data table (true) or a layout box?
    func isTableWithoutHeader(_ census: PipeCensus) -> Bool
}

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
