import Testing
@testable import PlanX

@Suite("Footnotes")
struct FootnoteFinderTests {
    @Test(arguments: [
        ("1 Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.", "1", "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ."),
        ("[1] Năm 2023 chỉ số Par index đạt 87,73%.", "1", "Năm 2023 chỉ số Par index đạt 87,73%."),
        ("12. Theo kết quả khảo sát năm 2020", "12", "Theo kết quả khảo sát năm 2020"),
        ("(3) Kế hoạch số 951/KH-UBND", "3", "Kế hoạch số 951/KH-UBND"),
        ("² Số liệu của Cục Thống kê", "2", "Số liệu của Cục Thống kê"),
        ("4Kế hoạch số 951/KH-UBND", "4", "Kế hoạch số 951/KH-UBND"),
    ])
    func footnoteTextSplitsIntoMarkerAndText(_ text: String, _ marker: String, _ rest: String) throws {
        let split = try #require(FootnoteFinder.split(text))
        #expect(split.marker == marker)
        #expect(split.text == rest)
    }

    @Test(arguments: ["2021 là năm bản lề", "1.5 triệu đồng", "Ghi chú: không có", "18 | Đánh giá việc triển khai |"])
    func textWithoutAMarkerIsNoFootnoteStart(_ text: String) {
        #expect(FootnoteFinder.split(text) == nil)
    }

    @Test func footnoteBlocksBecomeFootnotesAndTheirMarkersAreKnown() {
        let blocks: [SourceBlock] = [
            .text("Căn cứ Quyết định số 273/QĐ-BNV ngày 10/4/2024 của Bộ trưởng Bộ Nội vụ[1]", line: 3),
            .text("Thực hiện Nghị định số 107/2020/NĐ-CP[2] ngày 14/9/2020", line: 5),
            .text("[1] Năm 2023 chỉ số Par index đạt 87,73%.", line: 40, role: .footnote),
            .text("[2] Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ", line: 41, role: .footnote),
            .text("sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP", line: 42, role: .footnote),
        ]
        let result = ReferenceFinder.find(blocks)
        #expect(result.footnotes == [
            Footnote(marker: "1", text: "Năm 2023 chỉ số Par index đạt 87,73%.", line: 40),
            Footnote(marker: "2", text: "Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ\nsửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP", line: 41),
        ])
        #expect(result.diagnostics.isEmpty)
        #expect(result.citations.map(\.line) == [3, 5, 41, 42])
    }

    @Test func bracketMarkerWithoutTextIsReportedOnce() {
        let blocks: [SourceBlock] = [
            .text("Nghị định số 107/2020/NĐ-CP[1] ngày 14/9/2020; Nghị định số 120/2020/NĐ-CP[2] ngày 07/10/2020", line: 96),
            .text("như đã nêu[2] ở trên; Văn bản được dẫn chiếu - [16]", line: 97),
            .text("[1] Nghị định về tinh giản biên chế.", line: 120, role: .footnote),
        ]
        let result = ReferenceFinder.find(blocks)
        #expect(result.diagnostics == [.footnoteMissing(marker: "[2]", line: 96)])
        #expect(result.diagnostics.first?.code == "references.footnote-missing")
        #expect(result.diagnostics.first?.severity == .info)
    }

    @Test func gluedDigitsAreIgnoredWithoutFootnoteTexts() {
        let result = ReferenceFinder.find([
            .text("thực hiện tốt mục tiêu của Chính phủ5 về: Chuyển đổi số quốc gia", line: 34),
            .text("- Chuyển đổi sang công nghệ Ipv6", line: 35),
        ])
        #expect(result.footnotes.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func gluedDigitsAreCheckedAgainstBareNumberedTexts() {
        let result = ReferenceFinder.find([
            .text("Chỉ số PAR Index1, PAPI2, SIPAS3 của tỉnh4 năm 2020", line: 13),
            .text("mục tiêu của Chính phủ5 về chuyển đổi số theo Nghị định số 80/2015/QH13", line: 34),
            .text("1 Năm 2020 Chỉ số PAR INDEX đạt 81,4/100 điểm.", line: 383, role: .footnote),
            .text("2 Năm 2020 Chỉ số PAPI đạt 40,98/80 điểm.", line: 384, role: .footnote),
            .text("3 Năm 2020 Chỉ số SIPAS đạt 7,63/10 điểm.", line: 385, role: .footnote),
            .text("4 Kế hoạch số 951/KH-UBND ngày 23/3/2021.", line: 386, role: .footnote),
        ])
        #expect(result.footnotes.map(\.marker) == ["1", "2", "3", "4"])
        #expect(result.diagnostics == [.footnoteMissing(marker: "5", line: 34)])
    }

    @Test func superscriptMarkersAreCheckedLikeBrackets() {
        let result = ReferenceFinder.find([
            .text("mục tiêu của Chính phủ² và của tỉnh¹⁰ năm 2020", line: 8),
            .text("² Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.", line: 90, role: .footnote),
        ])
        #expect(result.footnotes.map(\.marker) == ["2"])
        #expect(result.diagnostics == [.footnoteMissing(marker: "¹⁰", line: 8)])
    }
}
