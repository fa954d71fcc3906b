@testable import PlanX

/// Checks the reader's invariant: every non-blank line in exactly one block, blocks in order.
///
/// Layout cells written on one line may share that line; nothing else overlaps.
enum ReaderCoverage {
    static func isBlank(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { [" ", "\t", "\u{00A0}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}"].contains($0) }
    }

    static func problems(lines: [String], blocks: [SourceBlock]) -> [String] {
        var owner = [Int](repeating: -1, count: lines.count + 1)
        var problems: [String] = []
        var previousLine = 0
        for (index, block) in blocks.enumerated() {
            if block.line < previousLine { problems.append("block \(index) at \(block.line) out of order") }
            previousLine = block.line
            guard block.line >= 1, block.endLine >= block.line, block.endLine <= lines.count else {
                problems.append("block \(index) has bad span \(block.line)-\(block.endLine)")
                continue
            }
            for line in block.line...block.endLine {
                let other = owner[line]
                if other >= 0 {
                    let shared = blocks[other].style.contains(.layoutCell) && block.style.contains(.layoutCell)
                    if !shared { problems.append("line \(line) in blocks \(other) and \(index)") }
                }
                owner[line] = index
            }
        }
        for (i, line) in lines.enumerated() where owner[i + 1] < 0 && !isBlank(line) {
            problems.append("line \(i + 1) in no block: \(line.prefix(40))")
        }
        return problems
    }
}
