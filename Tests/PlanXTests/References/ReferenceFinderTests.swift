import Testing
@testable import PlanX

@Suite("Reference finder")
struct ReferenceFinderTests {
    @Test func boilerplateBlocksAreNotScanned() {
        var related = SourceBlock.text("- 1Nghị định 16/2015/NĐ-CP Quy định cơ chế tự chủ", line: 1)
        related.role = .relatedDocuments
        var repeated = SourceBlock.text("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ", line: 45)
        repeated.role = .repeated
        let result = ReferenceFinder.find([
            related,
            .text("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ", line: 15, role: .basis),
            repeated,
        ])
        #expect(result.citations.map(\.line) == [15])
    }

    @Test func textTableLinesAreNormalisedAndKeepTheirLines() {
        var table = SourceBlock(kind: .table, text: "", line: 370, endLine: 372)
        table.table = TableCandidate(dialect: "pipe_rows", lines: [
            RawLine(number: 370, text: "17 |  Thực hiện   theo Kế hoạch số 3164/KH- UBND ngày 20/8/2020 của UBND tỉnh | Sở Nội vụ |"),
            RawLine(number: 371, text: ""),
            RawLine(number: 372, text: "| Công tác cải cách hành chính (CCHC) |"),
        ])
        let result = ReferenceFinder.find([table])
        #expect(result.citations == [
            Citation(kind: "Kế hoạch", number: "3164/KH-UBND", issuer: "UBND tỉnh", date: "2020-08-20", line: 370),
        ])
        #expect(result.abbreviations == [Abbreviation(short: "CCHC", long: "cải cách hành chính", line: 372)])
    }

    @Test func htmlTableCellsAreScannedAtTheirLines() {
        var table = SourceBlock(kind: .table, text: "", line: 200, endLine: 230)
        table.table = TableCandidate(dialect: "html", rows: [
            [RawCell(text: "1", line: 201), RawCell(text: "Triển khai Nghị định số 107/2021/NĐ-CP", line: 202)],
            [RawCell(text: "2", line: 210), RawCell(text: "Theo Quyết định số 468/QĐ-TTg ngày 27/3/2021", line: 211)],
        ])
        let result = ReferenceFinder.find([table])
        #expect(result.citations.map(\.line) == [202, 211])
        #expect(result.citations.map(\.issuer) == ["Chính phủ", "Thủ tướng Chính phủ"])
    }

    @Test func firstAbbreviationDefinitionWinsAcrossBlocks() {
        let result = ReferenceFinder.find([
            .text("công tác cải cách hành chính (CCHC) năm 2024", line: 10),
            .text("cải cách hành chính (sau đây viết tắt là CCHC)", line: 20),
        ])
        #expect(result.abbreviations == [Abbreviation(short: "CCHC", long: "cải cách hành chính", line: 10)])
    }

    @Test func issuerStopsAtAParagraphBreakInsideACell() {
        var table = SourceBlock(kind: .table, text: "", line: 300, endLine: 310)
        table.table = TableCandidate(dialect: "html", rows: [
            [RawCell(text: "Theo Kế hoạch số 183/KH-UBND ngày 26/01/2022 của UBND tỉnh\nSở Nội vụ chủ trì", line: 301)],
        ])
        let result = ReferenceFinder.find([table])
        #expect(result.citations.map(\.issuer) == ["UBND tỉnh"])
    }

    @Test(arguments: [
        "", "(", ")", "[", "[1", "¹", "Luật", "Luật 2015", "Nghị quyết số", "Nghị quyết số 7", "Quyết định số 1/",
        "Nghị định số 15/2020/NĐ- ", "ngày 3 0/", "của", "Kế hoạch số 12/KH-UBND ngày", "Tờ trình ngày 31/2/",
        "Thông tư 01/20 2", "(sau đây viết tắt là)", "a (BC)", "x“Nghị quyết 1-NQ/TW”", "Chính phủ5", "\u{E2}",
    ])
    func truncatedInputsGiveNoTrapAndNoNonsense(_ text: String) {
        let result = ReferenceFinder.find([.text(text, line: 1)])
        #expect(result.citations.allSatisfy { !$0.kind.isEmpty && ($0.number.map { !$0.isEmpty } ?? true) })
        #expect(result.abbreviations.allSatisfy { !$0.short.isEmpty && !$0.long.isEmpty })
    }
}
