@testable import PlanX

/// Which source lines a document's JSON accounts for: outline headings and blocks,
/// table spans, and regions (metadata and boilerplate).
enum LineAccounting {
    static func coveredLines(_ doc: PlanDocument) -> Set<Int> {
        var covered = Set<Int>()
        func addBlock(_ b: Block) {
            covered.formUnion(b.line...max(b.line, b.endLine))
            b.children.forEach(addBlock)
        }
        func addSection(_ s: Section) {
            covered.formUnion(s.headingSpan.startLine...s.headingSpan.endLine)
            s.blocks.forEach(addBlock)
            s.children.forEach(addSection)
        }
        doc.outline.forEach(addSection)
        for t in doc.tables { covered.formUnion(t.span.startLine...t.span.endLine) }
        for r in doc.regions { covered.formUnion(r.span.startLine...r.span.endLine) }
        return covered
    }

    /// Source lines (1-based) that hold something other than white space.
    static func nonBlankLines(_ text: String) -> [Int] {
        var out: [Int] = []
        var lines = text.utf8.split(separator: 10, omittingEmptySubsequences: false)  // LF only, CR kept
        if lines.last?.isEmpty == true { lines.removeLast() }
        for (i, line) in lines.enumerated() {
            let scalars = String(decoding: line, as: UTF8.self).unicodeScalars
            if scalars.contains(where: { !isSpace($0) }) { out.append(i + 1) }
        }
        return out
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0D, 0xA0, 0x200B, 0x200C, 0x200D, 0xFEFF, 0x2060: return true
        default: return false
        }
    }
}
