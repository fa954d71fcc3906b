import Testing
@testable import PlanX

/// Structured input (HTML) with explicit spans.
@Suite("Span recovery")
struct SpanRecoveryTests {
    static func cell(_ t: String, _ line: Int, rows: Int = 1, cols: Int = 1, header: Bool = false) -> RawCell {
        RawCell(text: t, line: line, rowspan: rows, colspan: cols, isHeader: header)
    }

    @Test func rowspanAndColspanExpandIntoGridWithMultiLevelHeader() {
        let rows: [[RawCell]] = [
            [Self.cell("STT", 1, rows: 2, header: true), Self.cell("Nội dung", 1, rows: 2, header: true),
             Self.cell("Phân công trách nhiệm", 1, cols: 2, header: true), Self.cell("Thời hạn", 1, rows: 2, header: true)],
            [Self.cell("Chủ trì", 2, header: true), Self.cell("Phối hợp", 2, header: true)],
            [Self.cell("1", 3), Self.cell("Rà soát văn bản", 3, rows: 2), Self.cell("Sở Tư pháp", 3), Self.cell("Các sở", 3), Self.cell("Quý I/2024", 3)],
            [Self.cell("2", 4), Self.cell("Sở Nội vụ", 4), Self.cell("UBND cấp huyện", 4), Self.cell("Quý II/2024", 4)],
        ]
        let r = TableReconstructor.rebuild(TableCandidate(dialect: "html", rows: rows), id: "table-1", span: Span(startLine: 1, endLine: 4))
        let t = r.table
        #expect(t.dialect == "html")
        #expect(t.columns.map(\.header) == ["STT", "Nội dung", "Phân công trách nhiệm / Chủ trì", "Phân công trách nhiệm / Phối hợp", "Thời hạn"])
        #expect(t.columns.map(\.field) == ["stt", "task", "lead", "partners", "deadline"])
        #expect(t.rows.count == 2)
        #expect(t.rows[1].cells == ["2", "Rà soát văn bản", "Sở Nội vụ", "UBND cấp huyện", "Quý II/2024"])
        #expect(t.rows[1].continues == 3)
        #expect(t.rows[0].continues == nil)
    }

    @Test func rowspanPastTheTableIsClampedAndReported() {
        let rows: [[RawCell]] = [
            [Self.cell("STT", 1, header: true), Self.cell("Nội dung", 1, header: true)],
            [Self.cell("1", 2), Self.cell("Rà soát", 2, rows: 9)],
        ]
        let r = SpanRecovery.expand(rows)
        #expect(r.grid.rows.count == 2)
        #expect(r.diagnostics.map(\.code) == ["tables.span-clamped"])
    }
}
