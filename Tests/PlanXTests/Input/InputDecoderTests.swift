import Foundation
import Testing
@testable import PlanX

@Suite("Input decoder")
struct InputDecoderTests {
    /// Scalars, so that `"Kế"` and `"Kê\u{301}"` (equal as Swift `String`s) are told apart.
    static func scalars(_ lines: [String]) -> [[UInt32]] { lines.map { $0.unicodeScalars.map(\.value) } }

    static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> Data {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
            bytes += bigEndian ? [hi, lo] : [lo, hi]
        }
        return Data(bytes)
    }

    // MARK: - Lines

    @Test(arguments: [
        ("", [String]()),
        ("a", ["a"]),
        ("a\n", ["a"]),
        ("\n", [""]),
        ("a\n\n", ["a", ""]),
        ("a\nb", ["a", "b"]),
        ("a\r\nb\r\n", ["a", "b"]),
        ("a\rb\r", ["a", "b"]),
        ("a\r\n\r\nb", ["a", "", "b"]),
        ("a\n\rb", ["a", "", "b"]),
        ("a\nb\r\nc\rd", ["a", "b", "c", "d"]),
    ])
    func splitsOnEveryLineBreakKind(text: String, lines: [String]) throws {
        let decoded = try InputDecoder.decode(Data(text.utf8))
        #expect(decoded.lines == lines)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func keepsTabsNBSPAndTrailingPipesAsWritten() throws {
        let text = "\tCơ quan chủ trì |\n\u{00A0}\n1 |  Sở Nội vụ  ||\n|"
        let decoded = try InputDecoder.decode(Data(text.utf8))
        #expect(Self.scalars(decoded.lines) == Self.scalars(["\tCơ quan chủ trì |", "\u{00A0}", "1 |  Sở Nội vụ  ||", "|"]))
    }

    @Test func recordsDigestAndSizeOfTheOriginalBytes() throws {
        let decoded = try InputDecoder.decode(Data("abc".utf8))
        #expect(decoded.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(decoded.byteCount == 3)
        let withBOM = try InputDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("abc".utf8)))
        #expect(withBOM.byteCount == 6)
        #expect(withBOM.sha256 != decoded.sha256)
    }

    @Test func emptyDataHasNoLines() throws {
        let decoded = try InputDecoder.decode(Data())
        #expect(decoded.lines.isEmpty)
        #expect(decoded.byteCount == 0)
        #expect(decoded.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    // MARK: - Encodings

    @Test func dropsUTF8ByteOrderMark() throws {
        let decoded = try InputDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("KẾ HOẠCH\r\nSố: 12/KH-UBND".utf8)))
        #expect(decoded.encoding == "utf-8-bom")
        #expect(Self.scalars(decoded.lines) == Self.scalars(["KẾ HOẠCH", "Số: 12/KH-UBND"]))
    }

    @Test(arguments: [(false, true, "utf-16le"), (true, true, "utf-16be"), (false, false, "utf-16le"), (true, false, "utf-16be")])
    func decodesUTF16WithAndWithoutBOM(bigEndian: Bool, bom: Bool, encoding: String) throws {
        let text = "Kế hoạch số 12\r\nỦy ban nhân dân tỉnh 🇻🇳\r\n"
        let decoded = try InputDecoder.decode(Self.utf16(text, bigEndian: bigEndian, bom: bom))
        #expect(decoded.encoding == encoding)
        #expect(Self.scalars(decoded.lines) == Self.scalars(["Kế hoạch số 12", "Ủy ban nhân dân tỉnh 🇻🇳"]))
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func replacesUnpairedUTF16SurrogateOnItsLine() throws {
        var data = Self.utf16("Dòng một\nDòng ", bigEndian: false, bom: true)
        data += Data([0x00, 0xD8])  // lone high surrogate
        data += Self.utf16(" hai", bigEndian: false, bom: false)
        let decoded = try InputDecoder.decode(data)
        #expect(decoded.lines.last == "Dòng \u{FFFD} hai")
        #expect(decoded.diagnostics.map(\.code) == ["input.undecodable-bytes"])
        #expect(decoded.diagnostics.first?.line == 2)
    }

    @Test func binarySnifferAcceptsVietnameseUTF16WithoutBOM() {
        let vietnamese = Self.utf16("Quyết định về việc ban hành Kế hoạch thực hiện nhiệm vụ năm 2024", bigEndian: false, bom: false)
        #expect(BinarySniffer.binaryKind(of: vietnamese) == nil)
        #expect(BinarySniffer.binaryKind(of: Data([0x01, 0x00, 0x00, 0x00, 0x41, 0x42, 0x00, 0x43, 0x44, 0x45])) == "binary data")
    }

    @Test func decodesValidUTF8WithoutDiagnostics() throws {
        let decoded = try InputDecoder.decode(Data("Quyết định\nĐiều 1. Ban hành".utf8))
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.lines == ["Quyết định", "Điều 1. Ban hành"])
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func replacesInvalidBytesInsideUTF8AndReportsTheirLine() throws {
        var bytes = Array("Kế hoạch số 1\nNội dung ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(" việc\nThời gian thực hiện: Quý IV/2024\n".utf8)
        let decoded = try InputDecoder.decode(Data(bytes))
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.lines == ["Kế hoạch số 1", "Nội dung \u{FFFD}\u{FFFD} việc", "Thời gian thực hiện: Quý IV/2024"])
        let diagnostic = try #require(decoded.diagnostics.first)
        #expect(decoded.diagnostics.count == 1)
        #expect(diagnostic.code == "input.invalid-utf8")
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.line == 2)
        #expect(diagnostic.message.contains("2 invalid utf-8 bytes"))
    }

    @Test func truncatedSequenceAtEndIsOneReplacement() throws {
        let bytes = Array("Kế hoạch\nĐiều khoản thi hành ".utf8) + [0xE1, 0xBA]
        let decoded = try InputDecoder.decode(Data(bytes))
        #expect(decoded.lines == ["Kế hoạch", "Điều khoản thi hành \u{FFFD}"])
        #expect(decoded.diagnostics.map(\.line) == [2])
        #expect(decoded.diagnostics.first?.message.contains("2 invalid") == true)
    }

    @Test func readsWindows1258AndComposesToneMarks() throws {
        // "Kế hoạch\r\nĐường Ủy ban" in Windows-1258: ê + 0xEC (acute), a + 0xF2 (dot below), ơ + 0xCC (grave), U + 0xD2 (hook).
        let bytes: [UInt8] = [0x4B, 0xEA, 0xEC, 0x20, 0x68, 0x6F, 0x61, 0xF2, 0x63, 0x68, 0x0D, 0x0A,
                              0xD0, 0xFD, 0xF5, 0xCC, 0x6E, 0x67, 0x20, 0x55, 0xD2, 0x79, 0x20, 0x62, 0x61, 0x6E]
        let decoded = try InputDecoder.decode(Data(bytes))
        #expect(decoded.encoding == "windows-1258")
        #expect(Self.scalars(decoded.lines) == Self.scalars(["Kế hoạch", "Đường Ủy ban"]))
        #expect(decoded.diagnostics.map(\.code) == ["input.legacy-encoding"])
        #expect(decoded.diagnostics.first?.severity == .info)
        #expect(decoded.diagnostics.first?.line == nil)
    }

    @Test func reportsUndefinedWindows1258Bytes() throws {
        let bytes: [UInt8] = [0x4B, 0xEA, 0xEC, 0x0A, 0x61, 0x81, 0x62]
        let decoded = try InputDecoder.decode(Data(bytes))
        #expect(decoded.lines == ["Kế", "a\u{FFFD}b"])
        #expect(decoded.diagnostics.map(\.code) == ["input.legacy-encoding", "input.undecodable-bytes"])
        #expect(decoded.diagnostics.last?.line == 2)
    }

    @Test func composesDecomposedUTF8Lines() throws {
        let text = "Ke\u{302}\u{301} hoa\u{323}ch\nI. MỤC TIÊU\nU\u{309}y ban"
        let decoded = try InputDecoder.decode(Data(text.utf8))
        #expect(Self.scalars(decoded.lines) == Self.scalars(["Kế hoạch", "I. MỤC TIÊU", "Ủy ban"]))
        #expect(decoded.lines[0].unicodeScalars.count == 8)
    }

    /// A 4-byte lead cut after three bytes is replaced by one U+FFFD of the same length: the
    /// fast path must still notice it.
    @Test func detectsTruncatedFourByteSequenceOfSameLength() throws {
        let bytes = Array("Ghi chú 😀\nBiểu tượng ".utf8) + [0xF0, 0x9F, 0x98] + Array(" hết".utf8)
        let decoded = try InputDecoder.decode(Data(bytes))
        #expect(decoded.lines == ["Ghi chú 😀", "Biểu tượng \u{FFFD} hết"])
        #expect(decoded.diagnostics.map(\.code) == ["input.invalid-utf8"])
        #expect(decoded.diagnostics.first?.message.contains("3 invalid") == true)
    }

    @Test func mostlyASCIILegacyFileIsWindows1258() throws {
        // "Quyết định số 5" with the only non-ASCII letters in Windows-1258: no valid UTF-8 sequence at all.
        let bytes: [UInt8] = Array("Quy".utf8) + [0xEA, 0xEC] + Array("t ".utf8) + [0xF0, 0x69, 0xF2] + Array("nh s".utf8)
            + [0xF4, 0xEC] + Array(" 5".utf8)
        let decoded = try InputDecoder.decode(Data(bytes))
        #expect(decoded.encoding == "windows-1258")
        #expect(Self.scalars(decoded.lines) == Self.scalars(["Quyết định số 5"]))
    }

    @Test func hashesLargeInputsOnTheSideCorrectly() throws {
        let line = Array("1 | Rà soát, đánh giá thủ tục hành chính | Sở Nội vụ | Quý IV/2024 |\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count <= InputDecoder.parallelHashBytes { bytes += line }
        let data = Data(bytes)
        let decoded = try InputDecoder.decode(data)
        #expect(decoded.sha256 == SHA256.hexDigest(of: data))
        #expect(decoded.lines.count == bytes.count / line.count)
        #expect(decoded.byteCount == bytes.count)
    }

    @Test func countsLinesOfCRLFFileWithDamageAndDecomposedText() throws {
        let bytes = Array("Kế hoạch\r\nTo\u{302}\u{309}ng ho\u{31B}\u{323}p\r\n".utf8) + [0x78, 0x20, 0xC3, 0x20, 0x79]
            + Array("\r\nĐiều 2\r".utf8)
        let decoded = try InputDecoder.decode(Data(bytes))
        #expect(Self.scalars(decoded.lines) == Self.scalars(["Kế hoạch", "Tổng hợp", "x \u{FFFD} y", "Điều 2"]))
        #expect(decoded.diagnostics.map(\.line) == [3])
        #expect(decoded.diagnostics.first?.message.contains("1 invalid utf-8 byte was") == true)
    }

    /// Decoding keeps the text as written; tone placement is the normaliser's job.
    @Test func keepsOldStyleToneMarksAndSpacing() throws {
        let decoded = try InputDecoder.decode(Data("Uỷ ban  nhân dân\u{00A0}tỉnh Khánh Hoà ".utf8))
        #expect(Self.scalars(decoded.lines) == Self.scalars(["Uỷ ban  nhân dân\u{00A0}tỉnh Khánh Hoà "]))
    }
}
