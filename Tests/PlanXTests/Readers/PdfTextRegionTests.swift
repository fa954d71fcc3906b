import Testing
@testable import PlanX

/// Finding a PDF-text table in a document: where it starts, where it ends, what it reports.
@Suite("PDF text region")
struct PdfTextRegionTests {
    static let before = ["KẾ HOẠCH", "Triển khai Đề án năm 2024", "", "II. NHIỆM VỤ CỤ THỂ", ""]
    static let after = ["", "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ chủ trì theo dõi, đôn đốc."]

    @Test func regionSpansThePageBreak() {
        let lines = Self.before + PdfTextFixtures.table + Self.after
        let text = lines.joined(separator: "\n")
        #expect(TextReaderFixture.regions(text) == ["6-48 pdf_text"])
        let result = TextReaderFixture.read(text)
        #expect(result.diagnostics.filter { $0.code == "tables.page-header-dropped" }.map(\.line) == [28])
    }

    @Test func tableRunningIntoProseEndsBeforeIt() {
        let prose = "Trên đây là Kế hoạch triển khai Đề án năm 2024 của Ủy ban nhân dân tỉnh; yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./."
        let lines = PdfTextFixtures.table + [prose]
        #expect(TextReaderFixture.regions(lines.joined(separator: "\n")) == ["1-43 pdf_text"])
    }

    @Test func pageFooterUnderTheTableStaysOutside() {
        let lines = PdfTextFixtures.table + ["CÔNG BÁO/Số 12/Ngày 15-01-2024", "24", "", "Nơi nhận:"]
        #expect(TextReaderFixture.regions(lines.joined(separator: "\n")) == ["1-43 pdf_text"])
    }

    @Test func blankLinesBetweenCellsStayParagraphCells() {
        let text = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "1", "Rà soát", "Sở Tư pháp", "Các sở",
                    "2", "Kiểm tra", "Sở Nội vụ", "Các huyện"].joined(separator: "\n\n")
        #expect(TextReaderFixture.regions(text) == ["1-23 paragraph_cells"])
    }

    @Test func twoHeaderLinesAreNotEnough() {
        let text = ["STT", "Nội dung", "Chủ trì", "1", "Rà soát", "Sở Tư pháp"].joined(separator: "\n")
        #expect(!TextReaderFixture.regions(text).contains { $0.hasSuffix("pdf_text") })
    }
}
