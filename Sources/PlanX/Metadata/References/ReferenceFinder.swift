/// STUB (refs helper replaces): citations, abbreviations and footnotes found in the text.
enum ReferenceFinder {
    struct Result: Sendable {
        var citations: [Citation] = []
        var abbreviations: [Abbreviation] = []
        var footnotes: [Footnote] = []
        var diagnostics: [Diagnostic] = []
    }
    /// Scans every non-boilerplate block (text and table lines) in document order.
    static func find(_ blocks: [SourceBlock]) -> Result { Result() }
}
