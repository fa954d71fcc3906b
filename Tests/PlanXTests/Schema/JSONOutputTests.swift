import Foundation
import Testing
@testable import PlanX

/// The staged JSON builder writes what a plain writer would, across its staging boundary.
@Suite("JSON output builder")
struct JSONOutputTests {
    @Test func integersAreWrittenAsSwiftPrintsThem() {
        let values = [0, 7, -7, 10, 2024, -100_000, Int.max, Int.min]
        var out = JSONOutput(pretty: false)
        out.beginArray()
        for v in values { out.int(v) }
        out.double(2.0); out.double(2.5); out.double(nil)
        out.endArray()
        let text = String(decoding: out.finish(), as: UTF8.self)
        #expect(text == "[" + values.map(String.init).joined(separator: ",") + ",2,2.5,null]\n")
    }

    @Test func valuesLongerThanTheStageAndManySmallOnesSurviveIntact() {
        let long = String(repeating: "Ủy ban \"nhân\" dân\t", count: 2_000)  // ~44 KB with escapes
        var out = JSONOutput(pretty: true)
        out.beginObject()
        out.key("long"); out.string(long)
        out.key("many"); out.beginArray()
        for i in 0..<5_000 { out.int(i) }
        out.endArray()
        out.endObject()
        let text = String(decoding: out.finish(), as: UTF8.self)
        let escaped = long.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\t", with: "\\t")
        #expect(text.hasPrefix("{\n  \"long\": \"" + escaped + "\",\n  \"many\": [\n    0,\n    1,"))
        #expect(text.hasSuffix("    4999\n  ]\n}\n"))
        #expect(text.components(separatedBy: "\n    ").count == 5_001)
    }

    /// Escapes found by the eight-bytes-at-a-time scan equal a byte-by-byte escape, wherever they fall.
    @Test func escapesMatchAPlainEscapeAtEveryOffset() {
        let pieces = ["a", "ủ", "\"", "\\", "\n", "\u{1}", "\t", "\r", "Đ", " ", "\u{1F}", "~", "\u{7F}"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let value = (0..<Int.random(in: 0...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            var out = JSONOutput(pretty: false)
            out.string(value)
            let written = String(decoding: out.finish(), as: UTF8.self)
            #expect(written == "\"" + Self.plainEscape(value) + "\"\n")
        }
    }

    private static func plainEscape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
