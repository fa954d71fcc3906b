import Testing
@testable import PlanX

/// Runs the builder over the corpus documents (every line a body block, as if Regions found
/// nothing) and checks what must hold for any input, plus headings read off the documents.
@Suite("Outline corpus")
struct OutlineCorpusTests {
    // MARK: - Invariants

    @Test(arguments: OutlineFixtures.corpusNames)
    func treeIsConsistent(_ name: String) throws {
        let blocks = try OutlineFixtures.corpusBlocks(name)
        let r = OutlineBuilder.build(blocks)
        try checkInvariants(r.sections, blocks: blocks)
    }

    private func checkInvariants(_ roots: [Section], blocks: [SourceBlock]) throws {
        // Levels are depths; spans start at the heading and nest; siblings come in order.
        func walk(_ s: Section, level: Int, parent: Span?) {
            #expect(s.level == level, "level of line \(s.line)")
            #expect(s.span.startLine == s.line && s.span.endLine >= s.line)
            if let p = parent { #expect(p.startLine <= s.span.startLine && s.span.endLine <= p.endLine, "span of line \(s.line)") }
            for b in OutlineFixtures.allBlocks(s.blocks) {
                #expect(b.line >= s.line && b.line <= s.span.endLine, "block line \(b.line) in section \(s.line)")
            }
            for (a, b) in zip(s.children, s.children.dropFirst()) { #expect(a.span.endLine <= b.line) }
            if let lastBlock = s.blocks.last, let firstChild = s.children.first { #expect(lastBlock.line <= firstChild.line) }
            for c in s.children { walk(c, level: level + 1, parent: s.span) }
        }
        for (a, b) in zip(roots, roots.dropFirst()) { #expect(a.span.endLine <= b.line) }
        roots.forEach { walk($0, level: 1, parent: nil) }

        // Every body block is in the tree once (a line holding two headings twice), or
        // continues the all-caps title of the heading just above it.
        let sections = OutlineFixtures.allSections(roots)
        var count: [Int: Int] = [:]
        var sectionLines = Set<Int>()
        for s in sections { count[s.line, default: 0] += 1; sectionLines.insert(s.line) }
        for s in sections {
            for b in OutlineFixtures.allBlocks(s.blocks) { count[b.line, default: 0] += 1 }
        }
        // A long item's own text is its first block: one source line, counted once.
        for s in sections where s.title == nil && s.marker != nil && s.blocks.first?.line == s.line { count[s.line, default: 0] -= 1 }
        let body = blocks.filter { $0.role == .body }
        for b in body {
            let n = count[b.line] ?? 0
            if n == 0 {
                let continued = sections.contains {
                    $0.line < b.line && b.line <= $0.span.endLine && ($0.title ?? "").contains(HeadingJudge.cleanTitle(b.text) ?? "\u{0}")
                }
                #expect(continued, "line \(b.line) '\(b.text.prefix(40))' is missing")
            } else {
                #expect(n == 1 || (n == 2 && sectionLines.contains(b.line)), "line \(b.line) appears \(n) times")
            }
        }
        let bodyLines = Set(body.map(\.line))
        #expect(count.keys.allSatisfy { bodyLines.contains($0) })

        // Tables are numbered 0, 1, … in document order.
        let tables = sections.flatMap { s in s.blocks.filter { $0.kind == .table } }.sorted { $0.line < $1.line }
        #expect(tables.map(\.table) == Array(0..<body.filter { $0.kind == .table }.count).map(Optional.some))
    }

    // MARK: - Headings read off the documents

    private func outline(_ name: String) throws -> [Section] {
        OutlineBuilder.build(try OutlineFixtures.corpusBlocks(name)).sections
    }

    private func section(_ roots: [Section], line: Int) throws -> Section {
        try #require(OutlineFixtures.allSections(roots).first { $0.line == line })
    }

    @Test func binhDuongNumberingAndLostHeadings() throws {
        let r = OutlineBuilder.build(try OutlineFixtures.corpusBlocks("binh-duong-6832-2021.txt"))
        let two = try section(r.sections, line: 56)
        #expect(two.marker == "II." && two.title == "MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP")
        #expect(two.children.map(\.marker) == ["1.", "3.", "4.", "7."])
        #expect(two.children[0].children.map(\.title) == ["Mục tiêu", "Nhiệm vụ và giải pháp", "Mục tiêu", "Nhiệm vụ và giải pháp"])
        let jumps = r.diagnostics.filter { $0.code == "outline.numbering-jump" }.compactMap(\.line)
        #expect(jumps.contains(78) && jumps.contains(115))
        let resp = try section(r.sections, line: 143)
        #expect(resp.title == "Trách nhiệm cụ thể của một số sở, ngành")
        #expect(resp.children.map(\.marker) == ["2.1.", "2.2.", "2.3.", "2.4.", "2.5.", "2.6.", "2.7"])
        #expect(resp.children[0].title == "Sở Nội vụ" && resp.children[0].blocks.count == 5)
    }

    @Test func sonLaDecisionThenPlan() throws {
        let roots = try outline("son-la-2407-2021.txt")
        let decision = try section(roots, line: 8)
        #expect(decision.children.map(\.marker) == ["Điều 1.", "Điều 2.", "Điều 3."])
        let plan = try section(roots, line: 27)
        #expect(plan.level == 1 && plan.title == "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH SƠN LA GIAI ĐOẠN 2021-2030")
        #expect(plan.children.map(\.marker) == ["I.", "II.", "III.", "IV.", "V.", "VI."])
        let tasks = plan.children[1]
        #expect(tasks.children.map(\.marker) == ["1.", "2.", "3.", "4.", "5.", "6."])
        let goal = tasks.children[0].children[0]
        #expect(goal.marker == "a)" && goal.title == "Mục tiêu")
        let by2025 = try #require(goal.blocks.first { $0.text == "Đến năm 2025:" })
        #expect(by2025.marker == "-" && by2025.children.count == 3 && by2025.children.allSatisfy { $0.marker == "+" })
        let appendix = try #require(roots.last)
        #expect(appendix.scheme == .appendix && appendix.line == 266)
        #expect(appendix.title?.hasPrefix("DANH MỤC CÁC HOẠT ĐỘNG") == true)
    }

    @Test func haGiangRomanArabicDecimal() throws {
        let roots = try outline("ha-giang-147-2024.txt")
        let plan = try section(roots, line: 26)
        #expect(plan.children.map(\.marker) == ["I.", "II.", "III."])
        let content = plan.children[1]
        #expect(content.children.map(\.marker) == ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."])
        #expect(content.children[1].title == "Nội dung và mục tiêu “Cải cách thể chế”")
        #expect(content.children[7].children.map(\.marker) == ["8.1.", "8.2."])
        #expect(roots.contains { $0.scheme == .appendix && $0.line == 293 })
    }

    @Test func binhThuanLettersAboveRomans() throws {
        let r = OutlineBuilder.build(try OutlineFixtures.corpusBlocks("binh-thuan-2992-2021.txt"))
        let top = r.sections.filter { $0.scheme == .upperLetter }
        #expect(top.map(\.marker) == ["A.", "B."])
        #expect(top[0].title == "MỤC ĐÍCH, MỤC TIÊU, YÊU CẦU")
        #expect(top[0].children.first.map { [$0.marker, $0.title, "\($0.line)"] } == ["I.", "MỤC ĐÍCH", "12"])
        #expect(top[1].children.filter { $0.scheme == .roman }.map(\.marker) == ["II.", "III."])
        let publish = try section(r.sections, line: 51)
        #expect(publish.marker == "1." && publish.title == "Công khai thủ tục hành chính")
        let yearly = try section(r.sections, line: 22)
        #expect(yearly.title == "Năm 2021" && yearly.blocks.count == 3)
        let list = try section(r.sections, line: 230)
        #expect(list.scheme == .caps && list.level == 1 && list.children.map(\.marker) == ["A.", "B."])
    }

    @Test func giaLaiGluedHeadingAndAppendix() throws {
        let roots = try outline("gia-lai-3638-2023.txt")
        let plan = try section(roots, line: 17)
        #expect(plan.children.map(\.marker) == ["I.", "II.", "III.", "IV."])
        let digital = plan.children[1].children[5]
        #expect(digital.marker == "6.")
        #expect(digital.children.map(\.marker) == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)"])
        #expect(digital.children.last?.line == 199 && digital.children.last?.title == "Xây dựng, phát triển đô thị thông minh")
        #expect(roots.contains { $0.scheme == .appendix && $0.line == 265 })
    }
}
