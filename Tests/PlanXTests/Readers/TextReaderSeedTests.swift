import Foundation
import Testing
@testable import PlanX

/// Whole-document properties of the text reader on the corpus seeds.
@Suite("TextReader seeds")
struct TextReaderSeedTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus")

    static let seedNames = [
        "binh-duong-6832-2021", "son-la-2407-2021", "ha-giang-147-2024", "binh-thuan-2992-2021",
        "gia-lai-3638-2023",
    ]

    static func lines(_ name: String) throws -> [String] {
        let data = try Data(contentsOf: corpus.appendingPathComponent(name + ".txt"))
        return try InputDecoder.decode(data).lines
    }

    static func read(_ lines: [String]) -> ReaderResult {
        TextReader().read(DecodedSource(lines: lines, encoding: "utf-8", sha256: "", byteCount: 0, diagnostics: []))
    }

    static func regions(_ name: String) throws -> [String] {
        try read(lines(name)).blocks.compactMap { b in
            b.table.map { "\(b.line)-\(b.endLine) \($0.dialect)" }
        }
    }

    @Test(arguments: seedNames)
    func everyNonBlankLineIsInOneBlock(_ name: String) throws {
        let lines = try Self.lines(name)
        let problems = ReaderCoverage.problems(lines: lines, blocks: Self.read(lines).blocks)
        #expect(problems.isEmpty, "\(name): \(problems.prefix(5))")
    }

    @Test func dumpRegions() throws {
        for name in Self.seedNames { print("REGIONS", name, try Self.regions(name)) }
    }
}

extension TextReaderSeedTests {
    @Test func dumpBlocks() throws {
        for name in Self.seedNames {
            for b in Self.read(try Self.lines(name)).blocks where b.kind == .text && (b.style.contains(.layoutCell) || b.role == .separator) {
                print("BLOCK", name, b.line, b.endLine, b.role, b.style.rawValue, b.text.prefix(60))
            }
        }
    }
}
