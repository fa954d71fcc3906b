import Testing
@testable import PlanX

/// Layout boxes become one block per cell; separators and blank lines.
@Suite("TextReader layout cells and separators")
struct TextLayoutAndSeparatorTests {
    static func cells(_ text: String) -> [String] {
        TextReaderFixture.read(text).blocks.filter { $0.style.contains(.layoutCell) }
            .map { "\($0.line)-\($0.endLine): \($0.text)" }
    }

    @Test func headerBoxOnTwoLinesGivesFourCells() {
        let text = """
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 2992/KH-UBND | Bình Thuận, ngày 12 tháng 8 năm 2021 |
            Thực hiện Chương trình hành động số 06-CTr/TU.
            """
        #expect(Self.cells(text) == [
            "1-1: ỦY BAN NHÂN DÂN", "1-1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "2-2: Số: 2992/KH-UBND", "2-2: Bình Thuận, ngày 12 tháng 8 năm 2021",
        ])
        #expect(TextReaderFixture.texts(text).last == "3: Thực hiện Chương trình hành động số 06-CTr/TU.")
        #expect(TextReaderFixture.regions(text).isEmpty)
    }

    @Test func cellBrokenOverLinesIsJoinedWithASpace() {
        let text = """
            ỦY BAN NHÂN DÂN |
            CỘNG HÒA XÃ HỘI
            CHỦ NGHĨA VIỆT NAM |
            Số: 6832/KH-UBND |
            CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2022
            """
        #expect(Self.cells(text) == [
            "1-1: ỦY BAN NHÂN DÂN", "2-3: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "4-4: Số: 6832/KH-UBND",
        ])
        #expect(TextReaderFixture.texts(text).last == "5: CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2022")
    }

    @Test func siteMetadataBoxIsLayoutNotTableAndTitleAboveIsNotJoined() {
        let text = """
            Kế hoạch 6832/KH-UBND năm 2021 cải cách hành chính
            Số hiệu | 6832/KH-UBND |
            Ngày ban hành | 30/12/2021 |
            Loại văn bản | Kế hoạch |
            Cơ quan ban hành | Tỉnh Bình Dương |
            Lĩnh vực | Bộ máy hành chính |
            """
        #expect(TextReaderFixture.regions(text).isEmpty)
        #expect(Self.cells(text).prefix(3) == ["2-2: Số hiệu", "2-2: 6832/KH-UBND", "3-3: Ngày ban hành"])
        #expect(Self.cells(text).count == 10)
        #expect(TextReaderFixture.read(text).blocks.first?.style == [])
    }

    @Test func signatureBoxAfterLonePipe() {
        let blocks = TextReaderFixture.read("Trên đây là Kế hoạch.\n|\nTM. ỦY BAN NHÂN\nDÂN |\nPHỤ LỤC").blocks
        #expect(blocks.map { "\($0.line)-\($0.endLine) \($0.role) \($0.text)" } == [
            "1-1 body Trên đây là Kế hoạch.", "2-2 separator |", "3-4 body TM. ỦY BAN NHÂN DÂN", "5-5 body PHỤ LỤC",
        ])
        #expect(blocks[2].style == .layoutCell)
    }

    @Test func emptyFirstCellOfSignatureRowGivesOnlyTheName() {
        #expect(Self.cells("| CHỦ TỊCH |") == ["1-1: CHỦ TỊCH"])
    }

    @Test(arguments: ["-------", "---------------", "___", "* * *", "=====", "|", "| ||", "\u{00A0}", " \u{00A0} ", "\u{200B}"])
    func separatorLineIsASeparatorBlock(_ line: String) {
        let blocks = TextReaderFixture.read(lines: ["Đoạn một.", line, "Đoạn hai."]).blocks
        #expect(blocks.map(\.role) == [.body, .separator, .body])
        #expect(blocks[1].line == 2)
    }

    @Test(arguments: ["", " ", "   ", "\t", " \t "])
    func blankLineYieldsNothing(_ line: String) {
        let blocks = TextReaderFixture.read(lines: ["Đoạn một.", line, "Đoạn hai."]).blocks
        #expect(blocks.map(\.line) == [1, 3])
    }

    @Test func everyLineIsItsOwnBlockAndNormalised() {
        let blocks = TextReaderFixture.read("I. MỤC ĐÍCH\n1.  Mục  đích\n- Tăng cường\u{00A0}nhận thức").blocks
        #expect(blocks.map(\.text) == ["I. MỤC ĐÍCH", "1. Mục đích", "- Tăng cường nhận thức"])
        #expect(blocks.map(\.line) == [1, 2, 3])
        #expect(blocks.allSatisfy { $0.endLine == $0.line && $0.role == .body && $0.style == [] })
    }

    @Test func dashBulletIsNotASeparator() {
        let blocks = TextReaderFixture.read(lines: ["- Bộ Nội vụ;", "--", "- - -"]).blocks
        #expect(blocks.map(\.role) == [.body, .body, .separator])
    }
}
