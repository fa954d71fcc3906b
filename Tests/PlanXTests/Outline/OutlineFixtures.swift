import Foundation
@testable import PlanX

/// Builds reader-like blocks for Outline tests without the Reader and Regions stages.
enum OutlineFixtures {
    /// One `.text` body block per non-blank line (1-based line numbers of `text`).
    static func blocks(from text: String) -> [SourceBlock] {
        var out: [SourceBlock] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let t = TextNormalizer.normalize(raw)
            if !t.isEmpty { out.append(.text(t, line: i + 1)) }
        }
        return out
    }

    /// Blocks of a corpus document: runs of lines that hold `|` or start with a tab become one
    /// table block (a crude stand-in for the readers' table candidates); other non-blank lines
    /// are text blocks. Everything is `body`, as if Regions found nothing.
    static func corpusBlocks(_ name: String) throws -> [SourceBlock] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../corpus/\(name)").standardized
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [SourceBlock] = []
        var tableStart: Int?
        var tableEnd = 0
        func closeTable() {
            if let s = tableStart {
                out.append(SourceBlock(kind: .table, text: "", line: s, endLine: tableEnd,
                                       table: TableCandidate(dialect: "test")))
            }
            tableStart = nil
        }
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = i + 1
            if raw.contains("|") || raw.hasPrefix("\t") {
                if tableStart == nil { tableStart = line }
                tableEnd = line
                continue
            }
            let t = TextNormalizer.normalize(raw)
            if t.isEmpty { continue }
            closeTable()
            out.append(.text(t, line: line))
        }
        closeTable()
        return out
    }

    static let corpusNames = [
        "binh-duong-6832-2021.txt", "son-la-2407-2021.txt", "ha-giang-147-2024.txt",
        "binh-thuan-2992-2021.txt", "gia-lai-3638-2023.txt",
    ]

    /// A compact view of the tree: one line per section, indented by level.
    static func dump(_ sections: [Section], maxLevel: Int = 99) -> String {
        var out = ""
        func walk(_ s: Section) {
            guard s.level <= maxLevel else { return }
            let indent = String(repeating: "  ", count: s.level - 1)
            out += "\(indent)\(s.marker ?? "·") [\(s.scheme.rawValue)] \(s.title.map { String($0.prefix(60)) } ?? "—") "
            out += "@\(s.line)…\(s.span.endLine) blocks=\(s.blocks.count)\n"
            s.children.forEach(walk)
        }
        sections.forEach(walk)
        return out
    }

    /// Every section, depth first.
    static func allSections(_ sections: [Section]) -> [Section] {
        sections.flatMap { [$0] + allSections($0.children) }
    }

    /// Every block, nested bullets included.
    static func allBlocks(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { [$0] + allBlocks($0.children) }
    }
}
