import Testing
@testable import PlanX

/// The five seeds' table regions, cut out by line numbers read from the seeds; counts and cells
/// checked by eye against the source.
@Suite("Tables over the seeds")
struct SeedTableTests {
    /// 000, Bình Dương: pipe cells, 40 task rows, the document ends before the last row's `|`.
    @Test func binhDuongPipeCells() throws {
        let (t, d) = try SeedTableSupport.table("binh-duong-6832-2021.txt", lines: 175...460, guess: "pipe_cells")
        #expect(t.dialect == "pipe_cells")
        #expect(t.kind == "tasks")
        #expect(t.columns.map(\.field) == ["stt", "task", "output", "lead", "partners", "deadline", "notes"])
        #expect(t.rows.count == 40)
        #expect(t.rows.allSatisfy { $0.kind == "data" })
        #expect(t.rows[0].cells == ["1", "Xây dựng và triển khai Kế hoạch cải cách hành chính nhà nước năm 2022", "Kế hoạch",
                                    "Sở Nội vụ", "Các sở, ban, ngành", "Quý IV/2021", ""])
        #expect(t.rows[13].line == 273 && t.rows[13].stt == "2")
        #expect(t.rows[13].cells[1] == "Xây dựng văn bản quy phạm pháp luật năm 2022.")
        #expect(t.rows[39].cells[1] == "Nâng cấp Hệ thống hội nghị trực tuyến của tỉnh")
        #expect(d.map(\.code) == ["tables.truncated"])
    }

    /// 001, Sơn La: tab cells, 5 group rows (I–V) and 39 data rows; the document ends mid-row.
    @Test func sonLaTabCells() throws {
        let (t, d) = try SeedTableSupport.table("son-la-2407-2021.txt", lines: 270...658, guess: "tab_cells")
        #expect(t.dialect == "tab_cells")
        #expect(t.columns.map(\.field) == ["stt", "task", "output", "lead", "partners", "deadline", "budget"])
        #expect(t.rows.count == 44)
        #expect(t.rows.filter { $0.kind == "group" }.map(\.stt) == ["I", "II", "III", "IV", "V"])
        #expect(t.rows[0].cells[1] == "CẢI CÁCH THỂ CHẾ")
        let r3 = try #require(t.rows.first { $0.line == 302 })
        #expect(r3.cells[2] == "- Kế hoạch\n- Báo cáo")
        let r = try #require(t.rows.first { $0.line == 380 })
        #expect(r.cells[4] == "Văn phòng UBND tỉnh; Sở, ban, ngành tỉnh;\nUBND cấp huyện; UBND cấp xã")
        #expect(d.map(\.code) == ["tables.truncated"])
    }

    /// 002, Hà Giang: paragraph cells under a two-level header; scores beside the outputs.
    @Test func haGiangParagraphCells() throws {
        let (t, _) = try SeedTableSupport.table("ha-giang-147-2024.txt", lines: 298...2694, guess: "paragraph_cells")
        #expect(t.dialect == "paragraph_cells")
        #expect(t.kind == "scores")
        #expect(t.columns.map(\.field) == ["stt", "task", "max_score", "prior_result", "target", "output_authority",
                                           "output_quality", "output_completion", "deadline", "lead", "partners"])
        #expect(t.columns[5].header == "Yêu cầu của sản phẩm đầu ra (Tài liệu kiểm chứng) / Thẩm quyền ban hành")
        #expect(t.columns[9].header == "Phân công trách nhiệm / Chủ trì")
        #expect(t.rows.count == 103)
        #expect(t.rows.filter { $0.kind == "group" }.count == 27)
        #expect(t.rows.filter { $0.kind == "data" }.count == 75)
        let r = try #require(t.rows.first { $0.stt == "1.2" })
        #expect(r.cells == ["1.2", "Thực hiện chế độ báo cáo CCHC định kỳ", "0.5", "0.5", "0.5", "Báo cáo của UBND tỉnh",
                            "- Quý I:\n- 6 tháng;\n- Quý III;\n- Cả năm", "Đáp ứng đầy đủ về số lượng, nội dung và đúng thời gian quy định",
                            "- Trước ngày 20/3/2024;\n- Trước ngày 20/6/2024;\n- Trước ngày 20/9/2024;\n- Trước ngày 20/12/2024.",
                            "Sở Nội vụ", "Các Sở, ban, ngành; UBND các huyện, thành phố"])
        let partners = try #require(t.rows.first { $0.stt == "8.4" }).cells[10]
        #expect(partners == "Các Sở, ban, ngành; UBND các huyện, thành phố;\nCục thuế tỉnh")
        let total = try #require(t.rows.last)
        #expect(total.kind == "total" && Array(total.cells[1...4]) == ["Tổng số:", "68.0", "60.58", "65.85"])
    }

    /// 003, Bình Thuận: three pipe-row tables; the task table has sub-rows under spanned cells.
    @Test func binhThuanPipeRows() throws {
        let (a, _) = try SeedTableSupport.table("binh-thuan-2992-2021.txt", lines: 233...316, guess: "pipe_rows")
        #expect(a.dialect == "pipe_rows" && a.kind == "list")
        #expect(a.columns.map(\.field) == ["stt", "thu_tuc_hanh_chinh_cua_co_quan_chon_thi_diem", "linh_vuc", "mo_hinh_thi_diem"])
        #expect(a.rows.count == 83)
        #expect(a.rows.filter { $0.kind == "group" }.map(\.stt) == ["I", "II", "III", "IV"])

        let (b, _) = try SeedTableSupport.table("binh-thuan-2992-2021.txt", lines: 318...325, guess: "pipe_rows")
        #expect(b.columns.count == 5)
        #expect(b.columns[3].header == "Mô hình và lĩnh vực chọn thí điểm / Công dân không viết")
        #expect(b.rows.map(\.kind) == ["group", "data", "data", "group", "data", "data"])
        #expect(b.rows[2].cells[3] == "Không thí điểm mô hình")

        let (c, d) = try SeedTableSupport.table("binh-thuan-2992-2021.txt", lines: 329...382, guess: "pipe_rows")
        #expect(c.kind == "tasks")
        #expect(c.columns.map(\.field) == ["stt", "task", "lead", "deadline", "partners", "notes"])
        #expect(c.rows.count == 34)
        #expect(c.rows.filter { $0.continues == nil }.count == 19)
        let sub = try #require(c.rows.first { $0.line == 339 })
        #expect(sub.continues == 338)
        #expect(sub.cells[1].hasPrefix("100% các biểu mẫu"))
        #expect(sub.cells[3] == "Trước 15/10/2021" && sub.cells[4] == "Văn phòng UBND tỉnh")
        let lone = try #require(c.rows.first { $0.line == 336 })
        #expect(lone.cells[2].hasPrefix("UBND thị xã La Gi") && lone.cells[3] == "")
        #expect(!d.contains { $0.code == "tables.truncated" })
    }

    /// 004, Gia Lai: paragraph cells with hierarchical rows (Mục tiêu → Nhiệm vụ → Hoạt động once).
    @Test func giaLaiHierarchicalRows() throws {
        let (t, _) = try SeedTableSupport.table("gia-lai-3638-2023.txt", lines: 270...1326, guess: "paragraph_cells")
        #expect(t.dialect == "paragraph_cells" && t.kind == "tasks")
        #expect(t.columns.map(\.field) == ["stt", "objective", "task", "activity", "output", "lead", "partners", "deadline", "budget"])
        #expect(t.rows.count == 70)
        #expect(t.rows.filter { $0.kind == "group" }.count == 7)
        let first = try #require(t.rows.first { $0.line == 292 })
        let sub = try #require(t.rows.first { $0.line == 310 })
        #expect(sub.continues == 292)
        #expect(Array(sub.cells[1...3]) == Array(first.cells[1...3]))
        #expect(sub.cells[4].hasPrefix("- Nghị quyết của HĐND tỉnh"))
        #expect(sub.cells[5] == first.cells[5] && sub.cells[6] == "Sở Tư pháp")
        #expect(sub.cells[7].hasPrefix("Theo Quyết định hoặc Nghị quyết"))
        let second = try #require(t.rows.first { $0.line == 316 })
        #expect(second.cells[3] == "2. Cập nhật, đăng tải văn bản QPPL trên Cơ sở dữ liệu Quốc gia về pháp luật.")
        #expect(second.cells[4].components(separatedBy: "\n").count == 2)
        let split = try #require(t.rows.first { $0.line == 432 })
        #expect(split.cells[5] == "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố" && split.cells[6] == "Văn phòng UBND tỉnh")
    }
}
