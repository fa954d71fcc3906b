/// STUB (text-reader helper replaces): one text block per non-blank line.
struct TextReader: DocumentReader {
    func read(_ source: DecodedSource) -> ReaderResult {
        var blocks: [SourceBlock] = []
        for (i, raw) in source.lines.enumerated() {
            let text = TextNormalizer.normalize(raw)
            if !text.isEmpty { blocks.append(.text(text, line: i + 1)) }
        }
        return ReaderResult(blocks: blocks)
    }
}
