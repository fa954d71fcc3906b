/// Splits a text document into table regions, layout boxes and plain lines.
///
/// Pipe blocks (`PipeBlockScanner`) are tables from their first header line on
/// (`TT | Nội dung nhiệm vụ |`, `STT |`), or — without a header — when their dialect says
/// the shape is a data table; the rest of a block is a layout box (`ỦY BAN NHÂN DÂN |
/// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |`, `Số hiệu | 6832/KH-UBND |`). Other forms are
/// found from the line where they start (`LineTableDialect`). Title lines above a table
/// are never part of it.
enum TableRegionFinder {
    /// One piece of the document, in source order.
    enum Segment: Sendable, Equatable {
        case table(TableRegion)
        /// Lines `first...last` of a layout box, read cell by cell.
        case layout(first: Int, last: Int)
    }

    /// Pipe forms, most specific first; the last one takes any pipe block.
    static let pipeDialects: [any PipeTableDialect] = [
        MarkdownRegion(), PipeRowsRegion(), LonePipeRegion(), PipeCellsRegion(),
    ]
    /// Forms found from their first line.
    static let lineDialects: [any LineTableDialect] = [TabCellsRegion(), PdfTextRegion(), ParagraphCellsRegion()]

    static func segments(_ doc: ShapedLines) -> [Segment] {
        var out: [Segment] = []
        var i = 0
        while i < doc.count {
            let shape = doc.shapes[i]
            if shape.isBlank && !shape.flags.contains(.tabLead) {
                i += 1
                continue
            }
            if PipeBlockScanner.startsBlock(at: i, in: doc) {
                let last = PipeBlockScanner.blockEnd(from: i, in: doc)
                out += pipeSegments(doc, first: i, last: last)
                i = last + 1
                continue
            }
            if shape.flags.contains(.tabLead) || shape.flags.contains(.loneHeader) {
                if let region = lineDialects.lazy.compactMap({ $0.region(startingAt: i, in: doc) }).first {
                    out.append(.table(region))
                    i = region.last + 1
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// A pipe block as a layout box, a table, or a layout box followed by a table.
    private static func pipeSegments(_ doc: ShapedLines, first: Int, last: Int) -> [Segment] {
        var header: Int? = nil
        for k in first...last where doc.isHeaderLine(k) {
            header = k
            break
        }
        let start = header ?? first
        let census = PipeCensus(doc, start...last)
        let dialect = pipeDialects.first { $0.accepts(census) } ?? PipeCellsRegion()
        var tableStart = header
        if tableStart == nil, dialect.isTableWithoutHeader(census) {
            tableStart = dialect is MarkdownRegion ? markdownHeader(doc, first: first, last: last) : first
        }
        guard let from = tableStart else { return [.layout(first: first, last: last)] }
        var region = TableRegion(first: from, last: last, dialect: dialect.name)
        if header == nil && !(dialect is MarkdownRegion) { region.diagnostics.append(.tableWithoutHeader(dialect: dialect.name, line: from + 1)) }
        var out: [Segment] = []
        if from > first { out.append(.layout(first: first, last: from - 1)) }
        out.append(.table(region))
        return out
    }

    /// The line above the first `|---|` rule.
    private static func markdownHeader(_ doc: ShapedLines, first: Int, last: Int) -> Int {
        for k in first...last where doc.shapes[k].flags.contains(.markdownRule) { return max(first, k - 1) }
        return first
    }
}
