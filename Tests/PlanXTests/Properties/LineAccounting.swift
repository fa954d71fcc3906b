@testable import PlanX

/// Which source lines a document's JSON accounts for: outline headings and blocks,
/// table spans, and regions (metadata and boilerplate).
enum LineAccounting {
    static func coveredLines(_ doc: PlanDocument) -> Set<Int> {
        var covered = Set<Int>()
        func addBlock(_ b: Block) {
            covered.insert(b.line)
            b.children.forEach(addBlock)
        }
        func addSection(_ s: Section) {
            covered.insert(s.line)
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
        var number = 0
        text.enumerateLinesKeepingCR { line in
            number += 1
            if line.unicodeScalars.contains(where: { !isSpace($0) }) { out.append(number) }
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

extension String {
    /// Calls `body` for each line split on LF only (CR kept), like the decoder's line numbering for LF files.
    func enumerateLinesKeepingCR(_ body: (Substring) -> Void) {
        var lines = self.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        lines.forEach(body)
    }
}
