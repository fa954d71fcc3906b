import Testing
@testable import PlanX

/// The five seeds' table regions, cut out by line numbers read from the seeds.
@Suite("Tables over the seeds")
struct SeedTableTests {
    @Test func binhDuongPipeCells() throws {
        let (t, d) = try SeedTableSupport.table("binh-duong-6832-2021.txt", lines: 175...460, guess: "pipe_cells")
        #expect(t.dialect == "pipe_cells")
        #expect(t.columns.map(\.field) == ["stt", "task", "output", "lead", "partners", "deadline", "notes"])
    }

    @Test func sonLaTabCells() throws {
        let (t, d) = try SeedTableSupport.table("son-la-2407-2021.txt", lines: 270...658, guess: "tab_cells")
        #expect(t.dialect == "tab_cells")
    }

    @Test func haGiangParagraphCells() throws {
        let (t, d) = try SeedTableSupport.table("ha-giang-147-2024.txt", lines: 298...2694, guess: "paragraph_cells")
        #expect(t.dialect == "paragraph_cells")
    }

    @Test func binhThuanPipeRows() throws {
        let (a, _) = try SeedTableSupport.table("binh-thuan-2992-2021.txt", lines: 233...316, guess: "pipe_rows")
        let (b, _) = try SeedTableSupport.table("binh-thuan-2992-2021.txt", lines: 318...325, guess: "pipe_rows")
        let (c, _) = try SeedTableSupport.table("binh-thuan-2992-2021.txt", lines: 329...382, guess: "pipe_rows")
        #expect(a.dialect == "pipe_rows")
    }

    @Test func giaLaiHierarchicalRows() throws {
        let (t, d) = try SeedTableSupport.table("gia-lai-3638-2023.txt", lines: 270...1326, guess: "paragraph_cells")
        #expect(t.dialect == "paragraph_cells")
    }
}
