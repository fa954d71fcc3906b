/// Not built yet (issue 4): reports that HTML is not supported and yields no blocks.
struct HTMLReader: DocumentReader {
    func read(_ source: DecodedSource) -> ReaderResult {
        ReaderResult(blocks: [], diagnostics: [
            Diagnostic(.error, "html.unsupported", "the HTML reader is not available in this build", line: nil)
        ])
    }
}
