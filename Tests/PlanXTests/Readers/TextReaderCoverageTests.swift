import Testing
@testable import PlanX

/// The reader's invariant on generated inputs: every non-blank line is in exactly one block.
@Suite("TextReader coverage on generated inputs")
struct TextReaderCoverageTests {
    /// Deterministic generator (SplitMix64) so a failure can be replayed.
    struct Mix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Line kinds every dialect and layout box is made of.
    static let pieces = [
        "", "", " ", "\t", "\u{00A0}", "\u{200B}", "|", "| ||", "||", "-------", "* * *", "STT", "TT", "STT |",
        "\tSTT", "\t1", "\tSở Nội vụ", "\t\u{00A0}", "1", "1.1", "IV", "9.5", "100%", "Sở Nội vụ |", "Quý I/2024 |",
        "TT | Nội dung | Chủ trì |", "1 | Rà soát | Sở Tư pháp |", "Số hiệu | 12/KH-UBND |", "| CHỦ TỊCH |",
        "|---|---|", "| 1 | Rà soát |", "CỘNG HÒA XÃ HỘI", "CẢI CÁCH THỂ CHẾ", "HIỆU LỰC VĂN BẢN", "II. TỔ CHỨC THỰC HIỆN",
        "[1] Chú thích.", "Nơi nhận:", "- Bộ Nội vụ;", "Trên đây là Kế hoạch cải cách hành chính năm 2024.",
        "Nội dung |", "Nhiệm vụ", "a | b", "|a", "Sở Tư pháp", "Trong năm 2024",
    ]

    @Test(arguments: 0..<200)
    func randomDocumentIsFullyAccounted(_ seed: Int) {
        var rng = Mix(state: UInt64(seed) &* 7919)
        let count = Int.random(in: 1...120, using: &rng)
        var lines: [String] = []
        while lines.count < count {
            // Runs of one piece make table-like stretches; single picks mix them.
            let piece = Self.pieces.randomElement(using: &rng)!
            let run = Bool.random(using: &rng) ? 1 : Int.random(in: 2...6, using: &rng)
            for _ in 0..<run {
                lines.append(piece)
                if Int.random(in: 0..<3, using: &rng) == 0 { lines.append("") }
            }
        }
        let problems = ReaderCoverage.problems(lines: lines, blocks: TextReaderFixture.read(lines: lines).blocks)
        #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(3))")
    }

    @Test(arguments: TextReaderSeedTests.seedNames)
    func seedWithEveryThirdLineDroppedIsFullyAccounted(_ name: String) throws {
        let lines = try TextReaderSeedTests.lines(name).enumerated().filter { $0.offset % 3 != 1 }.map(\.element)
        let problems = ReaderCoverage.problems(lines: lines, blocks: TextReaderFixture.read(lines: lines).blocks)
        #expect(problems.isEmpty, "\(name): \(problems.prefix(3))")
    }

    @Test func emptyDocumentGivesNoBlocks() {
        #expect(TextReaderFixture.read(lines: []).blocks.isEmpty)
        #expect(TextReaderFixture.read(lines: ["", " ", "\t"]).blocks.isEmpty)
    }
}
