/// The Outline stage: turns the body blocks into the section tree of the document.
///
/// Consumes the reader's `SourceBlock`s after Regions; only `role == .body` blocks become
/// outline content. A header, title, signature or recipients block between body blocks
/// starts a new part (the numbering levels are forgotten), so the plan attached to a
/// decision does not nest under `Điều 3.`. Table blocks become `Block(kind: .table, table: n)`
/// with `n` counting body table blocks in order, as the Tables stage numbers them.
///
/// Guarantees: every body text line is in the tree once — as a heading, a block, or a
/// continuation of a heading's all-caps title; a line holding two headings
/// (`A. MỤC ĐÍCH, MỤC TIÊU, YÊU CẦU I. MỤC ĐÍCH`) or a heading glued to a paragraph gives two
/// nodes with the same line. `level` is the depth in the tree; a `span` runs from the heading
/// line to the last line of its last descendant. Text before the first heading of a part goes
/// into a section with `marker: nil, scheme: .caps, title: nil`, made only when there is such
/// text. Lost headings are never invented: a numbering jump (`3.` → `5.`) or restart (`3.` →
/// `1.` under the same parent) is reported as a warning diagnostic with its line.
///
/// Linear in the number of blocks; markers are read on UTF-8 bytes.
enum OutlineBuilder {
    struct Result { var sections: [Section]; var diagnostics: [Diagnostic] }

    static func build(_ blocks: [SourceBlock]) -> Result {
        var assembler = OutlineAssembler()
        var sawBody = false
        var pendingBoundary = false
        for block in blocks {
            guard block.role == .body else {
                if block.role.startsOutlinePart { pendingBoundary = true }
                continue
            }
            if pendingBoundary, sawBody { assembler.boundary() }
            pendingBoundary = false
            sawBody = true
            switch block.kind {
            case .table: assembler.addTable(line: block.line, endLine: block.endLine)
            case .text:
                if block.text.isEmpty { continue }
                assembler.addText(block.text, line: block.line, endLine: block.endLine, style: block.style)
            }
        }
        return Result(sections: assembler.tree.sections(), diagnostics: assembler.diagnostics)
    }
}
