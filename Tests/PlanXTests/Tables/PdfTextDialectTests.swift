import Testing
@testable import PlanX

/// Text copied out of a PDF: page furniture dropped, wrapped lines joined, cells aligned.
@Suite("PDF text dialect")
struct PdfTextDialectTests {
    @Test func tableAcrossPageBreakKeepsEveryRow() {
        let (t, _) = TableFixtures.rebuild(PdfTextFixtures.table.joined(separator: "\n"), dialect: "pdf_text")
        #expect(t.dialect == "pdf_text")
        #expect(t.columns.map(\.header) == ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                            "Thời gian hoàn thành"])
        #expect(t.columns.map(\.field) == ["stt", "task", "lead", "partners", "deadline"])
        #expect(t.rows.count == 6)
        #expect(t.rows.map(\.cells) == PdfTextFixtures.rows)
        #expect(t.rows.map(\.kind) == ["group", "data", "data", "data", "data", "data"])
    }

    @Test func chosenFromEvidenceWithoutTheReadersGuess() {
        let c = TableFixtures.candidate(PdfTextFixtures.table.joined(separator: "\n"))
        #expect(TableReconstructor.choose(c).name == "pdf_text")
    }

    @Test func paragraphCellsAreNotPdfText() {
        let text = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "1", "Rà soát", "Sở Tư pháp", "Các sở"].joined(separator: "\n\n")
        #expect(PdfTextDialect.evidence(TableFixtures.candidate(text).lines) == 0)
        #expect(TableReconstructor.choose(TableFixtures.candidate(text)).name == "paragraph_cells")
    }

    @Test func pageFurnitureIsDropped() {
        let page = PdfPageBreaks(PdfTextFixtures.table)
        let kept = PdfTextFixtures.table.indices.filter { !page.dropped[$0] }.map { PdfTextFixtures.table[$0] }
        #expect(!kept.contains("23") && !kept.contains("CÔNG BÁO/Số 12/Ngày 15-01-2024"))
        #expect(kept.filter { $0 == "STT" }.count == 1)
        #expect(page.pageLines == [22])
        #expect(page.header == 0..<6)
    }

    @Test(arguments: [
        ("CÔNG BÁO/Số 12/Ngày 15-01-2024", true), ("Trang 4", true), ("Trang 4/10", true), ("- 23 -", true),
        ("Page 7", true), ("Công báo tỉnh", false), ("Trang thông tin điện tử", false), ("23", false),
    ])
    func pageLines(text: String, isPage: Bool) {
        #expect(PdfPageBreaks.isPageLine(text) == isPage)
    }

    @Test func loneNumberIsRowNumberWhenItFollowsTheSequence() {
        // `3` right before the repeated header, no page header: the next row, not a page number.
        let lines = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "1", "Rà soát", "Sở Tư pháp", "Các sở",
                     "2", "Kiểm tra", "Sở Nội vụ", "Các huyện", "3", "STT", "Nội dung", "Chủ trì", "Phối hợp",
                     "Tuyên truyền", "Sở Thông tin", "Các xã"]
        let page = PdfPageBreaks(lines)
        #expect(!page.dropped[12])
        #expect(page.dropped[13...16].allSatisfy { $0 })
        let pageNumber = PdfPageBreaks(lines.enumerated().map { $0.offset == 12 ? "17" : $0.element })
        #expect(pageNumber.dropped[12])
    }

    @Test func pageNumberBeforeThePageHeaderAndNoRepeatedHeader() {
        let lines = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
                     "1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ,", "Sở Tài chính", "Quý II/2024",
                     "2", "Cập nhật cơ sở dữ liệu", "Văn phòng UBND tỉnh",
                     "14", "CÔNG BÁO/Số 12/Ngày 15-01-2024",
                     "Các sở, ban, ngành", "Quý III/2024",
                     "3", "Công khai kết quả", "Sở Thông tin và Truyền thông", "Các cơ quan báo chí", "Tháng 12/2024"]
        let (t, _) = TableFixtures.rebuild(lines.joined(separator: "\n"), dialect: "pdf_text")
        #expect(t.rows.map(\.cells) == [
            ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ,\nSở Tài chính", "Quý II/2024"],
            ["2", "Cập nhật cơ sở dữ liệu", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Quý III/2024"],
            ["3", "Công khai kết quả", "Sở Thông tin và Truyền thông", "Các cơ quan báo chí", "Tháng 12/2024"],
        ])
    }
}
