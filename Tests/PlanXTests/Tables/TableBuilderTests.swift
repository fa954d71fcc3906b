import Testing
@testable import PlanX

@Suite("Table builder")
struct TableBuilderTests {
    static func table(_ text: String, line: Int, role: BlockRole = .body) -> SourceBlock {
        let c = TableFixtures.candidate(text, dialect: "pipe_rows", first: line)
        return SourceBlock(kind: .table, text: "", line: line, endLine: line + c.lines.count - 1, role: role, table: c)
    }

    @Test func titleAndCaptionComeFromBlocksAboveAndIdsFollowBodyTables() {
        let blocks: [SourceBlock] = [
            .text("Nơi nhận: như trên.", line: 1),
            .text("PHỤ LỤC", line: 2),
            .text("DANH MỤC NHIỆM VỤ NĂM 2024", line: 3),
            .text("(Kèm theo Kế hoạch số 12/KH-UBND ngày 5 tháng 1 năm 2024)", line: 4),
            Self.table("STT | Nội dung | Chủ trì |\n1 | Rà soát | Sở Tư pháp |", line: 5),
            Self.table("Số hiệu | 12/KH-UBND |", line: 8, role: .siteMetadata),
            .text("Thực hiện tốt các nhiệm vụ trên.", line: 10),
            Self.table("STT | Nội dung | Thời hạn |\n1 | Kiểm tra | Quý I/2024 |", line: 11),
        ]
        let r = TableBuilder.build(blocks)
        #expect(r.tables.map(\.id) == ["table-1", "table-2"])
        #expect(r.tables[0].title == "PHỤ LỤC\nDANH MỤC NHIỆM VỤ NĂM 2024")
        #expect(r.tables[0].caption == "(Kèm theo Kế hoạch số 12/KH-UBND ngày 5 tháng 1 năm 2024)")
        #expect(r.tables[0].span == Span(startLine: 5, endLine: 6))
        #expect(r.tables[1].title == nil && r.tables[1].caption == nil)
        #expect(r.tables[1].columns.map(\.field) == ["stt", "task", "deadline"])
    }

    @Test func captionWrappedOverTwoBlocksIsJoined() {
        let blocks: [SourceBlock] = [
            .text("NHỮNG NHIỆM VỤ TRỌNG TÂM NĂM 2022", line: 1),
            .text("(Ban hành kèm theo Kế hoạch số 6832/KH-UBND ngày 30 tháng 12 năm 2021 của Ủy", line: 2),
            .text("ban nhân dân tỉnh Bình Dương)", line: 3),
            Self.table("STT | Nội dung |\n1 | Rà soát |", line: 4),
        ]
        let t = TableBuilder.build(blocks).tables[0]
        #expect(t.title == "NHỮNG NHIỆM VỤ TRỌNG TÂM NĂM 2022")
        #expect(t.caption == "(Ban hành kèm theo Kế hoạch số 6832/KH-UBND ngày 30 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh Bình Dương)")
    }

    @Test func tabCellsEndingInsideARowAreKeptWithWarning() {
        let blocks: [SourceBlock] = [
            SourceBlock(kind: .table, text: "", line: 1, endLine: 9, table: TableFixtures.candidate(
                "\tSTT\n\tNội dung\n\tChủ trì\n\tThời gian\n\n\t1\n\tRà soát\n\tSở Tư pháp\n\tQuý I\n\n\t2\n\tKiểm tra", dialect: "tab_cells", first: 1)),
        ]
        let r = TableBuilder.build(blocks)
        #expect(r.tables[0].rows.count == 2)
        #expect(r.tables[0].rows[1].cells == ["2", "Kiểm tra", "", ""])
        #expect(r.diagnostics.map(\.code) == ["tables.truncated"])
        #expect(r.diagnostics.first?.line == 11)
    }
}
