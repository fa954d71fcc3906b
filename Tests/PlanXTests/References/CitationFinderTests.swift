import Testing
@testable import PlanX

/// One citation expected in a line of text.
struct CitationCase: Sendable, CustomTestStringConvertible {
    var text: String
    var kind: String
    var number: String?
    var issuer: String?
    var date: String?
    var testDescription: String { text }
}

private func citations(_ text: String) -> [Citation] {
    var out: [Citation] = []
    CitationFinder.scan(text, line: 7, into: &out)
    return out
}

@Suite("Citations")
struct CitationFinderTests {
    /// Expressions from the sample documents (and a few general shapes), each cited once.
    static let cases: [CitationCase] = [
        .init(text: "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính",
              kind: "Nghị quyết", number: "76/NQ-CP", issuer: "Chính phủ", date: "2021-07-15"),
        .init(text: "Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về việc đẩy mạnh thực hiện",
              kind: "Chỉ thị", number: "23/CT-TTg", issuer: "Thủ tướng Chính phủ", date: "2021-09-02"),
        .init(text: "Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật",
              kind: "Nghị định", number: "59/2012/NĐ-CP", issuer: "Chính phủ", date: "2012-07-23"),
        .init(text: "Thông tư số 56/2022/TT-BTC ngày 16/9/2022 của Bộ Tài chính hướng dẫn một số nội dung",
              kind: "Thông tư", number: "56/2022/TT-BTC", issuer: "Bộ Tài chính", date: "2022-09-16"),
        .init(text: "Quyết định số 602/QĐ-UBND ngày 17/9/2021 của Ủy ban nhân dân (UBND) tỉnh về ban hành Chương trình",
              kind: "Quyết định", number: "602/QĐ-UBND", issuer: "Ủy ban nhân dân tỉnh", date: "2021-09-17"),
        .init(text: "Thực hiện Chương trình hành động số 06-CTr/TU ngày 22/01/2021 của Ban chấp hành Đảng bộ tỉnh (Khoá XIV) thực hiện",
              kind: "Chương trình hành động", number: "06-CTr/TU", issuer: "Ban chấp hành Đảng bộ tỉnh", date: "2021-01-22"),
        .init(text: "các nhiệm vụ theo Chương trình hành động số 06- CTr/TU ngày 22/01/2021",
              kind: "Chương trình hành động", number: "06-CTr/TU", date: "2021-01-22"),
        .init(text: "theo đúng quy định tại Công văn số 2444/UBND-NCKSTTHC ngày 02/7/2020 của UBND tỉnh.",
              kind: "Công văn", number: "2444/UBND-NCKSTTHC", issuer: "UBND tỉnh", date: "2020-07-02"),
        .init(text: "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 813/TTr-SNV ngày 27 tháng 9 năm 2021",
              kind: "Tờ trình", number: "813/TTr-SNV", date: "2021-09-27"),
        .init(text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
              kind: "Luật", date: "2015-06-19"),
        .init(text: "thực hiện Nghị quyết 19-NQ/TW “về tiếp tục đổi mới hệ thống tổ chức”",
              kind: "Nghị quyết", number: "19-NQ/TW"),
        .init(text: "Tiếp tục đẩy mạnh triển khai thực hiện Nghị định số 107/2020/NĐ-CP[1] ngày 14/9/2020;",
              kind: "Nghị định", number: "107/2020/NĐ-CP", issuer: "Chính phủ", date: "2020-09-14"),
        .init(text: "một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của chính phủ về thực hiện cơ chế một cửa",
              kind: "Nghị định", number: "61/2018/NĐ-CP", issuer: "chính phủ", date: "2018-04-23"),
        .init(text: "Tổ chức thực hiện hiệu quả Chương trình số 19-CTr/TU ngày 31/5/2021 của Tỉnh ủy về phát triển",
              kind: "Chương trình", number: "19-CTr/TU", issuer: "Tỉnh ủy", date: "2021-05-31"),
        .init(text: "theo Nghị định số 167/2017/NĐ-CP ngày 31/12/2017 của Chính phủ Quy định sắp xếp lại, xử lý tài sản công.",
              kind: "Nghị định", number: "167/2017/NĐ-CP", issuer: "Chính phủ", date: "2017-12-31"),
        .init(text: "(Ban hành kèm theo Kế hoạch số 6832/KH-UBND ngày 30 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh)",
              kind: "Kế hoạch", number: "6832/KH-UBND", issuer: "Ủy ban nhân dân tỉnh", date: "2021-12-30"),
        .init(text: "và Nghị quyết số 53/NQ- HĐND ngày 14/12/2020 của Hội đồng nhân dân tỉnh về Kế hoạch phát triển",
              kind: "Nghị quyết", number: "53/NQ-HĐND", issuer: "Hội đồng nhân dân tỉnh", date: "2020-12-14"),
        .init(text: "theo Kế hoạch số 3164/KH- UBND ngày 20/8/2020 của UBND tỉnh | Sở Thông tin và Truyền thông |",
              kind: "Kế hoạch", number: "3164/KH-UBND", issuer: "UBND tỉnh", date: "2020-08-20"),
        .init(text: "(Ban hành kèm theo Kế hoạch số 2992 /KH-UBND ngày 12 tháng 8 năm 2021 của Chủ tịch Uy ban nhân dân tỉnh Bình Thuận)",
              kind: "Kế hoạch", number: "2992/KH-UBND", issuer: "Chủ tịch Uy ban nhân dân tỉnh Bình Thuận", date: "2021-08-12"),
        .init(text: "Các mục tiêu theo Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Chính phủ về phê duyệt “Chương trình",
              kind: "Quyết định", number: "749/QĐ-TTg", issuer: "Chính phủ", date: "2020-06-03"),
        .init(text: "theo quy định tại Nghị định số 106/2020/NĐ- CP ngày 10/09/2020 của Chính phủ về vị trí việc làm",
              kind: "Nghị định", number: "106/2020/NĐ-CP", issuer: "Chính phủ", date: "2020-09-10"),
        .init(text: "theo Nghị định 140/2017/NĐ-CP ngày 05/12/2017 về chính sách thu hút, tạo nguồn cán bộ",
              kind: "Nghị định", number: "140/2017/NĐ-CP", issuer: "Chính phủ", date: "2017-12-05"),
        .init(text: "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020, Nghị định số 59/2022/NĐ-CP ngày 05/9/2022 của Chỉnh phủ",
              kind: "Nghị định", number: "45/2020/NĐ-CP", issuer: "Chính phủ", date: "2020-04-08"),
        .init(text: "Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ theo thời gian thực",
              kind: "Quyết định", number: "766/QĐ-TTg", issuer: "Thủ tướng Chính phủ", date: "2022-06-23"),
        .init(text: "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng (khóa XII) về tiếp tục đổi mới",
              kind: "Nghị quyết", number: "18-NQ/TW", issuer: "Ban Chấp hành Trung ương Đảng", date: "2017-10-25"),
        .init(text: "kết luận của Bộ Chính trị và Kế hoạch số 2087/KH-UBND ngày 07/8/2023 của UBND tỉnh quản lý, sử dụng",
              kind: "Kế hoạch", number: "2087/KH-UBND", issuer: "UBND tỉnh", date: "2023-08-07"),
        .init(text: "trên tinh thần Nghị quyết số 04/NQ- CP ngày 10/01/2022 của Chính phủ.",
              kind: "Nghị quyết", number: "04/NQ-CP", issuer: "Chính phủ", date: "2022-01-10"),
        .init(text: "Thực hiện theo Thông tư 01/20 23/TT-VPCP của Văn phòng Chính phủ",
              kind: "Thông tư", number: "01/2023/TT-VPCP", issuer: "Văn phòng Chính phủ"),
        .init(text: "đã được UBND tỉnh phê duyệt tại Quyết định số 26/QĐ-UBND ngày 20/01/2021.",
              kind: "Quyết định", number: "26/QĐ-UBND", date: "2021-01-20"),
        .init(text: "Căn cứ Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án",
              kind: "Quyết định", number: "876/QĐ-BNV", issuer: "Bộ trưởng Bộ Nội vụ", date: "2022-11-10"),
        .init(text: "Thực hiện theo các quy định mới tại Nghị định số 107,108/2020/ NĐ-CP và các văn bản hướng dẫn",
              kind: "Nghị định", number: "107,108/2020/NĐ-CP", issuer: "Chính phủ"),
        .init(text: "Nghị quyết số 11-NQ/TW ngày 03 tháng 6 năm 2017 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khoá XII về hoàn thiện",
              kind: "Nghị quyết", number: "11-NQ/TW",
              issuer: "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khoá XII", date: "2017-06-03"),
        .init(text: "(Kèm theo Kế hoạch số: 3638/KH-UBND ngày 26 tháng 12 năm 2023 của UBND tỉnh)",
              kind: "Kế hoạch", number: "3638/KH-UBND", issuer: "UBND tỉnh", date: "2023-12-26"),
        .init(text: "Chỉ thị số 623/CT-UBND ngày 31/3/2021 của UBND tỉnh Hà Giang về việc tăng cường kỷ luật",
              kind: "Chỉ thị", number: "623/CT-UBND", issuer: "UBND tỉnh Hà Giang", date: "2021-03-31"),
        .init(text: "Quyết định 749/QĐ-TTg năm 2020 về phê duyệt \"Chương trình Chuyển đổi số quốc gia\"",
              kind: "Quyết định", number: "749/QĐ-TTg", issuer: "Thủ tướng Chính phủ"),
        .init(text: "phê duyệt tại Quyết định số 1291/QĐ-TTg ngày 07/10/2019 và các văn bản khác (nếu có)",
              kind: "Quyết định", number: "1291/QĐ-TTg", issuer: "Thủ tướng Chính phủ", date: "2019-10-07"),
        // General shapes not in the samples.
        .init(text: "Căn cứ Luật số 80/2015/QH13 ngày 22/6/2015 về ban hành văn bản quy phạm pháp luật",
              kind: "Luật", number: "80/2015/QH13", issuer: "Quốc hội", date: "2015-06-22"),
        .init(text: "Căn cứ Bộ luật Lao động năm 2019;", kind: "Bộ luật"),
        .init(text: "Căn cứ Hiến pháp năm 2013;", kind: "Hiến pháp"),
        .init(text: "Luật ngân sách nhà nước 2015", kind: "Luật"),
        .init(text: "Thông tư liên tịch số 12/2010/TTLT-BNV-BTC ngày 15-3-2010 của Bộ Nội vụ và Bộ Tài chính về chế độ",
              kind: "Thông tư liên tịch", number: "12/2010/TTLT-BNV-BTC", issuer: "Bộ Nội vụ và Bộ Tài chính", date: "2010-03-15"),
        .init(text: "Công văn số 1234/BVHTTDL-VP ngày 5.3.2024 của Bộ Văn hóa, Thể thao và Du lịch về việc",
              kind: "Công văn", number: "1234/BVHTTDL-VP", issuer: "Bộ Văn hóa, Thể thao và Du lịch", date: "2024-03-05"),
        .init(text: "theo Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích",
              kind: "Kết luận", number: "14-KL/TW", issuer: "Bộ Chính trị", date: "2021-09-22"),
        .init(text: "CĂN CỨ NGHỊ QUYẾT SỐ 76/NQ-CP NGÀY 15/7/2021", kind: "Nghị quyết", number: "76/NQ-CP", issuer: "Chính phủ",
              date: "2021-07-15"),
        .init(text: "theo quyết định số 15/QĐ-UBND ngày 1/2/2022 của UBND huyện", kind: "Quyết định", number: "15/QĐ-UBND",
              issuer: "UBND huyện", date: "2022-02-01"),
        .init(text: "Xét Tờ trình ngày 27/9/2021 của Sở Nội vụ,", kind: "Tờ trình", issuer: "Sở Nội vụ", date: "2021-09-27"),
        .init(text: "Quyết định số 15 ngày 02/3/2020 của UBND tỉnh", kind: "Quyết định", number: "15", issuer: "UBND tỉnh",
              date: "2020-03-02"),
        .init(text: "theo Quyết định số 1364/QĐ-UBND, ngày 15/6/2021 của UBND tỉnh", kind: "Quyết định", number: "1364/QĐ-UBND",
              issuer: "UBND tỉnh", date: "2021-06-15"),
        .init(text: "Pháp lệnh số 02/2022/UBTVQH15 về cảnh sát môi trường", kind: "Pháp lệnh", number: "02/2022/UBTVQH15"),
        .init(text: "theo Chương trình hành động số 06–CTr/TU ngày 22/01/2021", kind: "Chương trình hành động",
              number: "06-CTr/TU", date: "2021-01-22"),
        .init(text: "1Nghị định 16/2015/NĐ-CP Quy định cơ chế tự chủ", kind: "Nghị định", number: "16/2015/NĐ-CP", issuer: "Chính phủ"),
    ]

