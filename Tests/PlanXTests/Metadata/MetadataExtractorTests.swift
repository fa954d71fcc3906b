import Testing
@testable import PlanX

@Suite("Metadata identity")
struct MetadataExtractorTests {
    static func metadata(_ text: String) -> (Metadata, [Diagnostic]) {
        let (blocks, _) = BlockFixture.classified(text)
        return MetadataExtractor.identify(blocks)
    }

    @Test func planHeaderGivesItsIdentity() {
        let (m, d) = Self.metadata("""
        ỦY BAN NHÂN DÂN
        TỈNH GIA LAI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Số: 3638/KH-UBND
        Gia Lai, ngày 26 tháng 12 năm 2023
        KẾ HOẠCH
        CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA TỈNH GIA LAI
        Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;
        Căn cứ Kế hoạch số 12/KH-UBND ngày 1/2/2023 của UBND tỉnh;
        I. MỤC ĐÍCH
        - Nâng cao Chỉ số cải cách hành chính của tỉnh Gia Lai.
        Nơi nhận:
        - Bộ Nội vụ;
        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Trương Hải Long
        """)
        #expect(m.number == "3638/KH-UBND")
        #expect(m.type == "Kế hoạch")
        #expect(m.issuer == "Ủy ban nhân dân tỉnh Gia Lai")
        #expect(m.province == "Gia Lai")
        #expect(m.place == "Gia Lai")
        #expect(m.issued == "2023-12-26")
        #expect(m.title == "Cải cách hành chính năm 2024 của tỉnh Gia Lai")
        #expect(m.signer == Signer(name: "Trương Hải Long", title: "Phó Chủ tịch", authority: "KT. Chủ tịch"))
        #expect(m.bases.count == 2)
        #expect(m.bases[1].hasPrefix("Căn cứ Kế hoạch"))
        #expect(m.lines["number"] == 4)
        #expect(m.lines["issued"] == 5)
        #expect(m.lines["title"] == 7)
        #expect(m.lines["signer"] == 14)
        #expect(d.isEmpty)
    }

    @Test func siteBoxFillsOnlyWhatTheDocumentLacks() {
        let (m, d) = Self.metadata("""
        Số hiệu | 9999/KH-UBND |
        Ngày ban hành | 30/12/2021 |
        Loại văn bản | Kế hoạch |
        Cơ quan ban hành | Tỉnh Bình Dương |
        Người ký | Võ Văn Minh |
        Lĩnh vực | Bộ máy hành chính |
        ỦY BAN NHÂN DÂN |
        Số: 6832/KH-UBND |
        CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH BÌNH DƯƠNG NĂM 2022
        Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, Ủy ban nhân dân tỉnh Bình Dương ban hành Kế hoạch như sau:
        1. Mục đích
        """)
        #expect(m.number == "6832/KH-UBND")
        #expect(d.contains { $0.code == "metadata.number-mismatch" })
        #expect(m.issued == "2021-12-30")
        #expect(m.lines["issued"] == 2)
        #expect(m.issuer == "Ủy ban nhân dân tỉnh Bình Dương")
        #expect(m.province == "Bình Dương")
        #expect(m.signer?.name == "Võ Văn Minh")
        #expect(m.field == "Bộ máy hành chính")
        #expect(m.title == "Cải cách hành chính nhà nước tỉnh Bình Dương năm 2022")
        #expect(d.contains { $0.code == "metadata.from-site" })
    }

