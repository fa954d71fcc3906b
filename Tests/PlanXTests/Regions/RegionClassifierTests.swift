import Testing
@testable import PlanX

@Suite("Regions")
struct RegionClassifierTests {
    typealias F = BlockFixture

    @Test func headerTitleAndBasisOfAPlanAreFrontMatter() {
        let (b, _) = F.classified("""
        ỦY BAN NHÂN DÂN
        TỈNH GIA LAI
        -------
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 3638/KH-UBND
        Gia Lai, ngày 26 tháng 12 năm 2023

         KẾ HOẠCH
        CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA TỈNH GIA LAI
        Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        """)
        #expect(F.role(b, "ỦY BAN") == .header)
        #expect(F.role(b, "TỈNH GIA LAI") == .header)
        #expect(F.role(b, "-------") == .separator)
        #expect(F.role(b, "Độc lập") == .header)
        #expect(F.role(b, "Số:") == .header)
        #expect(F.role(b, "Gia Lai, ngày") == .header)
        #expect(F.role(b, "KẾ HOẠCH") == .title)
        #expect(F.role(b, "CẢI CÁCH") == .title)
        #expect(F.role(b, "Thực hiện") == .basis)
        #expect(F.role(b, "I. MỤC ĐÍCH") == .body)
        #expect(F.role(b, "1. Mục đích") == .body)
    }

    @Test func capsTitleWithoutTypeLineFollowsTheHeader() {
        let (b, _) = F.classified("""
        ỦY BAN NHÂN DÂN |
        CỘNG HÒA XÃ HỘI
        CHỦ NGHĨA VIỆT NAM |
        Số: 6832/KH-UBND |
        Bình Dương, ngày 30 tháng 12 năm 2021 |
        CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH BÌNH DƯƠNG NĂM 2022
        Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
        1. Mục đích
        """)
        #expect(F.role(b, "CHỦ NGHĨA") == .header)
        #expect(F.role(b, "Bình Dương, ngày") == .header)
        #expect(F.role(b, "CẢI CÁCH") == .title)
        #expect(F.role(b, "Căn cứ") == .basis)
        #expect(F.role(b, "1. Mục đích") == .body)
    }