    @Test(arguments: cases)
    func readsKindNumberIssuerAndDate(_ c: CitationCase) throws {
        let found = citations(c.text)
        let first = try #require(found.first)
        #expect(first.kind == c.kind)
        #expect(first.number == c.number)
        #expect(first.issuer == c.issuer)
        #expect(first.date == c.date)
        #expect(first.line == 7)
    }

    @Test(arguments: [
        "Trên đây là Kế hoạch cải cách hành chính nhà nước tỉnh Bình Dương năm 2022.",
        "Căn cứ nội dung Kế hoạch này và điều kiện, tình hình thực tiễn",
        "Tiếp tục triển khai hiệu quả Luật Ban hành văn bản quy phạm pháp luật và các văn bản hướng dẫn thi hành; xây dựng Kế hoạch ban hành văn bản quy phạm pháp luật giai đoạn 2022-2025.",
        "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030",
        "định kỳ hàng quý, 6 tháng, năm hoặc đột xuất báo cáo 6 tháng kết quả thực hiện",
        "Kế hoạch 2021-2025 của tỉnh",
        "trên địa bàn tỉnh Gia Lai (viết gọn là Đề án 06).",
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025",
        "Số: 6832/KH-UBND",
        "tuân thủ pháp luật 2015 và kỷ luật 2020",
        "- Chuyển đổi sang công nghệ Ipv6",
        "Luật Ngân sách nhà nước và khả năng cân đối ngân sách.",
        "Hiến pháp",
    ])
    func mentionWithoutNumberOrDateIsNoCitation(_ text: String) {
        #expect(citations(text).isEmpty)
    }

