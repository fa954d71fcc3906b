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
