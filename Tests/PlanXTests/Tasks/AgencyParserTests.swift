import Testing
@testable import PlanX

@Suite("Agency parser")
struct AgencyParserTests {
    @Test(arguments: SeedAgencies.all)
    func seedCellNamesTheBodiesCheckedByHand(_ c: AgencyCase) {
        let got = AgencyParser.parse(c.text).map { AgencyCase.Body(name: $0.name, kind: $0.kind) }
        #expect(got == c.bodies)
    }

    // MARK: - Splitting

    @Test func collectiveWithCommasIsOneBody() {
        #expect(AgencyParser.parse("Các sở, ban, ngành").map(\.name) == ["Các sở, ban, ngành"])
        #expect(AgencyParser.parse("UBND các huyện, thị xã, thành phố").map(\.kind) == ["group"])
    }

    @Test(arguments: ["Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội", "Đài Phát thanh và Truyền hình",
                      "Sở Thông tin và Truyền thông", "Sở Văn hoá, Thể thao và Du lịch"])
    func bodyWithCommaOrVàInItsNameIsOneBody(_ text: String) {
        #expect(AgencyParser.parse(text).count == 1)
    }

    @Test func levelsAfterOneCommitteeAreTwoCommittees() {
        let got = AgencyParser.parse("UBND cấp huyện, cấp xã")
        #expect(got.map(\.name) == ["Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"])
        #expect(got.map(\.text) == ["UBND cấp huyện", "cấp xã"])
    }

    @Test func commaSplitsOnlyBeforeAWholeBody() {
        #expect(AgencyParser.parse("Sở Nội vụ, Sở Tài chính và Công an tỉnh").map(\.name) == ["Sở Nội vụ", "Sở Tài chính", "Công an tỉnh"])
    }

    // MARK: - Naming

    @Test(arguments: [
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"), ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"), ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"), ("Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"), ("Sở TP", "Sở Tư pháp"),
        ("VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"), ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("Sở Nội Vụ", "Sở Nội vụ"), ("sở tư pháp", "Sở Tư pháp"), ("SNV", "Sở Nội vụ"),
        ("Thường trực HĐND tỉnh", "Thường trực Hội đồng nhân dân tỉnh"),
    ])
    func abbreviationsAreExpandedAndCaseNormalised(_ text: String, _ name: String) {
        let got = AgencyParser.parse(text)
        #expect(got.map(\.name) == [name])
        #expect(got.first?.text == text)
    }

    @Test(arguments: [
        ("Sở Nội vụ", "department"), ("Ban Dân tộc", "department"), ("Văn phòng UBND tỉnh", "office"),
        ("UBND tỉnh", "committee"), ("HĐND tỉnh", "committee"), ("Bộ Nội vụ", "central"), ("Chính phủ", "central"),
        ("Thủ tướng Chính phủ", "central"), ("Tổng cục Thống kê", "central"), ("Các sở, ban, ngành", "group"),
        ("các cơ quan, đơn vị có liên quan", "group"), ("UBND các huyện, thị xã, thành phố", "group"),
        ("Báo Gia Lai", "other"), ("Sở Ngoại vụ", "department"), ("Sở Quy hoạch - Kiến trúc", "department"),
    ])
    func kindFollowsTheBody(_ text: String, _ kind: String) {
        #expect(AgencyParser.parse(text).map(\.kind) == [kind])
    }

    @Test func unknownDepartmentKeepsItsWholeName() {
        #expect(AgencyParser.parse("Sở Văn hóa và Gia đình, Sở Nội vụ").map(\.name) == ["Sở Văn hóa và Gia đình", "Sở Nội vụ"])
    }

    @Test func wordsAfterAKnownNameStayInTheName() {
        let got = AgencyParser.parse("Ban Chỉ đạo CCHC tỉnh; Sở Nội vụ Gia Lai")
        #expect(got.map(\.name) == ["Ban Chỉ đạo cải cách hành chính tỉnh", "Sở Nội vụ Gia Lai"])
        #expect(got.map(\.note) == [nil, nil])
    }

    // MARK: - Notes

    @Test func instructionAfterColonIsTheNote() {
        let got = AgencyParser.parse("Sở Tư pháp: chủ trì thẩm định dự thảo")
        #expect(got == [Agency(name: "Sở Tư pháp", text: "Sở Tư pháp", kind: "department", note: "chủ trì thẩm định dự thảo")])
    }

    @Test func instructionAfterColonBelongsToEveryBodyBeforeIt() {
        let got = AgencyParser.parse("Sở Xây dựng, Sở Tài chính: Tổ chức kiểm tra")
        #expect(got.map(\.note) == ["Tổ chức kiểm tra", "Tổ chức kiểm tra"])
    }

    @Test func roleVerbAfterAKnownBodyStartsTheNote() {
        let got = AgencyParser.parse("Văn phòng UBND tỉnh theo dõi, đôn đốc")
        #expect(got.map(\.note) == ["theo dõi, đôn đốc"])
        #expect(got.map(\.text) == ["Văn phòng UBND tỉnh"])
    }

    @Test func bodiesInsideAnInstructionAreItsObjects() {
        let got = AgencyParser.parse("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan")
        #expect(got.map(\.name) == ["Sở Kế hoạch và Đầu tư"])
        #expect(got.first?.note == "chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan")
    }

    @Test func lowerCaseItemAfterSemicolonContinuesTheInstruction() {
        let got = AgencyParser.parse("Các Sở, ngành: Hoàn thành các mẫu; công khai tại Trung tâm hành chính công tỉnh.")
        #expect(got.count == 1)
        #expect(got.first?.note == "Hoàn thành các mẫu; công khai tại Trung tâm hành chính công tỉnh")
    }

    @Test func bulletsAfterAnInstructionContinueIt() {
        let got = AgencyParser.parse("UBND cấp huyện: - Rà soát các mẫu. - Cung cấp các mẫu cho UBND cấp xã.")
        #expect(got.map(\.name) == ["Ủy ban nhân dân cấp huyện"])
        #expect(got.first?.note == "Rà soát các mẫu; Cung cấp các mẫu cho UBND cấp xã")
    }

    @Test func emptyOrPunctuationCellNamesNoBody() {
        #expect(AgencyParser.parse(" \u{A0}").isEmpty)
        #expect(AgencyParser.parse("-").isEmpty)
    }
}
