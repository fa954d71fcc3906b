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

    /// Regions checked by eye against the seeds: header line to last row, titles and trailers outside.
    @Test(arguments: [
        ("binh-duong-6832-2021", ["175-461 pipe_cells"]),
        ("son-la-2407-2021", ["270-658 tab_cells"]),
        ("ha-giang-147-2024", ["298-2692 paragraph_cells"]),
        ("binh-thuan-2992-2021", ["233-316 pipe_rows", "318-325 pipe_rows", "329-382 pipe_rows"]),
        ("gia-lai-3638-2023", ["270-1326 paragraph_cells"]),
    ])
    func seedTableRegions(_ name: String, _ expected: [String]) throws {
        #expect(try Self.regions(name) == expected)
    }

    @Test func seedHeaderBoxesAreLayoutCells() throws {
        let blocks = Self.read(try Self.lines("binh-thuan-2992-2021")).blocks
        let cells = blocks.filter { $0.style.contains(.layoutCell) }.map { "\($0.line): \($0.text)" }
        #expect(cells == [
            "8: ỦY BAN NHÂN DÂN", "8: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "9: Số: 2992/KH-UBND",
            "9: Bình Thuận, ngày 12 tháng 8 năm 2021", "229: CHỦ TỊCH",
        ])
    }
}
