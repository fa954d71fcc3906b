import Testing
@testable import PlanX

/// One fixture per table dialect, with the region's first and last line pinned.
@Suite("TextReader table dialects")
struct TextTableDialectTests {
    @Test func pipeRowsRegionStartsAtHeaderAndStopsBeforeProse() {
        let text = """
            PHỤ LỤC
            KẾ HOẠCH THỰC HIỆN
            (Kèm theo Kế hoạch số 12/KH-UBND ngày 02/01/2024)
            TT | Nội dung | Cơ quan chủ trì | Thời gian |
            I | Cải cách thể chế | ||
            1 | Rà soát văn bản | Sở Tư pháp | Quý I/2024 |
            2 | Kiểm tra công tác cải cách | Sở Nội vụ | Năm 2024 |
            | ||
            Ghi chú: các cơ quan báo cáo định kỳ.
            """
        #expect(TextReaderFixture.regions(text) == ["4-8 pipe_rows"])
        #expect(TextReaderFixture.texts(text) == [
            "1: PHỤ LỤC", "2: KẾ HOẠCH THỰC HIỆN", "3: (Kèm theo Kế hoạch số 12/KH-UBND ngày 02/01/2024)",
            "9: Ghi chú: các cơ quan báo cáo định kỳ.",
        ])
    }

    @Test func pipeRowsTableKeepsItsRawLines() throws {
        let text = "BIỂU 1\nTT | Nội dung | Chủ trì |\n1 | Rà soát | Sở Tư pháp |\n\nHết."
        let table = try #require(TextReaderFixture.read(text).blocks.first { $0.kind == .table }?.table)
        #expect(table.lines == [
            RawLine(number: 2, text: "TT | Nội dung | Chủ trì |"), RawLine(number: 3, text: "1 | Rà soát | Sở Tư pháp |"),
        ])
    }

    @Test func pipeCellsJoinsNothingAndEndsAtLastCell() {
        let text = """
            NHIỆM VỤ TRỌNG TÂM NĂM 2024
            STT |
            Nội dung |
            Cơ quan chủ trì |
            Ghi chú |
            1 |
            Xây dựng kế hoạch |
            Sở Nội vụ |
            |
            2 |
            Kiểm tra
            công tác cải cách |
            Sở Nội vụ |
            |
            Trên đây là kế hoạch.
            """
        #expect(TextReaderFixture.regions(text) == ["2-14 pipe_cells"])
        #expect(TextReaderFixture.texts(text) == ["1: NHIỆM VỤ TRỌNG TÂM NĂM 2024", "15: Trên đây là kế hoạch."])
    }

    @Test func tabCellsRowsAndContinuationLines() {
        let text = "PHỤ LỤC\n\tSTT\n\tNhiệm vụ\n\tChủ trì\n\n\t1\n\tRà soát văn bản\n\tSở Tư pháp\n\n"
            + "\t2\n\t- Kế hoạch\n- Báo cáo\n\tSở Nội vụ\n\nNơi nhận:\n- Như trên;"
        #expect(TextReaderFixture.regions(text) == ["2-13 tab_cells"])
        #expect(TextReaderFixture.texts(text) == ["1: PHỤ LỤC", "15: Nơi nhận:", "16: - Như trên;"])
    }

    @Test func paragraphCellsEndAtSiteTrailer() {
        let text = """
            PHỤ LỤC

            (Kèm theo Kế hoạch số 12/KH-UBND)

            STT

            Nhiệm vụ

            Chủ trì

            Thời gian

            1

            Xây dựng kế hoạch

            Sở Nội vụ

            Quý I/2024

            2

            Kiểm tra công tác cải cách hành chính

            Sở Nội vụ

            \u{00A0}

            \u{00A0}

            HIỆU LỰC VĂN BẢN

            Số hiệu: 12/KH-UBND

            Loại văn bản: Kế hoạch
            """
        // The last NBSP is Word's empty paragraph after the table.
        #expect(TextReaderFixture.regions(text) == ["5-27 paragraph_cells"])
        #expect(TextReaderFixture.texts(text) == [
            "1: PHỤ LỤC", "3: (Kèm theo Kế hoạch số 12/KH-UBND)", "29: ", "31: HIỆU LỰC VĂN BẢN",
            "33: Số hiệu: 12/KH-UBND", "35: Loại văn bản: Kế hoạch",
        ])
    }

    @Test func paragraphCellsGroupRowInCapitalsStaysAndFootnoteEnds() {
        let text = """
            STT

            Nội dung

            Chủ trì

            I

            CẢI CÁCH THỂ CHẾ

            1

            Rà soát văn bản quy phạm pháp luật

            Sở Tư pháp



            [1] Năm 2023 chỉ số đạt 87,73%.
            """
        #expect(TextReaderFixture.regions(text) == ["1-15 paragraph_cells"])
        #expect(TextReaderFixture.texts(text) == ["19: [1] Năm 2023 chỉ số đạt 87,73%."])
    }

    @Test func paragraphCellsWithLoneSpaceCellsEndBeforeNextPart() {
        let text = "TT\n\nNội dung\n\nGhi chú\n\n1\n\nRà soát\n\n \n\n2\n\nKiểm tra\n\n \n\n"
            + "II. TỔ CHỨC THỰC HIỆN\n\nCác sở, ngành triển khai thực hiện kế hoạch này."
        #expect(TextReaderFixture.regions(text) == ["1-17 paragraph_cells"])
    }

    @Test func loneStatementOfSttInProseIsNotATable() {
        let text = "STT\n\nDòng văn bản dài không có số thứ tự nào cả, chỉ là một đoạn văn xuôi bình thường.\n\nHết."
        #expect(TextReaderFixture.regions(text).isEmpty)
    }

    @Test func lonePipeCellsAlternateWithPipes() {
        let text = """
            BIỂU TỔNG HỢP
            STT
            |
            Nội dung
            |
            Chủ trì
            |
            |
            1
            |
            Rà soát văn bản
            |
            Sở Tư pháp
            |
            |
            Trên đây là biểu tổng hợp.
            """
        #expect(TextReaderFixture.regions(text) == ["2-15 lone_pipe"])
        #expect(TextReaderFixture.texts(text) == ["1: BIỂU TỔNG HỢP", "16: Trên đây là biểu tổng hợp."])
    }

    @Test func markdownTableFromHeaderToLastRow() {
        let text = """
            Bảng 1. Phân công thực hiện
            | STT | Nội dung | Chủ trì |
            |---|:---|---|
            | 1 | Rà soát | Sở Tư pháp |
            | 2 | Kiểm tra | Sở Nội vụ |

            Đoạn văn sau bảng.
            """
        #expect(TextReaderFixture.regions(text) == ["2-5 markdown"])
        #expect(TextReaderFixture.texts(text) == ["1: Bảng 1. Phân công thực hiện", "7: Đoạn văn sau bảng."])
    }

    @Test func markdownTableWithoutHeaderWordStartsAboveRule() {
        let text = "Số liệu\n| Cơ quan | Số văn bản |\n|---|---|\n| Sở Nội vụ | 12 |"
        #expect(TextReaderFixture.regions(text) == ["2-4 markdown"])
    }

    @Test func twoTablesWithTitleBetweenStaySeparate() {
        let text = """
            TT | Thủ tục | Lĩnh vực | Mô hình |
            1 | Cấp bản sao | Lưu trữ | Mức độ 3 |
            B. TẠI CÁC HUYỆN
            STT | Đơn vị | Mô hình | ||
            I | Bộ phận một cửa cấp huyện | |||
            """
        #expect(TextReaderFixture.regions(text) == ["1-2 pipe_rows", "4-5 pipe_rows"])
        #expect(TextReaderFixture.texts(text) == ["3: B. TẠI CÁC HUYỆN"])
    }

    @Test func pipeRowsDataTableWithoutHeaderIsATableAndSaysSo() {
        let text = (1...4).map { "\($0) | Nhiệm vụ \($0) | Sở Nội vụ | Năm 2024 |" }.joined(separator: "\n")
        let result = TextReaderFixture.read(text)
        #expect(result.blocks.map { $0.kind } == [.table])
        #expect(result.diagnostics.map(\.code) == ["text.table-without-header"])
    }
}

