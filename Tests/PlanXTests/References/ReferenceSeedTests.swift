import Testing
@testable import PlanX

/// Counts over the five sample documents, verified by hand against the text (grep and reading).
/// The blocks come from `ReferenceSeedBlocks` (no Regions stage), so site chrome and scraper repeats that the
/// Regions stage would drop are still counted here.
struct ReferenceSeedCounts: Sendable, CustomTestStringConvertible {
    var file: String
    var citations: Int
    var abbreviations: Int
    var footnotes: Int
    var missingFootnotes: Int
    /// Document number → how many times it is cited.
    var cited: [String: Int]
    var testDescription: String { file }
}

@Suite("References over the seeds")
struct ReferenceSeedTests {
    static let seeds: [ReferenceSeedCounts] = [
        // 6832/KH-UBND: lines 15/17/33 are repeated by the scraper at 45/47/63; `[1]` `[2]` have no texts.
        .init(file: "binh-duong-6832-2021.txt", citations: 30, abbreviations: 0, footnotes: 0, missingFootnotes: 2,
              cited: ["76/NQ-CP": 6, "23/CT-TTg": 6, "468/QĐ-TTg": 2, "130/2005/NĐ-CP": 2, "6832/KH-UBND": 2]),
        .init(file: "son-la-2407-2021.txt", citations: 18, abbreviations: 3, footnotes: 0, missingFootnotes: 0,
              cited: ["76/NQ-CP": 2, "2407/QĐ-UBND": 2, "813/TTr-SNV": 1, "19-NQ/TW": 1]),
        .init(file: "ha-giang-147-2024.txt", citations: 33, abbreviations: 7, footnotes: 1, missingFootnotes: 0,
              cited: ["59/2012/NĐ-CP": 4, "623/CT-UBND": 3, "04/NQ-CP": 2, "107,108/2020/NĐ-CP": 1]),
        // 2992/KH-UBND: texts 1–9 after the table answer the glued markers `Index1` … `cư9`.
        .init(file: "binh-thuan-2992-2021.txt", citations: 21, abbreviations: 2, footnotes: 9, missingFootnotes: 0,
              cited: ["3164/KH-UBND": 4, "06-CTr/TU": 2, "2992/KH-UBND": 3, "53/NQ-HĐND": 1]),
        .init(file: "gia-lai-3638-2023.txt", citations: 57, abbreviations: 4, footnotes: 0, missingFootnotes: 0,
              cited: ["602/QĐ-UBND": 4, "90/2020/NĐ-CP": 3, "258/QĐ-UBND": 3, "01/2023/TT-VPCP": 1]),
    ]

    @Test(arguments: seeds)
    func seedHasTheVerifiedCounts(_ seed: ReferenceSeedCounts) throws {
        let result = ReferenceFinder.find(try ReferenceSeedBlocks.blocks(seed.file))
        #expect(result.citations.count == seed.citations)
        #expect(result.abbreviations.count == seed.abbreviations)
        #expect(result.footnotes.count == seed.footnotes)
        #expect(result.diagnostics.filter { $0.code == "references.footnote-missing" }.count == seed.missingFootnotes)
        for (number, count) in seed.cited {
            #expect(result.citations.filter { $0.number == number }.count == count, "\(number)")
        }
        #expect(result.citations.allSatisfy { !$0.kind.isEmpty && $0.line > 0 })
    }

    @Test func sonLaDefinesItsAbbreviationsWhereTheyFirstAppear() throws {
        let result = ReferenceFinder.find(try ReferenceSeedBlocks.blocks("son-la-2407-2021.txt"))
        #expect(result.abbreviations == [
            Abbreviation(short: "CCHC", long: "cải cách hành chính", line: 30),
            Abbreviation(short: "QPPL", long: "quy phạm pháp luật", line: 40),
            Abbreviation(short: "TTHC", long: "thủ tục hành chính", line: 51),
        ])
        #expect(result.citations.prefix(3).map(\.kind) == ["Luật", "Luật", "Nghị quyết"])
    }

    @Test func binhDuongFootnoteMarkersWithoutTextsAreReported() throws {
        let result = ReferenceFinder.find(try ReferenceSeedBlocks.blocks("binh-duong-6832-2021.txt"))
        #expect(result.diagnostics == [
            .footnoteMissing(marker: "[1]", line: 96), .footnoteMissing(marker: "[2]", line: 96),
        ])
    }
}
