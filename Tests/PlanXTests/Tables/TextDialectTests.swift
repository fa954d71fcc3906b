import Testing
@testable import PlanX

/// Each text dialect, on small fixtures in the shape of the seeds.
@Suite("Table dialects")
struct TextDialectTests {
    @Test func pipeRowsCopiesSpannedLeadingCellsIntoContinuationRow() {
        let (t, _) = TableFixtures.rebuild("""
            TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành | Cơ quan phối hợp |
            I | Cải cách thể chế | ||
            1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Quý I/2024 | Các sở, ban, ngành |
            2 | Xây dựng Kế hoạch kiểm soát thủ tục hành chính | Văn phòng UBND tỉnh | Trước 30/8/2024 | Sở Nội vụ |
            UBND cấp huyện: Xây dựng Kế hoạch của huyện | Trước 15/9/2024 | Sở Nội vụ | ||
            |
            | ||
            3 | Tổ chức tập huấn nghiệp vụ | Sở Nội vụ | Năm 2024 | Các cơ quan, đơn vị |
            """, dialect: "pipe_rows")
        #expect(t.dialect == "pipe_rows")
        #expect(t.columns.map(\.field) == ["stt", "task", "lead", "deadline", "partners"])
        #expect(t.rows.map(\.kind) == ["group", "data", "data", "data", "data"])
        let sub = t.rows[3]
        #expect(sub.continues == 13)
        #expect(sub.stt == nil)
        #expect(sub.cells == ["2", "Xây dựng Kế hoạch kiểm soát thủ tục hành chính", "UBND cấp huyện: Xây dựng Kế hoạch của huyện",
                              "Trước 15/9/2024", "Sở Nội vụ"])
        #expect(t.rows[4].stt == "3" && t.rows[4].line == 17)
        #expect(t.kind == "tasks")
    }

    @Test func pipeRowsTwoLevelHeaderTakesSubColumnsUnderSpanningCell() {
        let (t, _) = TableFixtures.rebuild("""
            STT | Đơn vị | Mô hình thí điểm | ||
            Hướng dẫn trực tuyến | Công dân không viết | Bưu điện tiếp nhận | ||
            1 | Bộ phận một cửa cấp huyện | Có | Có | Không |
            """, dialect: "pipe_rows")
        #expect(t.columns.map(\.header) == ["STT", "Đơn vị", "Mô hình thí điểm / Hướng dẫn trực tuyến",
                                            "Mô hình thí điểm / Công dân không viết", "Mô hình thí điểm / Bưu điện tiếp nhận"])
        #expect(t.columns.map(\.field) == ["stt", "don_vi", "huong_dan_truc_tuyen", "cong_dan_khong_viet", "buu_dien_tiep_nhan"])
        #expect(t.rows.count == 1 && t.rows[0].cells[4] == "Không")
    }

    @Test func pipeCellsJoinsWrappedCellAndKeepsLonePipeAsEmptyCell() {
        let (t, d) = TableFixtures.rebuild("""
            STT |
            Nội dung |
            Cơ quan chủ trì |
            Thời gian |
            Ghi chú |
            1 |
            Xây dựng Kế hoạch cải cách hành chính
            năm 2024 |
            Sở Nội vụ |
            Quý IV/2023 |
            |
            2 |
            Tổ chức kiểm tra công tác cải cách hành chính |
            Sở Nội vụ |
            Năm 2024 |
            Báo cáo kết quả |
            """, dialect: "pipe_cells")
        #expect(t.dialect == "pipe_cells")
        #expect(t.columns.map(\.field) == ["stt", "task", "lead", "deadline", "notes"])
        #expect(t.rows.count == 2)
        #expect(t.rows[0].cells == ["1", "Xây dựng Kế hoạch cải cách hành chính năm 2024", "Sở Nội vụ", "Quý IV/2023", ""])
        #expect(t.rows[1].cells[4] == "Báo cáo kết quả")
        #expect(t.rows[1].line == 21)
        #expect(d.isEmpty)
    }

    @Test func pipeCellsEndingMidRowWarnsTruncated() {
        let (t, d) = TableFixtures.rebuild("""
            STT |
            Nội dung |
            Cơ quan chủ trì |
            1 |
            Rà soát văn bản |
            Sở Tư pháp |
            2 |
            Kiểm tra |
            """, dialect: "pipe_cells")
        #expect(t.rows.count == 2)
        #expect(t.rows[1].cells == ["2", "Kiểm tra", ""])
        #expect(d.map(\.code) == ["tables.truncated"])
    }

    @Test func tabCellsKeepBulletContinuationsAndNbspGroupRow() {
        let n = TableFixtures.nbsp
        let (t, _) = TableFixtures.rebuild("""
            \tSTT
            \tNhiệm vụ/Hoạt động cụ thể
            \tKết quả/ Sản phẩm
            \tChủ trì
            \tThời gian

            \tI
            \tCẢI CÁCH THỂ CHẾ
            \t\(n)
            \t\(n)
            \t\(n)

            \t1
            \tRà soát văn bản quy phạm pháp luật
            \t- Kế hoạch
            - Báo cáo
            \tSở Tư pháp
            \tTháng 1 hàng năm
            """, dialect: "tab_cells")
        #expect(t.dialect == "tab_cells")
        #expect(t.columns.map(\.field) == ["stt", "task", "output", "lead", "deadline"])
        #expect(t.rows.map(\.kind) == ["group", "data"])
        #expect(t.rows[0].cells == ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""])
        #expect(t.rows[1].cells[2] == "- Kế hoạch\n- Báo cáo")
        #expect(t.rows[1].line == 22)
    }

    @Test func lonePipeRowsEndAtDoublePipe() {
        let (t, _) = TableFixtures.rebuild("""
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
            2
            |
            Kiểm tra
            |
            Sở Nội vụ
            |
            |
            """, dialect: "lone_pipe")
        #expect(t.dialect == "lone_pipe")
        #expect(t.columns.map(\.field) == ["stt", "task", "lead"])
        #expect(t.rows.map(\.cells) == [["1", "Rà soát văn bản", "Sở Tư pháp"], ["2", "Kiểm tra", "Sở Nội vụ"]])
        #expect(t.rows[1].line == 24)
    }

    @Test func markdownTableWithTotalRow() {
        let (t, _) = TableFixtures.rebuild("""
            | STT | Nhiệm vụ | Cơ quan chủ trì | Kinh phí |
            |---|---|---|---|
            | 1 | Rà soát | Sở Tư pháp | 100 |
            | 2 | Kiểm tra | Sở Nội vụ | 50 |
            | | Tổng cộng | | 150 |
            """)
        #expect(t.dialect == "markdown")
        #expect(t.columns.map(\.field) == ["stt", "task", "lead", "budget"])
        #expect(t.rows.map(\.kind) == ["data", "data", "total"])
        #expect(t.rows[2].cells[3] == "150")
    }

    @Test func pipeRowsWithoutSttTakeTheFirstRowAsHeader() {
        let (t, _) = TableFixtures.rebuild("""
            Nhiệm vụ | Cơ quan chủ trì | Thời hạn |
            Rà soát văn bản | Sở Tư pháp | Quý I/2024 |
            Kiểm tra công vụ | Sở Nội vụ | Năm 2024 |
            """)
        #expect(t.dialect == "pipe_rows")
        #expect(t.columns.map(\.field) == ["task", "lead", "deadline"])
        #expect(t.rows.map(\.cells) == [["Rà soát văn bản", "Sở Tư pháp", "Quý I/2024"], ["Kiểm tra công vụ", "Sở Nội vụ", "Năm 2024"]])
        #expect(t.rows.allSatisfy { $0.stt == nil && $0.kind == "data" })
    }
}
