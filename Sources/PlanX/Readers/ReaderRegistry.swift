/// What every reader returns: neutral blocks plus what it was unsure of.
struct ReaderResult: Sendable {
    var blocks: [SourceBlock]
    var diagnostics: [Diagnostic] = []
}

/// A reader turns decoded input into neutral blocks; it never decides what a heading means.
protocol DocumentReader: Sendable {
    func read(_ source: DecodedSource) -> ReaderResult
}

/// Readers by format name; `--format` and format detection use these names.
enum ReaderRegistry {
    static let formats = ["text", "html"]

    static func reader(for format: String) -> (any DocumentReader)? {
        switch format {
        case "text": return TextReader()
        case "html": return HTMLReader()
        default: return nil
        }
    }
}