    @Test func everyMentionCountsInOrder() {
        let text = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể và "
            + "Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ; Nghị quyết số 76/NQ-CP ngày 15/7/2021."
        #expect(citations(text).map(\.number) == ["76/NQ-CP", "23/CT-TTg", "76/NQ-CP"])
    }

    @Test func secondOfTwoNumbersSharingADateKeepsItsOwnIssuer() {
        let found = citations("theo Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 và Nghị định số 117/2013/NĐ-CP "
            + "ngày 07/10/2013 của Chính phủ; Thông tư số 56/2022/TT-BTC")
        #expect(found.map(\.number) == ["130/2005/NĐ-CP", "117/2013/NĐ-CP", "56/2022/TT-BTC"])
        #expect(found.map(\.issuer) == ["Chính phủ", "Chính phủ", nil])
    }

    @Test func dateWithSpaceInsideTheDayIsRead() {
        let found = citations("Nghị quyết số 14-NQ/TU ngày 24/8/2021 của Ban Thường vụ Tỉnh ủy, Đề án số 56/ĐA-UBND "
            + "ngày 3 0/8/2021 của UBND tỉnh về đẩy mạnh cải cách hành chính")
        #expect(found.count == 2)
        #expect(found.first?.issuer == "Ban Thường vụ Tỉnh ủy")
        #expect(found.last?.kind == "Đề án")
        #expect(found.last?.date == "2021-08-30")
        #expect(found.last?.issuer == "UBND tỉnh")
    }

