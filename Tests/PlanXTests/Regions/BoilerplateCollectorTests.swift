import Testing
@testable import PlanX

@Suite("Boilerplate ranges")
struct BoilerplateCollectorTests {
    @Test func blocksOfOneKindMergeAcrossBlankLines() {
        let blocks: [SourceBlock] = [
            .text("Bộ lọc tìm kiếm", line: 1, role: .chrome), .text("Tải văn bản", line: 3, role: .chrome),
            .text("• Lược đồ", line: 7, role: .chrome), .text("ỦY BAN NHÂN DÂN", line: 12, role: .header),
            .text("Văn bản đang xem", line: 20, role: .chrome), .text("Số hiệu: 1/KH", line: 22, role: .siteMetadata),
        ]
        let ranges = BoilerplateCollector.collect(blocks)
        #expect(ranges == [Boilerplate(kind: "site_chrome", span: Span(startLine: 1, endLine: 7)),
                           Boilerplate(kind: "site_chrome", span: Span(line: 20)),
                           Boilerplate(kind: "site_metadata", span: Span(line: 22))])
    }
}