extension TextTableDialectTests {
    @Test func paragraphCellsDoNotSwallowClosingProse() {
        let text = """
            STT

            Nhiệm vụ

            Chủ trì

            Thời gian

            1

            Xây dựng kế hoạch cải cách hành chính

            Sở Nội vụ

            Quý I/2024

            2

            Kiểm tra công tác cải cách hành chính

            Sở Nội vụ

            Năm 2024

            Trên đây là Kế hoạch cải cách hành chính năm 2024 của tỉnh, yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.

            Nơi nhận:

            - Bộ Nội vụ;
            """
        #expect(TextReaderFixture.regions(text) == ["1-23 paragraph_cells"])
        #expect(TextReaderFixture.texts(text).first?.hasPrefix("25: Trên đây là") == true)
    }

    @Test func pipeRowsInSpacedCopyStayOneTable() {
        let text = "PHỤ LỤC\n\nTT | Nội dung | Chủ trì |\n\n1 | Rà soát | Sở Tư pháp |\n\n2 | Kiểm tra | Sở Nội vụ |\n\nHết."
        #expect(TextReaderFixture.regions(text) == ["3-7 pipe_rows"])
        #expect(TextReaderFixture.texts(text) == ["1: PHỤ LỤC", "9: Hết."])
    }
}

extension TextTableDialectTests {
    @Test func paragraphCellsStopAtNextPartHeadingDespiteLaterEmptyParagraph() {
        let text = """
            TT

            Nội dung

            Thời gian

            1

            Rà soát văn bản

            Năm 2024

            2

            Kiểm tra công tác

            Quý IV/2024

            II. TỔ CHỨC THỰC HIỆN

            Sở Nội vụ theo dõi, đôn đốc thực hiện Kế hoạch này.

            \u{00A0}

            Nơi nhận:
            """
        #expect(TextReaderFixture.regions(text) == ["1-17 paragraph_cells"])
        #expect(TextReaderFixture.texts(text).first == "19: II. TỔ CHỨC THỰC HIỆN")
    }
}

extension TextTableDialectTests {
    @Test func twoParagraphTablesWithAppendixTitleBetween() {
        let rows = "STT\n\nNội dung\n\nChủ trì\n\n1\n\nRà soát\n\nSở Tư pháp\n\n2\n\nKiểm tra\n\nSở Nội vụ"
        let text = rows + "\n\nPHỤ LỤC II\n\nDANH MỤC ĐỀ ÁN\n\n" + rows
        #expect(TextReaderFixture.regions(text) == ["1-17 paragraph_cells", "23-39 paragraph_cells"])
        #expect(TextReaderFixture.texts(text) == ["19: PHỤ LỤC II", "21: DANH MỤC ĐỀ ÁN"])
    }
}
