import Testing
@testable import PlanX

/// The cell parsers are total: odd, truncated or hostile cells give a value, never a crash.
@Suite("Task cell parsers are total")
struct TaskParsersTotalityTests {
    static let odd: [String] = [
        "", " ", "\u{A0}", "(", ")", "(((", ":", ";;", "-", "- -", "Sở", "UBND", "các", "cấp xã", "Quý", "năm", "-/-",
        "2024-", "/2024", "Từ", "đến", "và", "Sở,", ", Sở Nội vụ", "UBND cấp huyện,", "Quý IV/", "ngày 31/", "tháng 0/2024",
        "Trước ngày", "Sau", "Theo", "hàng", "99999999999999999999", "Sở Nội vụ: ", "(Sở Nội vụ", "Sở Nội vụ)",
        "🙂 Quý I/2024", "Quý I/2024 🙂", "Ủy ban nhân dân\ncấp huyện", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        String(repeating: "Sở Nội vụ, ", count: 200), String(repeating: "Quý I; ", count: 200),
        "Sở Lao động - ", "- Thương binh", "Văn phòng UBND tỉnh (", "Các", "những", "Thường xuyên trong năm 1800",
        "Năm 2100 - 2101", "Quý IV/1899", "ngày 29/2/2023", "Từ tháng 3 đến", "Giai đoạn 2025-2021",
    ]

    @Test(arguments: odd)
    func deadlineParserKeepsTheTextAndNeverGuessesDatesItCannotCheck(_ text: String) {
        let d = DeadlineParser.parse(text, defaultYear: 2024)
        #expect(d.text == CellSplitter.trimmed(text))
        if let s = d.start, let e = d.end { #expect(s <= e) }
    }

    @Test(arguments: odd)
    func agencyParserNamesOnlyNonEmptyBodies(_ text: String) {
        for a in AgencyParser.parse(text) {
            #expect(!a.name.isEmpty)
            #expect(!a.text.isEmpty)
            #expect(["department", "office", "committee", "central", "group", "other"].contains(a.kind))
        }
    }

    @Test(arguments: odd)
    func otherCellParsersAnswer(_ text: String) {
        _ = OutputSplitter.split(text)
        _ = BudgetParser.parse(text)
        _ = ScoreParser.parse(text)
        _ = PlanYear.stated(in: text)
    }

    @Test func invalidDatesAreUnknown() {
        #expect(DeadlineParser.parse("ngày 29/2/2023", defaultYear: nil).kind == .unknown)
        #expect(DeadlineParser.parse("Quý IV/1899", defaultYear: nil).kind == .unknown)
        #expect(DeadlineParser.parse("Giai đoạn 2025-2021", defaultYear: nil).kind == .unknown)
    }
}
