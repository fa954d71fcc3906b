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

        func scan(_ text: String, line: Int, isFootnote: Bool) {
            guard !text.isEmpty else { return }
            if isFootnote { footnotes.addFootnote(text, line: line) }
            ReferenceBytes.withBytes(text) { s in
                CitationFinder.scan(s, line: line, into: &result.citations)
                AbbreviationFinder.scan(s, line: line, seen: &seenShort, into: &result.abbreviations)
                if !isFootnote { footnotes.scanBody(s, line: line) }
            }
        }

        for block in blocks where !block.role.isBoilerplate {
            let isFootnote = block.role == .footnote
            switch block.kind {
            case .text:
                scan(block.text, line: block.line, isFootnote: isFootnote)
            case .table:
                guard let table = block.table else { continue }
                if table.rows.isEmpty {
                    for raw in table.lines {
                        scan(TextNormalizer.normalize(raw.text), line: raw.number, isFootnote: isFootnote)
                    }
                } else {
                    for cell in table.rows.joined() {
                        scan(TextNormalizer.normalize(cell.text), line: cell.line, isFootnote: isFootnote)
                    }
                }
            }
        }
        result.footnotes = footnotes.footnotes
        result.diagnostics = footnotes.diagnostics()
        return result
    }
}