    @Test func lawTitleEndsAtTheNextKind() {
        let found = citations("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung "
            + "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;")
        #expect(found.map(\.date) == ["2015-06-19", "2019-11-22"])
        #expect(found.allSatisfy { $0.kind == "Luật" && $0.number == nil })
    }

    @Test func impliedIssuerOnlyForCodesNamingOneBody() {
        #expect(DocumentNumber.impliedIssuer("76/NQ-CP") == "Chính phủ")
        #expect(DocumentNumber.impliedIssuer("468/QĐ-TTg") == "Thủ tướng Chính phủ")
        #expect(DocumentNumber.impliedIssuer("80/2015/QH13") == "Quốc hội")
        #expect(DocumentNumber.impliedIssuer("19-NQ/TW") == nil)
        #expect(DocumentNumber.impliedIssuer("602/QĐ-UBND") == nil)
    }
}

@Suite("Citation lists")
struct CitationListTests {
    @Test func kindNamedOnceForSeveralNumbersGivesOneCitationEach() {
        var out: [Citation] = []
        CitationFinder.scan("theo lộ trình tại các Quyết định số 258/QĐ-UBND ngày 29/4/2021, số 602/QĐ-UBND ngày "
            + "17/9/2021 của UBND tỉnh và số 26/QĐ-UBND.", line: 454, into: &out)
        #expect(out.map(\.number) == ["258/QĐ-UBND", "602/QĐ-UBND", "26/QĐ-UBND"])
        #expect(out.allSatisfy { $0.kind == "Quyết định" })
        #expect(out.map(\.issuer) == [nil, "UBND tỉnh", nil])
        #expect(out.map(\.date) == ["2021-04-29", "2021-09-17", nil])
    }
}
