import Testing
@testable import PlanX

@Suite("Outline builder")
struct OutlineBuilderTests {
    private func build(_ text: String) -> OutlineBuilder.Result {
        OutlineBuilder.build(OutlineFixtures.blocks(from: text))
    }

    private func titles(_ sections: [Section]) -> [String] {
        sections.map { "\($0.marker ?? "·") \($0.title ?? "—")" }
    }

    @Test func levelsFollowTheOrderTheDocumentOpensSchemes() throws {
        let r = build("""
            I. MỤC TIÊU
            1. Cải cách thể chế
            a) Mục tiêu
            - Tiếp tục hoàn thiện thể chế.
            b) Nhiệm vụ
            2. Cải cách thủ tục hành chính
            a) Mục tiêu
            II. TỔ CHỨC THỰC HIỆN
            """)
        #expect(titles(r.sections) == ["I. MỤC TIÊU", "II. TỔ CHỨC THỰC HIỆN"])
        let one = r.sections[0]
        #expect(titles(one.children) == ["1. Cải cách thể chế", "2. Cải cách thủ tục hành chính"])
        #expect(titles(one.children[0].children) == ["a) Mục tiêu", "b) Nhiệm vụ"])
        #expect(one.children[1].children[0].level == 3)
        #expect(one.children[0].children[0].blocks.map(\.kind) == [.bullet])
        #expect(r.diagnostics.isEmpty)
    }

    @Test func planMayStartAtArabicWithoutRomanLevel() {
        let r = build("""
            1. Mục đích
            a) Triển khai toàn diện các mục tiêu.
            2. Yêu cầu
            a) Công tác cải cách hành chính là nhiệm vụ trọng tâm.
            """)
        #expect(titles(r.sections) == ["1. Mục đích", "2. Yêu cầu"])
        #expect(r.sections.allSatisfy { $0.level == 1 && $0.children.count == 1 })
    }

    @Test func unseenRomanAfterArabicStartGoesAboveIt() {
        let r = build("""
            1. Mục đích
            a) Triển khai toàn diện.
            II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP
            1. Công tác chỉ đạo
            """)
        #expect(titles(r.sections) == ["1. Mục đích", "II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP"])
        #expect(titles(r.sections[1].children) == ["1. Công tác chỉ đạo"])
        #expect(r.diagnostics.map(\.code) == ["outline.numbering-jump"])
        #expect(r.diagnostics.first?.line == 3)
    }

    @Test func vietnameseLetterOrderRunsThroughĐ() {
        let r = build("1. Sở Nội vụ\nc) Ba.\nd) Bốn.\nđ) Năm.\ne) Sáu.\ng) Bảy.\nh) Tám.\ni) Chín.\nk) Mười.")
        #expect(r.sections[0].children.map(\.marker) == ["c)", "d)", "đ)", "e)", "g)", "h)", "i)", "k)"])
        #expect(r.diagnostics.map(\.code) == ["outline.numbering-jump"])  // c) where a) was expected
    }

    @Test func numberingJumpKeepsGoingAndWarnsWithoutInventingTheHeading() throws {
        let r = build("1. Một\n2. Hai\n3. Ba\n5. Năm\na) Mục tiêu\nb) Nhiệm vụ\nd) Giải pháp")
        #expect(r.sections.map(\.marker) == ["1.", "2.", "3.", "5."])
        #expect(r.sections[3].children.map(\.marker) == ["a)", "b)", "d)"])
        let jumps = r.diagnostics.filter { $0.code == "outline.numbering-jump" }
        #expect(jumps.map(\.line) == [4, 7])
        #expect(jumps[0].message.contains("'4.'") && jumps[0].message.contains("'5.'"))
        #expect(jumps.allSatisfy { $0.severity == .warning })
    }

