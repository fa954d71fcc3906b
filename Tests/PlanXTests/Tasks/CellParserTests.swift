import Testing
@testable import PlanX

@Suite("Output splitter")
struct OutputSplitterTests {
    @Test(arguments: [
        ("Quyết định; Báo cáo", ["Quyết định", "Báo cáo"]),
        ("- Kế hoạch\n- Báo cáo", ["Kế hoạch", "Báo cáo"]),
        ("- Các văn bản quy phạm pháp luật\n- Các báo cáo thẩm định, báo cáo tiếp thu\n- Các văn bản xin ý kiến..",
         ["Các văn bản quy phạm pháp luật", "Các báo cáo thẩm định, báo cáo tiếp thu", "Các văn bản xin ý kiến"]),
        ("- Kế hoạch của UBND tỉnh;\n- Báo cáo CCHC năm", ["Kế hoạch của UBND tỉnh", "Báo cáo CCHC năm"]),
        ("Báo cáo (quý; năm)", ["Báo cáo (quý; năm)"]),
        ("• Phần mềm", ["Phần mềm"]),
        ("Trung tâm giám sát", ["Trung tâm giám sát"]),
        ("Báo cáo. - Kế hoạch", ["Báo cáo", "Kế hoạch"]),
    ])
    func outputsSplitOnBulletsLinesAndSemicolons(_ text: String, _ outputs: [String]) {
        #expect(OutputSplitter.split(text) == outputs)
    }

    @Test func emptyCellHasNoOutputs() {
        #expect(OutputSplitter.split(" \u{A0} ").isEmpty)
    }
}

@Suite("Budget parser")
struct BudgetParserTests {
    @Test(arguments: [
        ("Ngân sách tỉnh", ["Ngân sách tỉnh"]),
        ("Ngân sách nhà nước", ["Ngân sách nhà nước"]),
        ("Ngân sách trung ương; ngân sách địa phương", ["Ngân sách trung ương", "Ngân sách địa phương"]),
        ("Ngân sách tỉnh và nguồn xã hội hóa", ["Ngân sách tỉnh", "Xã hội hóa"]),
        ("Nguồn xã hội hoá", ["Xã hội hóa"]),
        ("Kinh phí chi thường xuyên của cơ quan, đơn vị", ["Kinh phí chi thường xuyên"]),
        ("Từ nguồn NSNN và các nguồn hợp pháp khác", ["Ngân sách nhà nước", "Nguồn hợp pháp khác"]),
        ("Vốn đầu tư công, vốn ODA", ["Vốn đầu tư công", "Vốn ODA"]),
        ("Ngân sách cấp huyện, ngân sách huyện", ["Ngân sách cấp huyện"]),
        ("500 triệu đồng", []),
    ])
    func budgetKeepsTextAndNamesItsSources(_ text: String, _ sources: [String]) {
        #expect(BudgetParser.parse(text) == Task.Budget(text: text, sources: sources))
    }

    @Test func emptyBudgetCellIsNil() {
        #expect(BudgetParser.parse(" \u{A0}") == nil)
        #expect(BudgetParser.parse("-") == nil)
    }
}

@Suite("Score parser")
struct ScoreParserTests {
    @Test(arguments: [("9.5", 9.5), ("7,83", 7.83), ("87,73%", 87.73), ("1.42", 1.42), ("0.5", 0.5), ("100%", 100.0),
                      ("13.0", 13.0), (" 2.0 ", 2.0), ("1,5 điểm", 1.5)])
    func numberIsRead(_ text: String, _ value: Double) {
        #expect(ScoreParser.parse(text) == value)
    }

    @Test(arguments: ["Tăng so với năm 2023", "1,37/2,5", "", "-", "9.5.1", "Đạt 100 %", ".5", "5."])
    func anythingButOneNumberIsNil(_ text: String) {
        #expect(ScoreParser.parse(text) == nil)
    }
}

@Suite("Plan year")
struct PlanYearTests {
    @Test(arguments: [
        ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA TỈNH GIA LAI", 2024 as Int?),
        ("CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH BÌNH DƯƠNG NĂM 2022", 2022),
        ("Kế hoạch thực hiện nhiệm vụ trên địa bàn tỉnh năm 2021 và giai đoạn 2021-2025", 2021),
        ("CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH SƠN LA GIAI ĐOẠN 2021-2030", nil),
        ("Kế hoạch 6832/KH-UBND năm 2021 cải cách hành chính năm 2022", nil),
        ("Chương trình chuyển đổi số đến năm 2025", nil),
    ])
    func titleStatesOneYearOrNone(_ title: String, _ year: Int?) {
        #expect(PlanYear.stated(in: title) == year)
    }

    @Test func attachedPlanTitleComesFirst() {
        let m = Metadata(title: "QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH NĂM 2023",
                         plan: AttachedPlan(title: "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024", line: 30))
        #expect(PlanYear.of(m) == 2024)
        #expect(PlanYear.of(Metadata()) == nil)
    }
}
