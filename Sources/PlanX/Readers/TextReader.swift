/// Reads a plain-text document (a Word or web page copied as text) into neutral blocks.
///
/// Consumes `DecodedSource.lines`; yields, in source order:
/// - one `.text` block per non-blank line outside tables (`TextNormalizer.normalize`),
///   never merging two lines and never deciding what a heading is;
/// - one `.text` block with style `.layoutCell` per cell of a layout box (the header
///   `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |`, the signature, a site's
///   `Số hiệu | 6832/KH-UBND |` box) — the only blocks that span several lines;
/// - one `.table` block per table region with its raw lines and a dialect guess
///   (`pipe_rows`, `pipe_cells`, `tab_cells`, `paragraph_cells`, `lone_pipe`, `markdown`);
/// - `.separator` blocks for `-------`, `* * *`, lone `|`, NBSP-only lines.
///
/// Invariant: every non-blank line is inside exactly one block's `line...endLine`
/// (cells written on one line share it). Blank lines yield nothing.
/// Each line is classified once on its UTF-8 bytes (`LineShape`).
struct TextReader: DocumentReader {
    func read(_ source: DecodedSource) -> ReaderResult {
        let doc = ShapedLines(source.lines)
        let segments = TableRegionFinder.segments(doc)
        var blocks: [SourceBlock] = []
        blocks.reserveCapacity(doc.count / 2)
        var diagnostics: [Diagnostic] = []
        var i = 0
        var next = 0
        while i < doc.count {
            if next < segments.count {
                switch segments[next] {
                case .table(let region) where region.first == i:
                    blocks.append(tableBlock(region, doc))
                    diagnostics += region.diagnostics
                    i = region.last + 1
                    next += 1
                    continue
                case .layout(let first, let last) where first == i:
                    LayoutCells.blocks(doc, first: first, last: last, into: &blocks)
                    i = last + 1
                    next += 1
                    continue
                default: break
                }
            }
            if let block = lineBlock(i, doc) { blocks.append(block) }
            i += 1
        }
        return ReaderResult(blocks: blocks, diagnostics: diagnostics)
    }

    /// A line outside tables and layout boxes: text, separator, or nothing when blank.
    private func lineBlock(_ i: Int, _ doc: ShapedLines) -> SourceBlock? {
        let shape = doc.shapes[i]
        if shape.flags.contains(.void) { return nil }
        let text = TextNormalizer.normalize(doc.lines[i])
        if shape.isBlank || shape.flags.contains(.rule) || shape.flags.contains(.pipeOnly) {
            // `\u{00A0}` alone, `-------`, `|`: accounted for, not content.
            if shape.isBlank && !hasWideSpace(doc.lines[i]) { return nil }
            return .text(text, line: i + 1, role: .separator)
        }
        return .text(text, line: i + 1)
    }

    /// NBSP or zero-width characters: a written empty paragraph rather than a stray space.
    private func hasWideSpace(_ line: String) -> Bool {
        line.utf8.contains { $0 >= 0x80 }
    }

    private func tableBlock(_ region: TableRegion, _ doc: ShapedLines) -> SourceBlock {
        var lines: [RawLine] = []
        lines.reserveCapacity(region.last - region.first + 1)
        for k in region.first...region.last { lines.append(RawLine(number: k + 1, text: doc.lines[k])) }
        return SourceBlock(
            kind: .table, text: "", line: region.first + 1, endLine: region.last + 1,
            table: TableCandidate(dialect: region.dialect, lines: lines))
    }
}
