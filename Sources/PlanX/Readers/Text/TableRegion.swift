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
