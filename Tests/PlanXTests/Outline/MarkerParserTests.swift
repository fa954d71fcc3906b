import Testing
@testable import PlanX

@Suite("Outline markers")
struct MarkerParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let line: String
        let scheme: NumberingScheme
        let marker: String
        let rest: String
        var testDescription: String { line }
    }

    static let markers: [Case] = [
        Case(line: "II. MỤC TIÊU", scheme: .roman, marker: "II.", rest: "MỤC TIÊU"),
        Case(line: "II.NHIỆM VỤ", scheme: .roman, marker: "II.", rest: "NHIỆM VỤ"),
        Case(line: "I- MỤC ĐÍCH", scheme: .roman, marker: "I-", rest: "MỤC ĐÍCH"),
        Case(line: "1. Mục đích", scheme: .arabic, marker: "1.", rest: "Mục đích"),
        Case(line: "1.Công khai thủ tục hành chính", scheme: .arabic, marker: "1.", rest: "Công khai thủ tục hành chính"),
        Case(line: "12) Sở Y tế", scheme: .arabic, marker: "12)", rest: "Sở Y tế"),
        Case(line: "2.1. Sở Nội vụ", scheme: .decimal, marker: "2.1.", rest: "Sở Nội vụ"),
        Case(line: "2.7 Đề nghị Ủy ban", scheme: .decimal, marker: "2.7", rest: "Đề nghị Ủy ban"),
        Case(line: "1.3.1. Tỷ lệ", scheme: .decimal, marker: "1.3.1.", rest: "Tỷ lệ"),
        Case(line: "a) Mục tiêu:", scheme: .letter, marker: "a)", rest: "Mục tiêu:"),
        Case(line: "đ) Chỉ số SIPAS", scheme: .letter, marker: "đ)", rest: "Chỉ số SIPAS"),
        Case(line: "b. Nhiệm vụ", scheme: .letter, marker: "b.", rest: "Nhiệm vụ"),
        Case(line: "c/ Giải pháp", scheme: .letter, marker: "c/", rest: "Giải pháp"),
        Case(line: "3/ Kinh phí", scheme: .arabic, marker: "3/", rest: "Kinh phí"),
        Case(line: "B. NHIỆM VỤ VÀ GIẢI PHÁP", scheme: .upperLetter, marker: "B.", rest: "NHIỆM VỤ VÀ GIẢI PHÁP"),
        Case(line: "Điều 3. Chánh Văn phòng", scheme: .article, marker: "Điều 3.", rest: "Chánh Văn phòng"),
        Case(line: "Chương II QUY ĐỊNH CỤ THỂ", scheme: .chapter, marker: "Chương II", rest: "QUY ĐỊNH CỤ THỂ"),
        Case(line: "CHƯƠNG 1. NHỮNG QUY ĐỊNH CHUNG", scheme: .chapter, marker: "CHƯƠNG 1", rest: "NHỮNG QUY ĐỊNH CHUNG"),
        Case(line: "Phần thứ hai", scheme: .part, marker: "Phần thứ hai", rest: ""),
        Case(line: "Mục 2. Tổ chức thực hiện", scheme: .part, marker: "Mục 2", rest: "Tổ chức thực hiện"),
        Case(line: "PHỤ LỤC", scheme: .appendix, marker: "PHỤ LỤC", rest: ""),
        Case(line: "Phụ lục II: Danh mục nhiệm vụ", scheme: .appendix, marker: "Phụ lục II", rest: "Danh mục nhiệm vụ"),
    ]

    @Test(arguments: markers)
    func recognisesMarker(_ c: Case) throws {
        let m = try #require(MarkerParser.parse(c.line).first)
        #expect(m.scheme == c.scheme)
        #expect(m.text == c.marker)
        let rest = ByteScan.withBytes(c.line) { ByteScan.rest($0, from: m.restStart) }
        #expect(rest == c.rest)
    }

    static let lookAlikes = [
        "2021. Năm bản lề", "1.000 người tham gia", "v.v. các nội dung khác", "Điều 3 của Luật", "Mục tiêu chung",
        "Chương trình hành động", "Phụ lục kèm theo Kế hoạch", "IIII. Sai số", "0.75", "Mục 1 của Nghị định",
        "CHƯƠNG TRÌNH", "1/2021 là năm đầu", "1.Nội dung viết thường sau số là chữ hoa nên hợp lệ".lowercased(), "III", "ă) không phải chữ cái đánh số",
    ]

    @Test(arguments: lookAlikes)
    func lookAlikeIsNotAMarker(_ line: String) {
        #expect(MarkerParser.parse(line).isEmpty)
    }

    @Test func romanOneIsAlsoTheLetterI() {
        let readings = MarkerParser.parse("I. MỤC ĐÍCH").map(\.scheme)
        #expect(readings == [.roman, .upperLetter])
    }

    @Test func vietnameseLettersFollowĐAfterD() {
        #expect(Marker.Value.letter(0x64).successors.contains(.letter(0x111)))  // d → đ
        #expect(Marker.Value.letter(0x111).successors == [.letter(0x65)])  // đ → e
        #expect(Marker.Value.letter(0x65).successors.contains(.letter(0x67)))  // e → g
        #expect(Marker.Value.letter(0x69).successors.contains(.letter(0x6B)))  // i → k
    }

    @Test func expectedValueIsWrittenInTheMarkersStyle() throws {
        let m = try #require(MarkerParser.parse("Điều 4. Hiệu lực").first)
        #expect(m.label(for: .number(5)) == "Điều 5.")
        let r = try #require(MarkerParser.parse("IV. KINH PHÍ").first)
        #expect(r.label(for: .roman(5)) == "V.")
    }
}
