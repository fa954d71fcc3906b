import CLibXML2

/// Reads an HTML page (a site's page or Word's "Save as Web Page") into neutral blocks.
///
/// The page is parsed by libxml2 from the Input stage's UTF-8 text. The document is
/// found inside the page (`HTMLContentRoot`); text outside it becomes `.chrome` blocks.
/// Paragraphs (`p`, `div`, `li`, `h1`–`h6`, lines split at `<br>`) become `.text` blocks
/// at the line of their element in the HTML source, with bold/centred/heading hints. A
/// data `<table>` becomes one `.table` block whose candidate holds the cells as written
/// (spans not expanded); a layout table (header, signature) gives its cells' paragraphs
/// as `.layoutCell` text blocks.
struct HTMLReader: DocumentReader {
    func read(_ source: DecodedSource) -> ReaderResult {
        guard let document = HTMLDocument(utf8: source.utf8Bytes()), let root = document.root else {
            return ReaderResult(blocks: [], diagnostics: [.htmlEmpty()])
        }
        let content = HTMLContentRoot.find(in: root)
        var walker = HTMLParagraphWalker(contentRoot: content.node, splitTables: true)
        walker.walk(root)
        var result = ReaderResult(blocks: [], diagnostics: [.htmlContentRoot(rule: content.rule, line: content.node?.sourceLine)])
        for event in walker.events {
            switch event {
            case let .paragraph(p):
                result.blocks.append(.text(p.text, line: p.line, style: p.style, role: p.inContent ? .body : .chrome))
            case let .table(node, inContent):
                appendTable(node, inContent: inContent, to: &result)
            }
        }
        return result
    }

    private func appendTable(_ node: xmlNodePtr, inContent: Bool, to result: inout ReaderResult) {
        let table = HTMLTableReader.read(node)
        for line in table.clampedSpans { result.diagnostics.append(.htmlSpanClamped(line: line)) }
        let cells = table.rows.flatMap { $0 }
        guard !cells.isEmpty else { return }
        if !inContent || HTMLTableReader.isLayout(table.rows) {
            for cell in cells {
                var line = cell.line
                for paragraph in cell.text.split(separator: "\n") {
                    result.blocks.append(.text(String(paragraph), line: line, style: .layoutCell,
                                               role: inContent ? .body : .chrome))
                    line = max(line, cell.line)
                }
            }
            return
        }
        let first = cells.map(\.line).min() ?? node.sourceLine
        let last = cells.map(\.line).max() ?? first
        var block = SourceBlock(kind: .table, text: "", line: first, endLine: last)
        block.table = TableCandidate(dialect: "html", rows: table.rows)
        result.blocks.append(block)
    }
}