    @Test func decisionCarryingAPlanTakesNumberAndDateFromTheCaption() {
        let (m, _) = Self.metadata("""
         QUYẾT ĐỊNH
        BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH TỈNH SƠN LA GIAI ĐOẠN 2021-2030
        ỦY BAN NHÂN DÂN TỈNH SƠN LA
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính tỉnh Sơn La giai đoạn 2021-2030.
         KẾ HOẠCH
        CẢI CÁCH HÀNH CHÍNH TỈNH SƠN LA GIAI ĐOẠN 2021-2030
        (Kèm theo Quyết định số 2407/QĐ-UBND ngày 01/10/2021 của Ủy ban nhân dân tỉnh)
        I. MỤC TIÊU CHUNG
        """)
        #expect(m.type == "Quyết định")
        #expect(m.number == "2407/QĐ-UBND")
        #expect(m.issued == "2021-10-01")
        #expect(m.issuer == "Ủy ban nhân dân tỉnh Sơn La")
        #expect(m.title == "Ban hành Kế hoạch cải cách hành chính tỉnh Sơn La giai đoạn 2021-2030")
        #expect(m.plan == AttachedPlan(type: "Kế hoạch", title: "Cải cách hành chính tỉnh Sơn La giai đoạn 2021-2030",
                                       number: "2407/QĐ-UBND", issued: "2021-10-01", line: 7))
    }

    @Test func preambleGivesTheTitleWhenTitleLinesAreMissing() {
        let (m, d) = Self.metadata("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 2992/KH-UBND | Bình Thuận, ngày 12 tháng 8 năm 2021 |
        UBND tỉnh ban hành Kế hoạch thực hiện các nhiệm vụ nâng cao Chỉ số PAPI năm 2021, cụ thể như sau:
        A. MỤC ĐÍCH
        """)
        #expect(m.title == "Thực hiện các nhiệm vụ nâng cao Chỉ số PAPI năm 2021")
        #expect(m.type == "Kế hoạch")
        #expect(d.contains { $0.code == "metadata.title-from-preamble" && $0.line == 3 })
    }

    @Test func missingIdentityIsReported() {
        let (m, d) = Self.metadata("""
        I. MỤC ĐÍCH
        Nội dung.
        """)
        #expect(m.number == nil)
        #expect(d.contains { $0.code == "metadata.number-missing" })
        #expect(d.contains { $0.code == "metadata.date-missing" })
        #expect(d.contains { $0.code == "metadata.title-missing" })
    }
}

extension MetadataExtractorTests {
    @Test func frontCommitteeHeaderWithMixedCaseTitle() {
        let (m, _) = Self.metadata("""
        ỦY BAN MTTQ VIỆT NAM XÃ HÒA BÌNH
        BAN THƯỜNG TRỰC
        Số: 7/KH-MTTQ-BTT
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Hòa Bình, ngày 3 tháng 3 năm 2025
        KẾ HOẠCH
        Thực hiện công tác tuyên truyền bầu cử năm 2026
        Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13;
        I. MỤC ĐÍCH
        Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình ban hành kế hoạch.
        TM. BAN THƯỜNG TRỰC
        CHỦ TỊCH
        Lê Thị Hoa
        """)
        #expect(m.number == "7/KH-MTTQ-BTT")
        #expect(m.type == "Kế hoạch")
        #expect(m.issuer == "Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình")
        #expect(m.province == nil)
        #expect(m.place == "Hòa Bình")
        #expect(m.issued == "2025-03-03")
        #expect(m.title == "Thực hiện công tác tuyên truyền bầu cử năm 2026")
        #expect(m.signer == Signer(name: "Lê Thị Hoa", title: "Chủ tịch", authority: "TM. Ban Thường trực"))
        #expect(m.bases.count == 1)
    }
}

extension MetadataExtractorTests {
    @Test func capsTitleOpeningWithTheTypeGivesTypeAndTitle() {
        let (m, _) = Self.metadata("""
        ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
        Số: 4/KH-UBND
        Ninh Bình, ngày 5 tháng 1 năm 2024
        KẾ HOẠCH HÀNH ĐỘNG CẢI CÁCH HÀNH CHÍNH NĂM 2024
        I. MỤC ĐÍCH
        """)
        #expect(m.type == "Kế hoạch hành động")
        #expect(m.title == "Cải cách hành chính năm 2024")
        #expect(m.issued == "2024-01-05")
    }
}

extension MetadataExtractorTests {
    @Test func issuerNameIsWrittenAsTheBodyWritesIt() {
        let (m, _) = Self.metadata("""
        ỦY BAN THƯỜNG VỤ
        QUỐC HỘI
        Số: 95/2025/UBTVQH15
        Hà Nội, ngày 13 tháng 8 năm 2025
        NGHỊ QUYẾT
        Quy định danh mục nhiệm vụ, hoạt động và định mức khoán chi
        cho từng nhiệm vụ, hoạt động thuộc thẩm quyền của Quốc hội
        ỦY BAN THƯỜNG VỤ QUỐC HỘI
        Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;
        QUYẾT NGHỊ:
        Điều 1. Phạm vi điều chỉnh
        Nghị quyết này quy định việc chi của Ủy ban Thường vụ Quốc hội.
        """)
        #expect(m.issuer == "Ủy ban Thường vụ Quốc hội")
        #expect(m.type == "Nghị quyết")
        #expect(m.title == "Quy định danh mục nhiệm vụ, hoạt động và định mức khoán chi cho từng nhiệm vụ, hoạt động thuộc thẩm quyền của Quốc hội")
        #expect(m.place == "Hà Nội")
        #expect(m.number == "95/2025/UBTVQH15")
        #expect(m.bases.count == 1)
    }

    @Test func enactingIssuerFillsAMissingHeader() {
        let (m, _) = Self.metadata("""
         QUYẾT ĐỊNH
        BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ
        ỦY BAN NHÂN DÂN TỈNH SƠN LA
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        """)
        #expect(m.issuer == "Ủy ban nhân dân tỉnh Sơn La")
        #expect(m.lines["issuer"] == 3)
    }
}

extension MetadataExtractorTests {
    @Test func siteFieldsInBlocksAReaderMarkedChromeStillFill() {
        var blocks = BlockFixture.blocks("""
        Người ký: Trần Văn C
        Ngày ban hành: 02/03/2024
        ỦY BAN NHÂN DÂN TỈNH AN GIANG
        Số: 8/KH-UBND
        KẾ HOẠCH
        CHUYỂN ĐỔI SỐ NĂM 2024
        """)
        blocks[0].role = .chrome
        blocks[1].role = .chrome
        _ = RegionClassifier.classify(&blocks)
        #expect(blocks[0].role == .chrome)
        let m = MetadataExtractor.identify(blocks).metadata
        #expect(m.signer?.name == "Trần Văn C")
        #expect(m.issued == "2024-03-02")
    }
}

extension MetadataExtractorTests {
    @Test func headerCellsWithRulesCopiedIntoThem() {
        let (m, _) = Self.metadata("""
        ỦY BAN NHÂN DÂN TỈNH BẮC KẠN -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
        Số: 12/KH-UBND | Bắc Kạn, ngày 1 tháng 2 năm 2024 |
        KẾ HOẠCH
        Phát triển kinh tế số năm 2024
        I. MỤC TIÊU
        """)
        #expect(m.issuer == "Ủy ban nhân dân tỉnh Bắc Kạn")
        #expect(m.province == "Bắc Kạn")
        #expect(m.number == "12/KH-UBND")
        #expect(m.issued == "2024-02-01")
        #expect(m.title == "Phát triển kinh tế số năm 2024")
    }

    @Test func unfilledDateIsReportedNotGuessed() {
        let (m, d) = Self.metadata("""
        ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
        Số:      /KH-UBND
        Bắc Kạn, ngày    tháng    năm 2024
        KẾ HOẠCH
        DỰ THẢO
        """)
        #expect(m.issued == nil)
        #expect(m.number == nil)
        #expect(m.place == "Bắc Kạn")
        #expect(d.contains { $0.code == "metadata.date-invalid" && $0.line == 3 })
    }
}
