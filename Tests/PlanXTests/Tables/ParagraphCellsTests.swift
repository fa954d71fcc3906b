import Testing
@testable import PlanX

/// Paragraph-per-cell tables: boundaries inferred from the header, STT sequence and column profiles.
@Suite("Paragraph cells")
struct ParagraphCellsTests {
    static let n = TableFixtures.nbsp

    /// Paragraphs separated by blank lines, as Word-to-web copies write them.
    static func paragraphs(_ items: [String]) -> String { items.joined(separator: "\n\n") }

    @Test func multiLevelHeaderAndMultiParagraphCells() {
        let text = Self.paragraphs([
            "STT", "Tiêu chí", "Điểm tối đa", "Yêu cầu của sản phẩm đầu ra", "Phân công trách nhiệm",
            "Thẩm quyền ban hành", "Mức độ hoàn thành", "Chủ trì", "Phối hợp",
            "1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "9.5", Self.n, Self.n, Self.n, Self.n,
            "1.1", "Thực hiện Kế hoạch năm", "1.5", "Kế hoạch của UBND tỉnh", "100%", "Sở Nội vụ", "Các sở, ban, ngành",
            "1.2", "Thực hiện chế độ báo cáo", "0.5", "- Báo cáo quý;", "- Báo cáo năm", "Đúng thời hạn", "Sở Nội vụ",
            "Các sở, ban, ngành;", "UBND các huyện, thành phố",
            "1.3", "Công tác kiểm tra", "2.0", "Kết luận kiểm tra", "Đạt 30%", "Sở Nội vụ", "Các đơn vị được kiểm tra",
        ])
        let (t, _) = TableFixtures.rebuild(text, dialect: "paragraph_cells")
        #expect(t.dialect == "paragraph_cells")
        #expect(t.columns.map(\.field) == ["stt", "task", "max_score", "output_authority", "output_completion", "lead", "partners"])
        #expect(t.columns[5].header == "Phân công trách nhiệm / Chủ trì")
        #expect(t.rows.map(\.stt) == ["1", "1.1", "1.2", "1.3"])
        #expect(t.rows.map(\.kind) == ["group", "data", "data", "data"])
        #expect(t.rows[2].cells == ["1.2", "Thực hiện chế độ báo cáo", "0.5", "- Báo cáo quý;\n- Báo cáo năm", "Đúng thời hạn",
                                    "Sở Nội vụ", "Các sở, ban, ngành;\nUBND các huyện, thành phố"])
        #expect(t.kind == "scores")
    }

    @Test func scoreValuesAreNotRowStarts() {
        let text = Self.paragraphs([
            "STT", "Tiêu chí", "Điểm tối đa", "Kết quả năm 2023", "Chủ trì",
            "1.1", "Kiểm tra", "2", "1.5", "Sở Nội vụ",
            "1.2", "Tuyên truyền", "1.0", "1.0", "Sở Thông tin và Truyền thông",
            "1.3", "Đối thoại", "1.5", "1.2", "Văn phòng UBND tỉnh",
        ])
        let (t, _) = TableFixtures.rebuild(text, dialect: "paragraph_cells")
        #expect(t.columns.map(\.field) == ["stt", "task", "max_score", "prior_result", "lead"])
        #expect(t.rows.map(\.cells) == [
            ["1.1", "Kiểm tra", "2", "1.5", "Sở Nội vụ"],
            ["1.2", "Tuyên truyền", "1.0", "1.0", "Sở Thông tin và Truyền thông"],
            ["1.3", "Đối thoại", "1.5", "1.2", "Văn phòng UBND tỉnh"],
        ])
    }

    @Test func hierarchicalRowsContinueFromAbove() {
        let text = Self.paragraphs([
            "STT", "Mục tiêu", "Nhiệm vụ", "Hoạt động", "Kết quả/ Sản phẩm", "Cơ quan thực hiện", "Cơ quan phối hợp",
            "Thời gian thực hiện", "Kinh phí",
            "I", "Cải cách thể chế",
            "1", "Nâng cao chất lượng văn bản.", "1. Hoàn thiện thể chế.", "1. Rà soát văn bản quy phạm pháp luật.",
            "Kế hoạch rà soát", "Sở Tư pháp", "Các sở, ban, ngành", "Quý I/2024", Self.n,
            "2. Hệ thống hóa văn bản quy phạm pháp luật.", "Báo cáo hệ thống hóa", "Sở Tư pháp", "Các sở, ban, ngành",
            "Quý IV/2024", Self.n,
            "- Báo cáo bổ sung", "Trước ngày 31/12/2024", Self.n,
            "2", "Kiểm soát thủ tục hành chính.", "2. Ban hành Kế hoạch kiểm soát.", "Dự thảo Kế hoạch",
            "Quyết định", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Trước ngày 31/12/2023", Self.n,
            "3", "Công khai thủ tục hành chính.", "3. Công bố danh mục.", "Cập nhật danh mục",
            "Quyết định công bố", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Trong năm 2024", Self.n,
            "4", "Đánh giá chỉ số.", "4. Tự đánh giá.", "Chấm điểm",
            "Báo cáo", "Sở Nội vụ", "Các sở, ban, ngành", "Quý I/2024", Self.n,
        ])
        let (t, _) = TableFixtures.rebuild(text, dialect: "paragraph_cells")
        #expect(t.columns.map(\.field) == ["stt", "objective", "task", "activity", "output", "lead", "partners", "deadline", "budget"])
        #expect(t.rows.map(\.kind) == ["group", "data", "data", "data", "data", "data", "data"])
        let second = t.rows[2], third = t.rows[3]
        #expect(second.continues == t.rows[1].line)
        #expect(second.cells[1...3] == ["Nâng cao chất lượng văn bản.", "1. Hoàn thiện thể chế.",
                                        "2. Hệ thống hóa văn bản quy phạm pháp luật."])
        #expect(second.cells[4] == "Báo cáo hệ thống hóa")
        // Output and deadline new; the agencies between them are spanned from above.
        #expect(third.cells[3...7] == ["2. Hệ thống hóa văn bản quy phạm pháp luật.", "- Báo cáo bổ sung", "Sở Tư pháp",
                                       "Các sở, ban, ngành", "Trước ngày 31/12/2024"])
        #expect(third.continues == second.line)
        #expect(t.rows[4].stt == "2" && t.rows[4].continues == nil)
    }
}
