import Testing
@testable import PlanX

/// The byte-level line classifier.
@Suite("LineShape")
struct LineShapeTests {
    typealias F = LineShape.Flags

    @Test(arguments: [
        ("Số hiệu | 6832/KH-UBND |", F([.pipeEnd, .innerPipe]), 2),
        ("Sở Nội vụ |", F([.pipeEnd]), 1),
        ("|", F([.pipeStart, .pipeEnd, .pipeOnly]), 0),
        ("| ||", F([.pipeStart, .pipeEnd, .pipeOnly]), 0),
        ("| CHỦ TỊCH |", F([.pipeStart, .pipeEnd]), 1),
        ("I | Sở Nội vụ | ||", F([.pipeEnd, .innerPipe]), 2),
        ("|---|:--|", F([.pipeStart, .pipeEnd, .innerPipe, .markdownRule]), 2),
        ("\tSTT", F([.tabLead, .loneHeader]), 1),
        ("\t\u{00A0}", F([.tabLead, .blank, .filler]), 0),
        ("\t", F([.tabLead, .blank, .void]), 0),
        ("", F([.blank, .void]), 0),
        (" ", F([.blank, .filler]), 0),
        ("\u{00A0}", F([.blank, .filler]), 0),
        ("-------", F([.rule]), 1),
        ("8.3.2", F([.rowNumber]), 1),
        ("IV", F([.rowNumber]), 1),
        ("II.", F([.rowNumber]), 1),
        ("100%", F([.numeric]), 1),
        ("2024", F([.numeric]), 1),
        ("Số TT", F([.loneHeader]), 1),
        ("TT", F([.loneHeader]), 1),
        ("[1] Năm 2023 chỉ số", F([.footnote]), 1),
        ("II. TỔ CHỨC THỰC HIỆN", F([.romanHeading]), 1),
        ("Căn cứ Luật Tổ chức chính quyền địa phương", F([]), 1),
    ] as [(String, F, Int32)])
    func classifies(_ line: String, _ flags: F, _ cells: Int32) {
        let shape = LineShape.of(line)
        #expect(shape.flags == flags, "\(line)")
        #expect(shape.cells == cells, "\(line)")
    }

    @Test func trimsNbspAndZeroWidthAtBothEnds() {
        let line = "\u{FEFF}\u{00A0} Sở Nội vụ \u{200B}"
        let shape = LineShape.of(line)
        let bytes = Array(line.utf8)[Int(shape.start)..<Int(shape.end)]
        #expect(String(decoding: bytes, as: UTF8.self) == "Sở Nội vụ")
    }

    @Test(arguments: [("CẢI CÁCH THỂ CHẾ", true), ("HIỆU LỰC VĂN BẢN", true), ("Cải cách thể chế", false),
                      ("ĐỊNH KỲ 6 THÁNG", true), ("Sở Nội vụ", false), ("A", false)])
    func allCaps(_ line: String, _ expected: Bool) {
        #expect(ByteText.isAllCaps(line) == expected)
    }
}
