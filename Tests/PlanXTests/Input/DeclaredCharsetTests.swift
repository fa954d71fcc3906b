import Foundation
import Testing
@testable import PlanX

/// A declared legacy charset chooses the code page only when the bytes are not UTF-8.
@Suite("Declared charset")
struct DeclaredCharsetTests {
    @Test func windows1252DeclarationDecodesWordHTMLBytes() throws {
        var bytes = Array("<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"><p>Ti&#7871;ng ".utf8)
        bytes += [0x93, 0xE3, 0x94, 0xA0]  // “ã” NBSP in windows-1252 (0xE3 is ă in windows-1258)
        let decoded = try InputDecoder.decode(Data(bytes))
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.lines[0].hasSuffix("\u{201C}ã\u{201D}\u{00A0}"))
    }

    @Test func undeclaredLegacyBytesStayWindows1258() throws {
        let decoded = try InputDecoder.decode(Data([0x4B, 0xEA, 0xEC, 0x20, 0x68]))  // "Kế h" in windows-1258
        #expect(decoded.encoding == "windows-1258")
        #expect(decoded.lines == ["Kế h"])
    }

    @Test func aDeclarationNeverOverridesValidUTF8() throws {
        let decoded = try InputDecoder.decode(Data("<meta charset=\"windows-1252\"><p>Kế hoạch</p>".utf8))
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.lines[0].contains("Kế hoạch"))
    }
}