    @Test func restartUnderTheSameParentWarnsOfALostParent() {
        let r = build("I. MỤC ĐÍCH\n1. Một.\n2. Hai.\n3. Ba.\n1. Mục tiêu chung\na) Thực hiện đồng bộ.")
        #expect(r.sections[0].children.map(\.marker) == ["1.", "2.", "3.", "1."])
        #expect(r.diagnostics.map(\.code) == ["outline.numbering-restart"])
        #expect(r.diagnostics.first?.line == 5)
    }

    @Test func restartUnderANewParentIsNormal() {
        let r = build("1. Một\na) A\nb) B\n2. Hai\na) A")
        #expect(r.diagnostics.isEmpty)
        #expect(r.sections[1].children.map(\.marker) == ["a)"])
    }

    @Test func numberLookAlikesStayText() {
        let r = build("1. Kinh phí\nNăm 2021 là năm đầu.\n2021. Năm bản lề của giai đoạn.\n9. Ông A phát biểu.\n2. Tổ chức")
        #expect(r.sections.map(\.marker) == ["1.", "2."])
        #expect(r.sections[0].blocks.map(\.text) == [
            "Năm 2021 là năm đầu.", "2021. Năm bản lề của giai đoạn.", "9. Ông A phát biểu.",
        ])
    }

    @Test func markersWithoutSpaceAreHeadings() {
        let r = build("I. MỤC ĐÍCH\nII.NHIỆM VỤ\n1.Công khai thủ tục hành chính")
        #expect(titles(r.sections) == ["I. MỤC ĐÍCH", "II. NHIỆM VỤ"])
        #expect(titles(r.sections[1].children) == ["1. Công khai thủ tục hành chính"])
    }

    @Test func twoHeadingsOnOneLineNest() throws {
        let r = build("A. MỤC ĐÍCH, MỤC TIÊU, YÊU CẦU I. MỤC ĐÍCH\n1. Xác định các tồn tại.\nB. NHIỆM VỤ VÀ GIẢI PHÁP")
        #expect(titles(r.sections) == ["A. MỤC ĐÍCH, MỤC TIÊU, YÊU CẦU", "B. NHIỆM VỤ VÀ GIẢI PHÁP"])
        let i = try #require(r.sections[0].children.first)
        #expect(i.marker == "I." && i.title == "MỤC ĐÍCH" && i.line == 1 && i.level == 2)
        #expect(i.children.map(\.marker) == ["1."])
    }

    @Test func headingGluedAfterASentenceIsSplit() throws {
        let r = build("""
            1. Chính quyền số
            a) Phát triển dữ liệu số
            b) Phát triển dịch vụ
            - Tiếp tục vận hành cơ sở dữ liệu đất đai. c) Xây dựng, phát triển đô thị thông minh
            - Phát triển các dịch vụ đô thị thông minh.
            """)
        let six = r.sections[0]
        try #require(six.children.count == 3)
        #expect(titles(six.children) == ["a) Phát triển dữ liệu số", "b) Phát triển dịch vụ", "c) Xây dựng, phát triển đô thị thông minh"])
        #expect(six.children[1].blocks.map(\.text) == ["Tiếp tục vận hành cơ sở dữ liệu đất đai."])
        #expect(six.children[2].line == 4)
        #expect(six.children[2].blocks.map(\.text) == ["Phát triển các dịch vụ đô thị thông minh."])
    }

    @Test func longNumberedItemHasNoTitleAndItsTextAsFirstParagraph() throws {
        let item = "Các cấp, các ngành và các địa phương phải xác định việc triển khai thực hiện các nhiệm vụ đề ra tại Kế hoạch là nhiệm vụ trọng tâm, thường xuyên của cơ quan mình."
        let r = build("III. YÊU CẦU\n1. \(item)\nNội dung tiếp theo.")
        let one = try #require(r.sections[0].children.first)
        #expect(one.title == nil && one.marker == "1.")
        #expect(one.blocks.map(\.text) == [item, "Nội dung tiếp theo."])
        #expect(one.blocks[0].line == 2 && one.blocks[0].kind == .paragraph)
    }

    @Test func shortHeadingWithColonKeepsTitleWithoutColon() {
        let r = build("2. Mục tiêu cụ thể\na) Năm 2021:\n- Một.\nb) Mục tiêu:")
        #expect(titles(r.sections[0].children) == ["a) Năm 2021", "b) Mục tiêu"])
    }

    @Test func shortLineEndingInPeriodIsTitleOnlyWhenContentFollows() {
        let r = build("""
            1. Nội dung và mục tiêu “Cải cách thể chế”.
            - Thực hiện đầy đủ.
            2. Yêu cầu
            c) Xây dựng và phát triển Chính quyền điện tử.
            d) Cải cách tài chính công.
            """)
        #expect(r.sections[0].title == "Nội dung và mục tiêu “Cải cách thể chế”")
        let c = r.sections[1].children[0]
        #expect(c.title == nil)
        #expect(c.blocks.map(\.text) == ["Xây dựng và phát triển Chính quyền điện tử."])
    }

    @Test func differentBulletCharacterNestsUnderTheBulletAbove() throws {
        let r = build("""
            a) Mục tiêu
            - Tiếp tục hoàn thiện thể chế.
            - Đến năm 2025:
            + Phấn đấu 100% văn bản.
            + 100% văn bản được xử lý.
            - Đến năm 2030:
            Hoàn thiện toàn diện.
            """)
        let blocks = r.sections[0].blocks
        #expect(blocks.map(\.marker) == ["-", "-", "-", nil])
        #expect(blocks[1].children.map(\.marker) == ["+", "+"])
        #expect(blocks[1].children.map(\.line) == [4, 5])
        #expect(blocks[2].children.isEmpty)
        #expect(blocks[3].kind == .paragraph)
    }

    @Test func textBeforeTheFirstHeadingGoesToAnUntitledSection() {
        let r = build("Thực hiện Nghị quyết số 76/NQ-CP.\nUBND tỉnh ban hành Kế hoạch.\nI. MỤC ĐÍCH")
        #expect(r.sections.count == 2)
        let lead = r.sections[0]
        #expect(lead.marker == nil && lead.title == nil && lead.scheme == .caps)
        #expect(lead.blocks.count == 2 && lead.span == Span(startLine: 1, endLine: 2))
        #expect(build("I. MỤC ĐÍCH\nNội dung.").sections.count == 1)
    }

    @Test func tablesAreCountedInBodyOrder() {
        let blocks: [SourceBlock] = [
            .text("I. NHIỆM VỤ", line: 1),
            SourceBlock(kind: .table, text: "", line: 2, endLine: 9, table: TableCandidate(dialect: "pipe_rows")),
            SourceBlock(kind: .table, text: "", line: 10, endLine: 11, role: .siteMetadata, table: TableCandidate(dialect: "pipe_rows")),
            .text("Ghi chú.", line: 12),
            SourceBlock(kind: .table, text: "", line: 13, endLine: 20, table: TableCandidate(dialect: "pipe_rows")),
        ]
        let s = OutlineBuilder.build(blocks).sections[0]
        #expect(s.blocks.map(\.kind) == [.table, .paragraph, .table])
        #expect(s.blocks.map(\.table) == [0, nil, 1])
        #expect(s.span.endLine == 20)
    }

    @Test func attachedPlanAfterTitleBlocksDoesNotNestUnderTheDecision() {
        let blocks: [SourceBlock] = [
            .text("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính.", line: 9),
            .text("Điều 2. Quyết định có hiệu lực kể từ ngày ký.", line: 10),
            .text("Nơi nhận:", line: 14, role: .recipients),
            .text("KẾ HOẠCH", line: 27, role: .title),
            .text("I. MỤC TIÊU CHUNG", line: 31),
            .text("1. Cải cách thể chế", line: 36),
        ]
        let r = OutlineBuilder.build(blocks)
        #expect(r.sections.map(\.marker) == ["Điều 1.", "Điều 2.", "I."])
        #expect(r.sections[2].level == 1 && r.sections[2].children.map(\.marker) == ["1."])
        #expect(r.diagnostics.isEmpty)
    }

    @Test func spanRunsToTheLastLineOfTheLastDescendant() {
        let r = build("I. MỤC TIÊU\n1. Một\na) A\n- x\n+ y\nII. KINH PHÍ")
        #expect(r.sections[0].span == Span(startLine: 1, endLine: 5))
        #expect(r.sections[0].children[0].span == Span(startLine: 2, endLine: 5))
        #expect(r.sections[1].span == Span(startLine: 6, endLine: 6))
    }

    @Test func decimalNumberingNestsUnderItsArabicItem() {
        let r = build("1. Mục đích\n2. Trách nhiệm cụ thể\n2.1. Sở Nội vụ\n- Chủ trì.\n2.2. Sở Tư pháp\n2.3 Văn phòng UBND tỉnh\n3. Kinh phí")
        #expect(r.sections.map(\.marker) == ["1.", "2.", "3."])
        #expect(titles(r.sections[1].children) == ["2.1. Sở Nội vụ", "2.2. Sở Tư pháp", "2.3 Văn phòng UBND tỉnh"])
        #expect(r.diagnostics.isEmpty)
    }

    @Test func romanReturnsToTheLevelTheDocumentGaveIt() {
        let r = build("A. MỤC ĐÍCH\nI. MỤC ĐÍCH\n1. Một\nB. NHIỆM VỤ\n1. Căn cứ\nII. Công khai minh bạch\n1. Công khai")
        #expect(r.sections.map(\.marker) == ["A.", "B."])
        #expect(r.sections[1].children.map(\.marker) == ["1.", "II."])
        #expect(r.sections[1].children[1].children.map(\.marker) == ["1."])
    }

    @Test func articlesKeepCountingAcrossChapters() {
        let r = build("Chương I\nQuy định chung\nĐiều 1. Phạm vi\nĐiều 2. Đối tượng\nChương II\nĐiều 3. Tổ chức thực hiện")
        #expect(titles(r.sections) == ["Chương I Quy định chung", "Chương II —"])
        #expect(r.sections[1].children.map(\.marker) == ["Điều 3."])
        #expect(r.diagnostics.isEmpty)
    }

    @Test func capsTitleContinuesOnTheNextLine() {
        let r = build("PHỤ LỤC\nDANH MỤC CÁC HOẠT ĐỘNG TRIỂN KHAI KẾ HOẠCH\nTỈNH SƠN LA GIAI ĐOẠN 2021-2030\n(Kèm theo Quyết định số 2407/QĐ-UBND)")
        let s = r.sections[0]
        #expect(s.scheme == .appendix && s.marker == "PHỤ LỤC")
        #expect(s.title == "DANH MỤC CÁC HOẠT ĐỘNG TRIỂN KHAI KẾ HOẠCH TỈNH SƠN LA GIAI ĐOẠN 2021-2030")
        #expect(s.blocks.map(\.line) == [4])
        #expect(s.span == Span(startLine: 1, endLine: 4))
    }

    @Test func appendicesFollowEachOtherAtTheTop() {
        let r = build("I. NHIỆM VỤ\n1. Sở Nội vụ\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\nPhụ lục II: Phân công thực hiện\nPHỤ LỤC III")
        #expect(r.sections.map(\.marker) == ["I.", "PHỤ LỤC", "Phụ lục II", "PHỤ LỤC III"])
        #expect(r.sections.map(\.title) == ["NHIỆM VỤ", "DANH MỤC NHIỆM VỤ", "Phân công thực hiện", nil])
        #expect(r.sections.allSatisfy { $0.level == 1 })
    }

    @Test func capsLineAfterTheBodyStartsATopLevelSection() {
        let r = build("I. NHIỆM VỤ\n1. Sở Nội vụ\n- Chủ trì.\nNHỮNG NHIỆM VỤ TRỌNG TÂM NĂM 2022\nA. TRUNG TÂM HÀNH CHÍNH CÔNG")
        #expect(r.sections.map(\.scheme) == [.roman, .caps])
        #expect(r.sections[1].title == "NHỮNG NHIỆM VỤ TRỌNG TÂM NĂM 2022" && r.sections[1].marker == nil)
        #expect(r.sections[1].children.map(\.marker) == ["A."])
    }

    @Test func capsLineThatContinuesASentenceIsText() {
        let wrapped = "Chủ trì, phối hợp với các cơ quan có liên quan tham mưu, đề xuất trình Chủ tịch"
        let r = build("1. Sở Nội vụ\n\(wrapped)\nUBND TỈNH\nxem xét, quyết định.\nHệ thống pháp luật\nỦY BAN NHÂN DÂN")
        #expect(r.sections.count == 2)
        #expect(r.sections[0].blocks.map(\.text) == [wrapped, "UBND TỈNH", "xem xét, quyết định.", "Hệ thống pháp luật"])
        #expect(r.sections[1].title == "ỦY BAN NHÂN DÂN")
    }

    @Test func headingStyleMakesAPlainLineASection() {
        let blocks: [SourceBlock] = [
            .text("Mục tiêu chung", line: 3, style: .heading),
            .text("Nâng cao chất lượng.", line: 4),
        ]
        let r = OutlineBuilder.build(blocks)
        #expect(r.sections.map(\.title) == ["Mục tiêu chung"])
        #expect(r.sections[0].blocks.map(\.line) == [4])
    }

    @Test func letterIAfterHIsALetterNotRomanOne() {
        let r = build("A. MỘT\nB. HAI\nC. BA\nD. BỐN\nĐ. NĂM\nE. SÁU\nG. BẢY\nH. TÁM\nI. CHÍN")
        #expect(r.sections.map(\.scheme) == Array(repeating: .upperLetter, count: 9))
        #expect(r.diagnostics.isEmpty)
    }

    @Test func partTakesItsTitleFromTheNextLine() {
        let r = build("PHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN NĂM 2023\nI. CÔNG TÁC CHỈ ĐẠO\nPHẦN THỨ HAI\nNhiệm vụ năm 2024\nI. MỤC TIÊU")
        #expect(titles(r.sections) == ["PHẦN THỨ NHẤT KẾT QUẢ THỰC HIỆN NĂM 2023", "PHẦN THỨ HAI Nhiệm vụ năm 2024"])
        #expect(r.sections.allSatisfy { $0.scheme == .part && $0.children.map(\.marker) == ["I."] })
    }

    @Test(arguments: ["1.", "a)", "I.", "Điều 1.", "PHỤ LỤC:", "Chương", "Phần thứ", "Đ.", "đ)", "–", "1.1.1.1.1.1.",
                      "99999.", "I-", "-", "+ ", "( )", "A. B. C. D.", "MỤC", "Phụ lục số", ". a) b", "Ⅻ. x"])
    func oddLinesDoNotBreakTheTree(_ line: String) {
        let r = build("I. MỤC TIÊU\n\(line)\n1. Một\n\(line)\na) A\n\(line)")
        let all = OutlineFixtures.allSections(r.sections)
        #expect(all.allSatisfy { $0.span.endLine >= $0.line && $0.span.endLine <= 6 })
        #expect(r.sections.first?.marker == "I.")
    }

    @Test func sectionMucSitsBetweenChapterAndArticle() {
        let r = build("Chương I\nMục 1. Quy định chung\nĐiều 1. Phạm vi\nMục 2. Tổ chức\nĐiều 2. Trách nhiệm\nChương II\nĐiều 3. Hiệu lực")
        #expect(r.sections.map(\.marker) == ["Chương I", "Chương II"])
        #expect(r.sections[0].children.map(\.marker) == ["Mục 1", "Mục 2"])
        #expect(r.sections[0].children[1].children.map(\.marker) == ["Điều 2."])
        #expect(r.sections[1].children.map(\.marker) == ["Điều 3."])
        #expect(r.diagnostics.isEmpty)
    }
}
