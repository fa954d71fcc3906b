@testable import PlanX

/// Turns a multi-line string into reader-shaped blocks, standing in for the text reader:
/// one `.text` body block per non-blank line (normalised), lines of the form `a | b |`
/// split into `.layoutCell` blocks (one per non-empty cell, same line), and plain
/// separator lines (`-------`, a lone `|`) marked `.separator` as the reader does.
enum BlockFixture {
    /// - Parameter splitCells: false keeps a pipe line as one block, as a reader that does not
    ///   recognise layout rows would give it.
    static func blocks(_ text: String, splitCells: Bool = true) -> [SourceBlock] {
        var out: [SourceBlock] = []
        var number = 0
        text.enumerateLines { raw, _ in
            number += 1
            let line = TextNormalizer.normalize(raw)
            if line.isEmpty { return }
            if RegionText.isRule(line) {
                out.append(.text(line, line: number, role: .separator))
            } else if splitCells, line.contains("|") {
                let cells = line.split(separator: "|").map { TextNormalizer.normalize($0) }.filter { !$0.isEmpty }
                for cell in cells { out.append(.text(cell, line: number, style: .layoutCell)) }
            } else {
                out.append(.text(line, line: number))
            }
        }
        return out
    }

    /// Classifies `text` and returns the blocks with their roles.
    static func classified(_ text: String, splitCells: Bool = true) -> (blocks: [SourceBlock], diagnostics: [Diagnostic]) {
        var b = blocks(text, splitCells: splitCells)
        let d = RegionClassifier.classify(&b)
        return (b, d)
    }

    /// The role of the first block whose text starts with `prefix`.
    static func role(_ blocks: [SourceBlock], _ prefix: String) -> BlockRole? {
        blocks.first { $0.text.hasPrefix(prefix) }?.role
    }

    /// Merged line ranges per non-body role, e.g. `header 3-13`.
    static func ranges(_ blocks: [SourceBlock]) -> [String] {
        var out: [(String, Int, Int)] = []
        for b in blocks where b.role != .body {
            if let last = out.last, last.0 == b.role.rawValue, last.2 >= b.line - 2 {
                out[out.count - 1].2 = max(last.2, b.endLine)
            } else {
                out.append((b.role.rawValue, b.line, b.endLine))
            }
        }
        return out.map { "\($0.0) \($0.1)-\($0.2)" }
    }
}
