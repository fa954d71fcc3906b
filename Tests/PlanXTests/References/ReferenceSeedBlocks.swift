import Foundation
@testable import PlanX

/// Test helper: a seed document as simple blocks, one `.text` body block per non-blank line, with
/// footnote texts marked `.footnote` and `- 1Nghị định …` lists marked `.relatedDocuments` — a stand-in for the Regions stage, which is not part of these tests.
enum ReferenceSeedBlocks {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus")

    static func blocks(_ name: String) throws -> [SourceBlock] {
        let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
        var blocks: [SourceBlock] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = TextNormalizer.normalize(raw)
            guard !line.isEmpty else { continue }
            // `- 1Nghị định …`: a site's related-documents list (numbers glued to the title).
            let related = line.hasPrefix("- ") && (line.dropFirst(2).first?.isNumber ?? false)
                && (line.dropFirst(2).drop(while: { $0.isNumber }).first?.isLetter ?? false)
            blocks.append(.text(line, line: index + 1, role: related ? .relatedDocuments : .body))
        }
        markFootnotes(&blocks)
        return blocks
    }

    /// Marks `[n] …` lines, and runs of two or more consecutive lines numbered `1 …`, `2 …`, … (a bare
    /// number and a space), as footnote texts.
    private static func markFootnotes(_ blocks: inout [SourceBlock]) {
        func bare(_ b: SourceBlock) -> String? {
            guard let first = b.text.first, first.isNumber, let (marker, _) = FootnoteFinder.split(b.text),
                  b.text.dropFirst(marker.count).first == " " else { return nil }
            return marker
        }
        var i = 0
        while i < blocks.count {
            if blocks[i].text.hasPrefix("["), FootnoteFinder.split(blocks[i].text) != nil {
                blocks[i].role = .footnote
                i += 1
                continue
            }
            var j = i
            while j < blocks.count, bare(blocks[j]) == String(j - i + 1) { j += 1 }
            if j - i >= 2 {
                for k in i..<j { blocks[k].role = .footnote }
                i = j
            } else {
                i += 1
            }
        }
    }
}
