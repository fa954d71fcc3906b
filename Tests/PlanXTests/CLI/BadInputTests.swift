import Foundation
import Testing

/// Hostile and unusual inputs: each gives a clear message naming the file, or a document, never a crash.
@Suite("Bad input", .serialized)
struct BadInputTests {
    private func extract(_ name: String, _ data: Data) throws -> (CLIRunner.Result, [String: Any]?) {
        let tmp = try TempFolder()
        defer { tmp.cleanup() }
        let file = try tmp.file(name, data)
        let r = try CLIRunner.run(["extract", file.path, "--compact"])
        return (r, try? JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    }

    private func encoding(_ doc: [String: Any]?) -> String? { (doc?["source"] as? [String: Any])?["encoding"] as? String }

    @Test func utf16TextIsDecoded() throws {
        let text = "KẾ HOẠCH\nI. MỤC ĐÍCH\nSở Nội vụ chủ trì.\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (r, doc) = try extract("utf16.txt", Data(bytes))
        #expect(r.status == 0)
        #expect(encoding(doc) == "utf-16le")
        #expect(r.stdoutText.contains("MỤC ĐÍCH"))
    }

    @Test func windows1258TextIsDecoded() throws {
        // "Kế hoạch" in windows-1258: e-circumflex + combining acute (0xEC), a + combining dot below (0xF2).
        let bytes: [UInt8] = Array("K".utf8) + [0xEA, 0xEC] + Array(" ho".utf8) + [0x61, 0xF2] + Array("ch\nI. M".utf8) + [0xE3] + Array("\n".utf8)
        let (r, doc) = try extract("legacy.txt", Data(bytes))
        #expect(r.status == 0)
        #expect(encoding(doc) == "windows-1258")
        #expect(r.stdoutText.contains("Kế hoạch"))
    }

    @Test func invalidUTF8InTheMiddleIsReportedOnItsLine() throws {
        let bytes = Array("KẾ HOẠCH\nI. MỤC ĐÍCH\nDòng hỏng ".utf8) + [0xC3, 0x28] + Array("\nII. NHIỆM VỤ\n".utf8)
        let (r, doc) = try extract("broken.txt", Data(bytes))
        #expect(r.status == 0)
        let diagnostics = doc?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.contains { $0["code"] as? String == "input.invalid-utf8" && $0["line"] as? Int == 3 })
        #expect(r.stdoutText.contains("NHIỆM VỤ"))
    }

    @Test func aSingleOneMegabyteLineConverts() throws {
        let line = String(repeating: "Tăng cường công tác cải cách hành chính; ", count: 25_000)
        let (r, doc) = try extract("long-line.txt", Data(("KẾ HOẠCH\n" + line + "\n").utf8))
        #expect(r.status == 0)
        #expect((doc?["source"] as? [String: Any])?["lines"] as? Int == 2)
    }

    @Test func a100000LinesOfPipesConvert() throws {
        let (r, doc) = try extract("pipes.txt", Data(String(repeating: "|\n", count: 100_000).utf8))
        #expect(r.status == 0)
        #expect((doc?["source"] as? [String: Any])?["lines"] as? Int == 100_000)
    }

    @Test func deeplyNestedHTMLConverts() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 5_000) + "<p>KẾ HOẠCH</p><p>I. MỤC ĐÍCH</p>"
            + String(repeating: "</div>", count: 5_000) + "</body></html>"
        let (r, doc) = try extract("nested.html", Data(html.utf8))
        #expect(r.status == 0)
        #expect(doc != nil)
    }

    @Test func aFiftyMegabyteDocumentConverts() throws {
        let tmp = try TempFolder()
        defer { tmp.cleanup() }
        let seed = try Corpus.data("gia-lai-3638-2023.txt")
        var data = Data()
        while data.count < 50_000_000 { data.append(seed) }
        let file = try tmp.file("big.txt", data)
        let out = tmp.url.appendingPathComponent("big.json")
        let r = try CLIRunner.run(["extract", file.path, "-o", out.path, "--compact"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        #expect(((doc?["tasks"] as? [Any])?.count ?? 0) > 1_000)
    }

    @Test func aDanglingLinkInABatchIsAnErrorLineNotASkip() throws {
        let tmp = try TempFolder()
        defer { tmp.cleanup() }
        _ = try tmp.file("in/ok.txt", Data("KẾ HOẠCH\nI. MỤC ĐÍCH\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: tmp.url.appendingPathComponent("in/gone.txt").path,
                                                   withDestinationPath: "/nonexistent/plan.txt")
        let out = tmp.url.appendingPathComponent("out")
        let r = try CLIRunner.run(["batch", tmp.url.appendingPathComponent("in").path, "-o", out.path, "-q"])
        #expect(r.status == 1)
        let index = try String(contentsOf: out.appendingPathComponent("index.jsonl"), encoding: .utf8)
        #expect(index.contains("gone.txt") && index.contains("\"status\":\"error\""))
        #expect(index.contains("ok.txt"))
    }
}