    @Test func layoutCellsSharingALineFormTheHeader() {
        let (b, _) = F.classified("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 2992/KH-UBND | Bình Thuận, ngày 12 tháng 8 năm 2021 |
        Thực hiện Chương trình hành động số 06-CTr/TU ngày 22/01/2021 của Ban chấp hành Đảng bộ tỉnh;
        A. MỤC ĐÍCH, YÊU CẦU
        """)
        #expect(b.filter { $0.line <= 2 }.allSatisfy { $0.role == .header })
        #expect(b.filter { $0.line <= 2 }.count == 4)
        #expect(F.role(b, "Thực hiện") == .basis)
        #expect(F.role(b, "A. MỤC ĐÍCH") == .body)
    }

    @Test func headingRightAfterTheHeaderIsNeverTitle() {
        let (b, _) = F.classified("""
        UBND TỈNH HÀ GIANG
        Số: 12/KH-UBND
        Hà Giang, ngày 1 tháng 2 năm 2024
        I. MỤC ĐÍCH
        Nội dung.
        """)
        #expect(F.role(b, "UBND") == .header)
        #expect(F.role(b, "I. MỤC ĐÍCH") == .body)
    }

    @Test func siteTitleAndMetadataBoxBeforeTheDocument() {
        let (b, _) = F.classified("""
        Kế hoạch 6832/KH-UBND năm 2021 cải cách hành chính nhà nước tỉnh Bình Dương năm 2022
        Số hiệu | 6832/KH-UBND |
        Ngày ban hành | 30/12/2021 |
        Loại văn bản | Kế hoạch |
        Người ký | Võ Văn Minh |
        ỦY BAN NHÂN DÂN |
        Số: 6832/KH-UBND |
        """)
        #expect(F.role(b, "Kế hoạch 6832") == .siteMetadata)
        #expect(b.filter { (2...5).contains($0.line) }.allSatisfy { $0.role == .siteMetadata })
        #expect(F.role(b, "ỦY BAN") == .header)
    }

    @Test func siteChromeAndBoxAfterTheDocument() {
        let (b, _) = F.classified("""
        Hệ thống pháp luật
        ỦY BAN NHÂN DÂN
        Số: 147/KH-UBND
        KẾ HOẠCH
        CẢI THIỆN CHỈ SỐ CẢI CÁCH HÀNH CHÍNH
        I. MỤC ĐÍCH
        Nội dung văn bản đang được cập nhật
        Kế hoạch 147/KH-UBND về cải thiện chỉ số cải cách hành chính tỉnh Hà Giang năm 2024
          • Số hiệu: 147/KH-UBND
          • Người ký: Nguyễn Văn Sơn
        Văn bản được hướng dẫn - [0]
        Văn bản đang xem
        Văn bản liên quan cùng nội dung - [3]
        Hãy đăng nhập hoặc đăng ký Tài khoản để biết được tình trạng hiệu lực
        """)
        #expect(F.role(b, "Hệ thống") == .chrome)
        #expect(F.role(b, "I. MỤC ĐÍCH") == .body)
        #expect(F.role(b, "Nội dung văn bản") == .chrome)
        #expect(F.role(b, "Kế hoạch 147") == .siteMetadata)
        #expect(F.role(b, "• Số hiệu") == .siteMetadata)
        #expect(F.role(b, "Văn bản được hướng dẫn") == .siteMetadata)
        #expect(F.role(b, "Văn bản đang xem") == .chrome)
        #expect(F.role(b, "Văn bản liên quan") == .chrome)
        #expect(F.role(b, "Hãy đăng nhập") == .chrome)
    }

    @Test func relatedDocumentsListIsMarked() {
        let (b, _) = F.classified("""
        - 1Nghị định 16/2015/NĐ-CP Quy định cơ chế tự chủ của đơn vị sự nghiệp công lập
        - 2Luật ngân sách nhà nước 2015
        ỦY BAN NHÂN DÂN
        Số: 1/KH-UBND
        - 1 bullet in the body is not a related document
        """)
        #expect(F.role(b, "- 1Nghị") == .relatedDocuments)
        #expect(F.role(b, "- 2Luật") == .relatedDocuments)
        #expect(F.role(b, "- 1 bullet") == .body)
    }

    @Test func scraperRepeatIsMarkedWithOneWarning() {
        let para = "a) Triển khai toàn diện, đồng bộ, hiệu quả các mục tiêu, nhiệm vụ và giải pháp công tác cải cách hành chính."
        let (b, d) = F.classified("""
        1. Mục đích
        \(para)
        b) Đẩy mạnh cải cách thủ tục hành chính.
        2. Yêu cầu
        1. Mục đích
        \(para)
        b) Đẩy mạnh cải cách thủ tục hành chính.
        2. Yêu cầu
        3. Kinh phí
        """)
        #expect(b.filter { $0.line <= 4 }.allSatisfy { $0.role == .body })
        #expect(b.filter { (5...8).contains($0.line) }.allSatisfy { $0.role == .repeated })
        #expect(F.role(b, "3. Kinh phí") == .body)
        let repeats = d.filter { $0.code == "regions.repeated-block" }
        #expect(repeats.count == 1)
        #expect(repeats.first?.line == 5)
        #expect(repeats.first?.severity == .warning)
        #expect(repeats.first?.message.contains("lines 1–4") == true)
    }

    @Test func bulletItemsRepeatedInParallelSectionsAreNotARepeat() {
        let lead = "- Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội"
        let (b, d) = F.classified("""
        1.1. Xây dựng hướng dẫn
        \(lead)
        - Đơn vị phối hợp: Các đồng chí Phó Chủ tịch, Trưởng đoàn thể xã
        - Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành.
        1.2. Xây dựng kế hoạch
        \(lead)
        - Đơn vị phối hợp: Các đồng chí Phó Chủ tịch, Trưởng đoàn thể xã
        - Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành.
        """)
        #expect(b.allSatisfy { $0.role == .body })
        #expect(d.allSatisfy { $0.code != "regions.repeated-block" })
    }

    @Test func repeatedShortHeadingsAreNotARepeat() {
        let (b, d) = F.classified("""
        1. Cải cách thể chế
        a) Mục tiêu
        b) Nhiệm vụ và giải pháp
        2. Cải cách thủ tục hành chính
        a) Mục tiêu
        b) Nhiệm vụ và giải pháp
        """)
        #expect(b.allSatisfy { $0.role == .body })
        #expect(d.allSatisfy { $0.code != "regions.repeated-block" })
    }

    @Test func decisionCarryingAPlan() {
        let (b, _) = F.classified("""
         QUYẾT ĐỊNH
        BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH SƠN LA GIAI ĐOẠN 2021-2030
        ỦY BAN NHÂN DÂN TỈNH SƠN LA
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 813/TTr-SNV ngày 27 tháng 9 năm 2021.
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính nhà nước tỉnh Sơn La.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        Nơi nhận:
        - Bộ Nội vụ;
        - Lưu: VT, KSTTHC.
         KẾ HOẠCH
        CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH SƠN LA GIAI ĐOẠN 2021-2030
        (Kèm theo Quyết định số 2407/QĐ-UBND ngày 01/10/2021 của Ủy ban nhân dân tỉnh)
        Thực hiện Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:
        I. MỤC TIÊU CHUNG
        """)
        #expect(F.role(b, "QUYẾT ĐỊNH") == .title)
        #expect(F.role(b, "BAN HÀNH") == .title)
        #expect(F.role(b, "ỦY BAN NHÂN DÂN TỈNH") == .header)
        #expect(F.role(b, "Căn cứ") == .basis)
        #expect(F.role(b, "Theo đề nghị") == .basis)
        #expect(F.role(b, "QUYẾT ĐỊNH:") == .title)
        #expect(F.role(b, "Điều 1.") == .body)
        #expect(F.role(b, "Nơi nhận") == .recipients)
        #expect(F.role(b, "- Lưu") == .recipients)
        #expect(F.role(b, "KẾ HOẠCH") == .title)
        #expect(F.role(b, "CẢI CÁCH") == .title)
        #expect(F.role(b, "(Kèm theo") == .caption)
        #expect(F.role(b, "Thực hiện") == .basis)
        #expect(F.role(b, "I. MỤC TIÊU") == .body)
    }

    @Test func signatureAndRecipientsBeforeAnAppendix() {
        var b = F.blocks("""
        ỦY BAN NHÂN DÂN
        Số: 1/KH-UBND
        I. NỘI DUNG
        Trên đây là Kế hoạch của UBND tỉnh./.
        Nơi nhận:
        - Bộ Nội vụ (Vụ CCHC);
        - Lưu: VT, HCQT.
        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        (Đã ký)
        Trương Hải Long
        PHỤ LỤC
        CÁC NHIỆM VỤ CỤ THỂ
        (Kèm theo Kế hoạch số: 3638/KH-UBND ngày 26 tháng 12 năm 2023 của UBND tỉnh)
        """)
        b.append(SourceBlock(kind: .table, text: "", line: 16, endLine: 30, table: TableCandidate(dialect: "pipe_rows")))
        _ = RegionClassifier.classify(&b)
        #expect(F.role(b, "Trên đây") == .body)
        #expect(F.role(b, "Nơi nhận") == .recipients)
        #expect(F.role(b, "- Bộ Nội vụ") == .recipients)
        for s in ["TM.", "KT.", "PHÓ CHỦ", "(Đã ký)", "Trương"] { #expect(F.role(b, s) == .signature) }
        #expect(F.role(b, "PHỤ LỤC") == .body)
        #expect(F.role(b, "CÁC NHIỆM VỤ") == .body)
        #expect(F.role(b, "(Kèm theo Kế hoạch") == .body)
        #expect(b.last?.role == .body)
    }

    @Test func authoritySplitOverTwoLinesStaysOneSignature() {
        let (b, d) = F.classified("""
        Trên đây là Kế hoạch cải cách hành chính nhà nước tỉnh Bình Dương năm 2022./.
        TM. ỦY BAN NHÂN
        DÂN |
        NHỮNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2022
        """)
        #expect(F.role(b, "TM.") == .signature)
        #expect(F.role(b, "DÂN") == .signature)
        #expect(F.role(b, "NHỮNG") == .body)
        #expect(d.contains { $0.code == "regions.signer-name-missing" && $0.line == 2 })
    }

    @Test(arguments: [
        ("1 Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.", "thực hiện mục tiêu của Chính phủ1 về chuyển đổi số"),
        ("[1] Năm 2023 chỉ số Par index đạt 87,73%.", "công bố Chỉ số CCHC năm 2023[1]."),
        ("¹ Nghị quyết số 76/NQ-CP ngày 15/7/2021.", "theo Nghị quyết của Chính phủ¹ về cải cách"),
    ])
    func footnoteTextsAtTheEndWithMarkersInTheBody(note: String, body: String) {
        let (b, _) = F.classified("""
        I. MỤC TIÊU
        - \(body)
        Trên đây là Kế hoạch./.
        \(note)
        """)
        #expect(F.role(b, String(note.prefix(3))) == .footnote)
        #expect(F.role(b, "Trên đây") == .body)
    }

    @Test func numberedLinesWithoutMarkersInTheBodyStayBody() {
        let (b, d) = F.classified("""
        I. MỤC TIÊU
        - Nội dung không có dấu chú thích.
        1 Năm 2020 Chỉ số PAR INDEX đạt 81,4/100 điểm.
        2 Năm 2020 Chỉ số PAPI đạt 40,98/80 điểm.
        """)
        #expect(F.role(b, "1 Năm") == .body)
        #expect(d.contains { $0.code == "regions.footnotes-unreferenced" })
    }

    @Test func rolesTheReaderSetAreKept() {
        var b = F.blocks("""
        Menu
        ỦY BAN NHÂN DÂN
        Số: 1/KH-UBND
        """)
        b[1].role = .chrome
        _ = RegionClassifier.classify(&b)
        #expect(b[1].role == .chrome)
        #expect(b[2].role == .header)
    }

    @Test func leadingContentIsNotTakenForChrome() {
        let (b, d) = F.classified("""
        I. MỤC ĐÍCH
        Triển khai toàn diện, đồng bộ, hiệu quả các mục tiêu, nhiệm vụ và giải pháp công tác cải cách hành chính của tỉnh trong năm.
        Căn cứ kết quả năm trước, các sở xây dựng kế hoạch.
        """)
        #expect(F.role(b, "I. MỤC ĐÍCH") == .body)
        #expect(F.role(b, "Triển khai") == .body)
        #expect(d.contains { $0.code == "regions.leading-text-kept" })
    }
}

extension RegionClassifierTests {
    @Test func captionUnderTheFirstTitleIsCaptionAndBasesFollow() {
        let (b, _) = F.classified("""
        ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        Số: 5/KH-UBND
        KẾ HOẠCH
        PHÁT TRIỂN CHÍNH QUYỀN SỐ NĂM 2025
        (Ban hành kèm theo Quyết định số 9/QĐ-UBND ngày 2/1/2025 của UBND tỉnh)
        Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;
        I. MỤC TIÊU
        """)
        #expect(F.role(b, "(Ban hành") == .caption)
        #expect(F.role(b, "Căn cứ") == .basis)
        #expect(F.role(b, "I. MỤC TIÊU") == .body)
    }

    @Test func siteBoxHeldInATableBeforeTheDocumentIsSiteMetadata() {
        var b = [SourceBlock(kind: .table, text: "", line: 1, endLine: 3, table: TableCandidate(
            dialect: "pipe_rows", lines: [RawLine(number: 1, text: "Số hiệu | 1/KH-UBND |"), RawLine(number: 2, text: "Người ký | Lê Văn A |")]))]
        b += F.blocks("\n\n\nỦY BAN NHÂN DÂN\nSố: 1/KH-UBND\n")
        b.insert(SourceBlock(kind: .table, text: "", line: 0, endLine: 0, table: TableCandidate(dialect: "html")), at: 0)
        _ = RegionClassifier.classify(&b)
        #expect(b[0].role == .chrome)
        #expect(b[1].role == .siteMetadata)
        #expect(b[2].role == .header)
    }

    @Test func footnoteMarkerInsideATableCounts() {
        var b = F.blocks("I. NỘI DUNG\n")
        b.append(SourceBlock(kind: .table, text: "", line: 2, endLine: 3, table: TableCandidate(
            dialect: "pipe_rows", lines: [RawLine(number: 2, text: "1 | Cải thiện sự hài lòng của người dân3 | Sở Nội vụ |")])))
        b += F.blocks("\n\n\n3 Năm 2020 Chỉ số PAPI đạt 40,98/80 điểm.\n")
        _ = RegionClassifier.classify(&b)
        #expect(b.last?.role == .footnote)
        #expect(b[1].role == .body)
    }
}

extension RegionClassifierTests {
    @Test func layoutRowKeptOnOneLineIsJudgedCellByCell() {
        let (b, _) = F.classified("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 2992/KH-UBND | Bình Thuận, ngày 12 tháng 8 năm 2021 |
        A. MỤC ĐÍCH | nội dung |
        """, splitCells: false)
        #expect(b[0].role == .header)
        #expect(b[1].role == .header)
        #expect(b[2].role == .body)
    }
}

