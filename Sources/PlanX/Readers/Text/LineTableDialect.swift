/// A table form recognised from the line where it starts (`tab_cells`, `paragraph_cells`).
///
/// One type per form, each in its own file under `Dialects/`; adding a form adds a file
/// and an entry in `TableRegionFinder.lineDialects`.
protocol LineTableDialect: Sendable {
    var name: String { get }
    /// The table starting at line `index`, or nil when this form does not start there.
    func region(startingAt index: Int, in doc: ShapedLines) -> TableRegion?
}
