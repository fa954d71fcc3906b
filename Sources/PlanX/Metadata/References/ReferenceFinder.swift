/// Finds what a document says about other documents and about its own words: citations of legal
/// documents, the abbreviations it defines, and its footnotes.
///
/// Consumes the blocks after the Regions stage, in order, skipping boilerplate roles: a `.text` block is
/// one line of normalised text at `line`; a `.table` block contributes its raw lines (normalised here,
/// each at its own line) or, for HTML, its cells at their lines. Blocks with role `.footnote` are the
/// footnote texts. Never changes a block, never throws; problems are `references.*` diagnostics.
///
/// Example: `Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ …` gives one citation
/// (`Nghị quyết`, `76/NQ-CP`, `Chính phủ`, `2021-07-15`); `cải cách hành chính (CCHC)` one abbreviation.
enum ReferenceFinder {
    struct Result: Sendable {
        var citations: [Citation] = []
        var abbreviations: [Abbreviation] = []
        var footnotes: [Footnote] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Scans every non-boilerplate block (text and table lines) in document order.
    static func find(_ blocks: [SourceBlock]) -> Result {
        var result = Result()
        var seenShort = Set<String>()
        var footnotes = FootnoteFinder()
        // Footnote texts first: they decide whether digits glued to words are markers.
        // Indices, not `for block in blocks`: no copy (and retain) of every block.
        for b in blocks.indices where blocks[b].role == .footnote {
            forEachLine(blocks[b]) { footnotes.addFootnote($0, line: $1) }
        }
        for b in blocks.indices where !blocks[b].role.isBoilerplate {
            let isFootnote = blocks[b].role == .footnote
            forEachLine(blocks[b]) { text, line in
                ReferenceBytes.withBytes(text) { s in
                    CitationFinder.scan(s, line: line, into: &result.citations)
                    AbbreviationFinder.scan(s, line: line, seen: &seenShort, into: &result.abbreviations)
                    if !isFootnote { footnotes.scanBody(s, line: line) }
                }
            }
        }
        result.footnotes = footnotes.footnotes
        result.diagnostics = footnotes.diagnostics()
        return result
    }

    /// The block's non-empty lines of normalised text with their source lines.
    private static func forEachLine(_ block: SourceBlock, _ body: (String, Int) -> Void) {
        switch block.kind {
        case .text:
            if !block.text.isEmpty { body(block.text, block.line) }
        case .table:
            guard let table = block.table else { return }
            if table.rows.isEmpty {
                for raw in table.lines {
                    let text = TextNormalizer.normalize(raw.text)
                    if !text.isEmpty { body(text, raw.number) }
                }
            } else {
                for cell in table.rows.joined() {
                    let text = TextNormalizer.normalize(cell.text)
                    if !text.isEmpty { body(text, cell.line) }
                }
            }
        }
    }
}