extension RegionClassifierTests {
    @Test func thucHienRightAfterTheTypeLineIsTheTitle() {
        let (b, _) = F.classified("""
        ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
        Số: 10/KH-UBND
        KẾ HOẠCH
        Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về cải cách hành chính
        Căn cứ Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ;
        I. MỤC ĐÍCH
        """)
        #expect(F.role(b, "Thực hiện") == .title)
        #expect(F.role(b, "Căn cứ") == .basis)
    }

    @Test func thucHienEndingLikeABasisAfterTheTypeLineIsABasis() {
        let (b, _) = F.classified("""
        ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
        Số: 10/KH-UBND
        KẾ HOẠCH
        Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, UBND tỉnh ban hành kế hoạch như sau:
        I. MỤC ĐÍCH
        """)
        #expect(F.role(b, "KẾ HOẠCH") == .title)
        #expect(F.role(b, "Thực hiện") == .basis)
    }
}

extension RegionClassifierTests {
    @Test func nơiNhậnInsideASentenceIsNotARecipientsBlock() {
        let (b, _) = F.classified("""
        I. THỦ TỤC
        Nơi nhận hồ sơ: Bộ phận một cửa cấp huyện
        - Nộp trực tiếp;
        Nơi nhận:
        - Như trên;
        """)
        #expect(F.role(b, "Nơi nhận hồ sơ") == .body)
        #expect(F.role(b, "- Nộp") == .body)
        #expect(F.role(b, "Nơi nhận:") == .recipients)
        #expect(F.role(b, "- Như trên") == .recipients)
    }
}

