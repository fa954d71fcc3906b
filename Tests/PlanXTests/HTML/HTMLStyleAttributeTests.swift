import Foundation
import Testing
@testable import PlanX

/// Style, alignment and class attributes are read as bytes; these pin what they mean.
@Suite("HTML style attributes")
struct HTMLStyleAttributeTests {
    private func styles(_ html: String) throws -> [String: TextStyle] {
        let decoded = try InputDecoder.decode(Data(html.utf8))
        var out: [String: TextStyle] = [:]
        for b in HTMLReader().read(decoded).blocks where b.kind == .text { out[b.text] = b.style }
        return out
    }

    @Test func cssWithCapitalsAndSpacesCentresAndBolds() throws {
        let s = try styles("""
            <html><body>
            <p style="TEXT-ALIGN: Center; font-weight : 700">Kế hoạch</p>
            <p align="CENTER">Độc lập</p>
            <p style="text-align:justify">Thân văn bản</p>
            <p class="x prov-article">Điều 1</p>
            </body></html>
            """)
        #expect(s["Kế hoạch"]?.contains(.centered) == true)
        #expect(s["Kế hoạch"]?.contains(.bold) == true)
        #expect(s["Độc lập"]?.contains(.centered) == true)
        #expect(s["Thân văn bản"]?.contains(.centered) == false)
        #expect(s["Điều 1"]?.contains(.heading) == true)
    }

    @Test func attributeHeldAsEntitiesIsReadThroughLibxml() throws {
        let s = try styles("<html><body><p style=\"text-align:&#99;enter\">Căn giữa</p></body></html>")
        #expect(s["Căn giữa"]?.contains(.centered) == true)
    }

    @Test(arguments: [("font-weight: bold", "font-weight:bold", true), ("FONT-\nWEIGHT:BOLD", "font-weight:bold", true),
                      ("font-style:italic", "font-weight:bold", false), ("", "center", false)])
    func foldedSearch(_ value: String, _ pattern: String, _ expected: Bool) {
        var v = value
        let found = v.withUTF8 { bytes in
            pattern == "center" ? AttributeBytes.containsFolded(bytes, "center") : AttributeBytes.containsFolded(bytes, "font-weight:bold")
        }
        #expect(found == expected)
    }
}
