/// STUB (metadata helper replaces).
enum MetadataExtractor {
    struct Result {
        var metadata = Metadata()
        var citations: [Citation] = []
        var abbreviations: [Abbreviation] = []
        var footnotes: [Footnote] = []
        var diagnostics: [Diagnostic] = []
    }
    static func extract(_ blocks: [SourceBlock], outline: [Section]) -> Result { Result() }
}