extension RegionClassifierTests {
    @Test func manyIdenticalShortLinesStayBodyAndFinish() {
        var blocks = (1...5_000).map { SourceBlock.text("Ngân sách tỉnh", line: $0) }
        let d = RegionClassifier.classify(&blocks)
        #expect(blocks.allSatisfy { $0.role == .body })
        #expect(!d.contains { $0.code == "regions.repeated-block" })
    }

    @Test func emptyAndOneLineInputsAreFine() {
        var none: [SourceBlock] = []
        #expect(RegionClassifier.classify(&none).isEmpty)
        var one = [SourceBlock.text("KẾ HOẠCH", line: 1)]
        _ = RegionClassifier.classify(&one)
        #expect(one[0].role == .title)
        #expect(MetadataExtractor.identify(one).metadata.type == "Kế hoạch")
    }
}

extension RegionClassifierTests {
    @Test func attachedPlanRepeatingItsHeaderHasAHeader() {
        let (b, _) = F.classified("""
        QUYẾT ĐỊNH
        Về việc ban hành Kế hoạch chuyển đổi số
        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số.
        Nơi nhận:
        - Như Điều 1;
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Văn D
        ỦY BAN NHÂN DÂN
        TỈNH ĐỒNG THÁP
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        KẾ HOẠCH
        Chuyển đổi số tỉnh Đồng Tháp năm 2025
        (Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 3/1/2025 của Chủ tịch UBND tỉnh)
        I. MỤC TIÊU
        """)
        #expect(F.role(b, "Về việc") == .title)
        #expect(F.role(b, "CHỦ TỊCH ỦY BAN") == .header)
        #expect(F.role(b, "Nguyễn Văn D") == .signature)
        #expect(b.filter { (12...15).contains($0.line) }.allSatisfy { $0.role == .header })
        #expect(F.role(b, "KẾ HOẠCH") == .title)
        #expect(F.role(b, "Chuyển đổi số tỉnh") == .title)
        #expect(F.role(b, "(Ban hành") == .caption)
        #expect(F.role(b, "I. MỤC TIÊU") == .body)
        let m = MetadataExtractor.identify(b).metadata
        #expect(m.number == "15/QĐ-UBND")
        #expect(m.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp")
        #expect(m.plan?.title == "Chuyển đổi số tỉnh Đồng Tháp năm 2025")
        #expect(m.signer == Signer(name: "Nguyễn Văn D", title: "Phó Chủ tịch", authority: "KT. Chủ tịch"))
    }
}
