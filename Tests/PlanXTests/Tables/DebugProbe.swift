import Testing
import Foundation
@testable import PlanX

@Test func debugProbe() throws {
    guard ProcessInfo.processInfo.environment["PLANX_PROBE"] != nil else { return }
    let c = try SeedTableSupport.candidate("gia-lai-3638-2023.txt", lines: 270...1326, guess: "paragraph_cells")
    let grid = ParagraphCellsDialect.parse(c.lines)
    let units = grid.rows[0]
    let h = units.firstIndex { BodyBuilder.startsRow($0) }!
    let body = Array(units[h...])
    let chunks = RowSegmenter.chunks(body, columns: 9)
    let fields = ["stt","objective","task","activity","output","lead","partners","deadline","budget"]
    let samples = chunks.filter { $0.count == 9 && BodyBuilder.startsRow($0[0]) }.map { $0.map { CellFeatures($0.text) } }
    print("samples", samples.count)
    let prof = ColumnProfile(fields: fields, samples: samples)
    for t in ["2. Cập nhật, đăng tải văn bản QPPL", "- Cập nhật, đăng tải văn bản QPPL của HĐND tỉnh", "- Báo cáo tình hình cập nhật", "Theo Quyết định hoặc Nghị quyết của Thường trực HĐND tỉnh; Quyết định của Chủ tịch UBND tỉnh về Danh mục văn bản quy định chi tiết", "Sở Tư pháp"] {
        print(t.prefix(20), (0..<9).map { String(format: "%.1f", prof.fit($0, CellFeatures(t))) })
    }
}
