/// STUB (regions helper replaces the identity part; citations etc. come from `ReferenceFinder`).
enum MetadataExtractor {
    struct Result {
        var metadata = Metadata()
        var citations: [Citation] = []
        var abbreviations: [Abbreviation] = []
        var footnotes: [Footnote] = []
        var diagnostics: [Diagnostic] = []
    }
    static func extract(_ blocks: [SourceBlock], outline: [Section]) -> Result {
        let refs = ReferenceFinder.find(blocks)
        return Result(citations: refs.citations, abbreviations: refs.abbreviations, footnotes: refs.footnotes,
                      diagnostics: refs.diagnostics)
    }
}
