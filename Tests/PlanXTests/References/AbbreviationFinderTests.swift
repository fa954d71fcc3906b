import Testing
@testable import PlanX

/// One abbreviation expected in a line of text.
struct AbbreviationCase: Sendable, CustomTestStringConvertible {
    var text: String
    var short: String
    var long: String
    var testDescription: String { text }
}

private func abbreviations(_ lines: [String]) -> [Abbreviation] {
    var seen = Set<String>()
    var out: [Abbreviation] = []
    for (i, text) in lines.enumerated() { AbbreviationFinder.scan(text, line: i + 1, seen: &seen, into: &out) }
    return out
}

@Suite("Abbreviations")
struct AbbreviationFinderTests {
    static let positives: [AbbreviationCase] = [
        .init(text: "Chương trình tổng thể cải cách hành chính (sau đây viết tắt là CCHC) nhà nước giai đoạn 2021-2030",
              short: "CCHC", long: "cải cách hành chính"),
        .init(text: "ban hành Chương trình tổng thể cải cách hành chính (CCHC) nhà nước giai đoạn 2021 - 2030;",
              short: "CCHC", long: "cải cách hành chính"),
        .init(text: "Quyết định số 602/QĐ-UBND ngày 17/9/2021 của Ủy ban nhân dân (UBND) tỉnh về ban hành",
              short: "UBND", long: "Ủy ban nhân dân"),
        .init(text: "100% văn bản quy phạm pháp luật (QPPL) của tỉnh được ban hành đúng thẩm quyền",
              short: "QPPL", long: "quy phạm pháp luật"),
        .init(text: "kiểm tra việc ban hành văn bản quy phạm pháp luật (VBQPPL) của tỉnh",
              short: "VBQPPL", long: "văn bản quy phạm pháp luật"),
        .init(text: "kiểm tra việc ban hành văn bản QPPL (VBQPPL) của tỉnh", short: "VBQPPL", long: "văn bản QPPL"),
        .init(text: "Tập trung thực hiện tốt cải cách thủ tục hành chính (TTHC) giữa các cơ quan nhà nước",
              short: "TTHC", long: "thủ tục hành chính"),
        .init(text: "tiếp nhận tại Trung tâm Phục vụ hành chính công (TTPVHCC) tỉnh", short: "TTPVHCC",
              long: "Trung tâm Phục vụ hành chính công"),
        .init(text: "các nội dung, tiêu chí (TC), tiêu chí thành phần (TCTP) Chỉ số PAR INDEX", short: "TC", long: "tiêu chí"),
        .init(text: "trên Cổng thông tin điện tử (TTĐT) của tỉnh", short: "TTĐT", long: "thông tin điện tử"),
        .init(text: "- Công tác tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân", short: "PAKN", long: "phản ánh, kiến nghị"),
        .init(text: "Thực hiện các hoạt động về theo dõi thi hành pháp luật (TDTHPL)", short: "TDTHPL",
              long: "theo dõi thi hành pháp luật"),
        .init(text: "phối hợp với Sở Thông tin và Truyền thông (TT&TT) tổ chức", short: "TT&TT", long: "Thông tin và Truyền thông"),
        .init(text: "phát triển kinh tế - xã hội (KT-XH) của tỉnh", short: "KT-XH", long: "kinh tế - xã hội"),
        .init(text: "Hội đồng nhân dân (HĐND) tỉnh", short: "HĐND", long: "Hội đồng nhân dân"),
        .init(text: "công bố Chỉ số CCHC (gọi tắt là Chỉ số PAR INDEX) năm 2023 của các bộ", short: "Chỉ số PAR INDEX",
              long: "Chỉ số CCHC"),
        .init(text: "về phê duyệt Đề án phát triển ứng dụng về dữ liệu dân cư, định danh và xác thực điện tử trên địa bàn tỉnh Gia Lai (viết gọn là Đề án 06).",
              short: "Đề án 06",
              long: "Đề án phát triển ứng dụng về dữ liệu dân cư, định danh và xác thực điện tử trên địa bàn tỉnh Gia Lai"),
        .init(text: "nâng cao hiệu quả hoạt động của Trung tâm hành chính công (sau đây gọi tắt là “Trung tâm”).",
              short: "Trung tâm", long: "Trung tâm hành chính công"),
        .init(text: "đẩy mạnh ứng dụng công nghệ thông tin (viết tắt là CNTT) trong hoạt động", short: "CNTT",
              long: "công nghệ thông tin"),
    ]

    @Test(arguments: positives)
    func definedShortFormGetsItsLongForm(_ c: AbbreviationCase) throws {
        let found = try #require(abbreviations([c.text]).first)
        #expect(found.short == c.short)
        #expect(found.long == c.long)
        #expect(found.line == 1)
    }

    @Test(arguments: [
        "nâng cao Chỉ số cải cách hành chính (PAR Index), Chỉ số hiệu quả Quản trị và Hành chính công (PAPI)",
        "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số công khai ngân sách tỉnh (POBI)",
        "internet vạn vật (IoT), trí tuệ nhân tạo (AI), chuỗi khối",
        "Ban chấp hành Đảng bộ tỉnh (Khoá XIV) thực hiện Nghị quyết",
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NGSP) theo Khung kiến trúc",
        "các biện pháp khuyến khích đầu tư theo hình thức công - tư (PPP) đối với",
        "Chỉ số SIPAS đạt 7,63/10 điểm(Chỉ số hài lòng đạt 76,3%), xếp thứ 63/63",
        "giai đoạn 2 (năm 2021-2023) được UBND tỉnh phê duyệt",
        "(CCHC) ở đầu dòng không có chữ đứng trước",
    ])
    func parenthesisThatDoesNotSpellItsWordsIsNoAbbreviation(_ text: String) {
        #expect(abbreviations([text]).isEmpty)
    }

    @Test func eachShortFormKeepsItsFirstDefinition() {
        let found = abbreviations([
            "thực hiện công tác cải cách hành chính (CCHC), đồng thời",
            "Ủy ban nhân dân (UBND) tỉnh",
            "Chương trình tổng thể cải cách hành chính (sau đây viết tắt là CCHC) nhà nước",
        ])
        #expect(found.map(\.short) == ["CCHC", "UBND"])
        #expect(found.map(\.line) == [1, 2])
    }

    @Test func initialsFoldTonesAndDStroke() {
        #expect(Initials.fold(Character("Ủ")) == "U")
        #expect(Initials.fold(Character("đ")) == "D")
        #expect(Initials.fold(Character("ư")) == "U")
        #expect(Initials.fold(Character("ế")) == "E")
        #expect(Initials.fold(Character("-")) == nil)
        #expect(Initials.shortLetters("HĐND") == ["H", "D", "N", "D"])
        #expect(Initials.shortLetters("PAR Index") == nil)
    }
}
