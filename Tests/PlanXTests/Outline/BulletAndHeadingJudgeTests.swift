import Testing
@testable import PlanX

@Suite("Outline bullets and heading judge")
struct BulletAndHeadingJudgeTests {
    @Test(arguments: [
        ("- Đến năm 2025:", "-", "Đến năm 2025:"),
        ("+ Phấn đấu 100% văn bản", "+", "Phấn đấu 100% văn bản"),
        ("• Thuộc tính", "•", "Thuộc tính"),
        ("– Sở Nội vụ", "–", "Sở Nội vụ"),
        ("-Tối thiểu 50% báo cáo", "-", "Tối thiểu 50% báo cáo"),
        ("* Ghi chú", "*", "Ghi chú"),
        ("· Mục", "·", "Mục"),
    ])
    func recognisesBullet(_ line: String, _ marker: String, _ text: String) {
        #expect(BulletParser.parse(line) == BulletParser.Bullet(marker: marker, text: text))
    }

    @Test(arguments: ["-------", "-", "-5% so với năm trước", "**đậm**", "--- tách ---", "Sở Nội vụ"])
    func notABullet(_ line: String) {
        #expect(BulletParser.parse(line) == nil)
    }

    @Test(arguments: [
        ("Mục đích", HeadingJudge.Verdict.title),
        ("Năm 2021:", .title),
        ("MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP", .title),
        ("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số.", .titleIfContent),
        ("Tăng cường công tác chỉ đạo, điều hành việc triển khai CCHC từ UBND tỉnh, Chủ tịch UBND tỉnh đến các sở, ban, ngành", .titleIfContent),
        ("Các cấp, các ngành và các địa phương phải xác định việc triển khai thực hiện các nhiệm vụ đề ra tại Kế hoạch là nhiệm vụ trọng tâm, thường xuyên của cơ quan, đơn vị, địa phương mình trong năm.", .content),
        ("Thực hiện tốt công tác CCHC tại cơ quan. Chú trọng cải cách TTHC.", .content),
    ])
    func judgesHeadingText(_ rest: String, _ verdict: HeadingJudge.Verdict) {
        #expect(HeadingJudge.judge(rest) == verdict)
    }

    @Test func boldHintAcceptsALongerTitle() {
        let rest = String(repeating: "Nâng cao chất lượng công tác ", count: 8)
        #expect(HeadingJudge.judge(rest) == .content)
        #expect(HeadingJudge.judge(rest, style: .bold) == .title)
    }

    @Test func titleDropsTrailingColon() {
        #expect(HeadingJudge.cleanTitle("Mục tiêu:") == "Mục tiêu")
    }

    @Test(arguments: [("PHỤ LỤC", true), ("DANH MỤC NHIỆM VỤ NĂM 2024", true), ("III", false), ("(KÈM THEO KẾ HOẠCH)", false),
                      ("Sở Nội vụ", false), ("STT | NỘI DUNG", false), ("ỦY BAN", true)])
    func recognisesCapsHeadingLine(_ line: String, _ expected: Bool) {
        #expect(HeadingJudge.isCapsHeading(line) == expected)
    }
}
