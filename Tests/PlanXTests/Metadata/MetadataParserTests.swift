import Testing
@testable import PlanX

@Suite("Metadata parsers")
struct MetadataParserTests {
    @Test(arguments: [
        ("Gia Lai, ngày 26 tháng 12 năm 2023", "2023-12-26"),
        ("Hà Giang, ngày 31 tháng 5 năm 2024 |", "2024-05-31"),
        ("Ngày ban hành: 31/05/2024", "2024-05-31"),
        ("ngày 01/10/2021 của Ủy ban nhân dân tỉnh", "2021-10-01"),
        ("12-08-2021", "2021-08-12"),
        ("ngày 29 tháng 2 năm 2024", "2024-02-29"),
    ])
    func vietnameseDatesBecomeISO(text: String, iso: String) {
        #expect(VietnameseDate.firstISO(in: text) == iso)
    }

    @Test(arguments: ["ngày 31 tháng 2 năm 2023", "ngày … tháng … năm 2023", "32/12/2023", "Quý IV/2021"])
    func impossibleOrBlankDatesAreNil(text: String) {
        #expect(VietnameseDate.firstISO(in: text) == nil)
    }

    @Test func capsTitleKeepsProperNamesAndAcronymsTheBodyWrites() {
        let title = "CẢI THIỆN CHỈ SỐ CCHC NĂM 2024 CỦA TỈNH GIA LAI GIAI ĐOẠN II"
        let names = ProperNameIndex(texts: ["Ủy ban nhân dân tỉnh Gia Lai ban hành kế hoạch CCHC.", "tỉnh Gia Lai, chỉ số"],
                                    words: SentenceCase.words(title))
        #expect(SentenceCase.apply(title, names: names) == "Cải thiện chỉ số CCHC năm 2024 của tỉnh Gia Lai giai đoạn II")
        #expect(SentenceCase.apply(title) == "Cải thiện chỉ số cchc năm 2024 của tỉnh gia lai giai đoạn II")
    }

    @Test func pairWrittenMostlyInLowerCaseStaysLowerCase() {
        let names = ProperNameIndex(texts: ["Kế Hoạch", "kế hoạch này", "theo kế hoạch"], words: ["kế", "hoạch"])
        #expect(SentenceCase.apply("KẾ HOẠCH NĂM", names: names) == "Kế hoạch năm")
    }

    @Test(arguments: [
        (["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"], "Ủy ban nhân dân tỉnh Gia Lai", "Gia Lai"),
        (["UBND TỈNH HÀ GIANG"], "Ủy ban nhân dân tỉnh Hà Giang", "Hà Giang"),
        (["ỦY BAN NHÂN DÂN TỈNH SƠN LA"], "Ủy ban nhân dân tỉnh Sơn La", "Sơn La"),
        (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"], "Ủy ban nhân dân thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        (["UBND TỈNH GIA LAI", "SỞ NỘI VỤ"], "Sở Nội vụ tỉnh Gia Lai", "Gia Lai"),
    ])
    func issuerLinesBecomeOneSentenceCaseName(lines: [String], issuer: String, province: String) {
        let r = IssuerParser.parse(lines)
        #expect(r?.issuer == issuer)
        #expect(r?.province == province)
    }

    @Test func issuerWithoutUnitIsIncomplete() {
        let r = IssuerParser.parse(["ỦY BAN NHÂN DÂN"])
        #expect(r?.issuer == "Ủy ban nhân dân")
        #expect(r?.hasUnit == false)
        #expect(IssuerParser.province(fromSite: "Tỉnh Bình Dương") == "Bình Dương")
    }

    @Test func signatureLinesGiveAuthorityTitleAndName() {
        let s = SignatureParser.parse(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn A"])
        #expect(s == Signer(name: "Nguyễn Văn A", title: "Phó Chủ tịch", authority: "KT. Chủ tịch"))
        let split = SignatureParser.parse(["TM. ỦY BAN NHÂN", "DÂN"])
        #expect(split == Signer(authority: "TM. Ủy ban nhân dân"))
        #expect(SignatureParser.parse(["CHỦ TỊCH"]) == Signer(title: "Chủ tịch"))
    }

    @Test(arguments: [
        ("Số: 3638/KH-UBND", "3638/KH-UBND", "Kế hoạch"),
        ("Số: 6832/KH-UBND |", "6832/KH-UBND", "Kế hoạch"),
        ("Số 2992 /KH-UBND", "2992/KH-UBND", "Kế hoạch"),
        ("Nghị quyết số: 95/2025/UBTVQH15", "95/2025/UBTVQH15", nil),
        ("Số: 12/2021/QĐ-UBND", "12/2021/QĐ-UBND", "Quyết định"),
    ] as [(String, String, String?)])
    func numberLinesGiveTheNumberAndItsType(line: String, number: String, type: String?) {
        #expect(NumberLineParser.parse(line) == number)
        #expect(NumberLineParser.type(ofNumber: number) == type)
    }

    @Test func blankNumberIsNil() {
        #expect(NumberLineParser.parse("Số:      /KH-UBND") == nil)
    }

    @Test func captionNamesTheCarryingDecision() {
        let c = CaptionParser.parse("(Kèm theo Quyết định số 2407/QĐ-UBND ngày 01/10/2021 của Ủy ban nhân dân tỉnh)")
        #expect(c == CaptionParser.Result(kind: "Quyết định", number: "2407/QĐ-UBND", date: "2021-10-01"))
    }

    @Test func siteFieldsInEveryTextForm() {
        #expect(SiteField.parse("Số hiệu | 6832/KH-UBND |", line: 2) == SiteField(key: "Số hiệu", value: "6832/KH-UBND", line: 2))
        #expect(SiteField.parse("  • Người ký: Trương Hải Long", line: 3)?.value == "Trương Hải Long")
        #expect(SiteField.parse("- Ngày ban hành: 12/08/2021", line: 4)?.key == "Ngày ban hành")
        #expect(SiteField.parse("Số: 6832/KH-UBND", line: 5) == nil)
    }
}

extension MetadataParserTests {
    @Test(arguments: [("Số: 3638/KH-UBND", true), ("Số 12/QĐ-UBND", true), ("Số:      /KH-UBND", true),
                      ("Số lượng doanh nghiệp gia nhập thị trường", false), ("Nghị quyết số: 95/2025/UBTVQH15", true)])
    func numberLineShape(text: String, isNumber: Bool) {
        #expect(RegionText.isNumberLine(text) == isNumber)
    }

    @Test func mixedCaseAuthorityIsRecognised() {
        #expect(SignatureShape.isAuthority("TM. Ủy ban nhân dân"))
        #expect(!SignatureShape.isAuthority("Tm. là viết tắt"))
        #expect(SignatureParser.parse(["TM. Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn B"])?.authority == "TM. Ủy ban nhân dân")
    }
}
