import Foundation
import Testing

/// planx's HTML grids equal pandas.read_html's (lxml flavour), and the HTML twin of a text plan
/// yields the same tasks.
@Suite("HTML conformance", .serialized)
struct HTMLConformanceTests {
    /// Fixtures whose tables pandas reads the same way; `spans-clamped.html` is left out on
    /// purpose: pandas expands a rowspan of 99999 into 99999 rows, planx clamps it to the table.
    static var pages: [String] {
        let fixtures = Corpus.root.appendingPathComponent("Tests/PlanXTests/Fixtures/html")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0 != "spans-clamped.html" }.sorted().map { fixtures.appendingPathComponent($0).path }
            + Corpus.documents.filter { $0.hasSuffix(".html") }.map { Corpus.folder.appendingPathComponent($0).path }
    }

    @Test func gridsMatchPandasReadHTML() throws {
        let binary = try #require(CLIRunner.executable).path
        let r = try CLIRunner.shell(["python3", "scripts/html-conformance.py", binary] + Self.pages)
        #expect(r.status == 0, "\(r.stdoutText)\(r.stderr)\nneeds: python3 -m pip install pandas lxml")
        #expect(r.stdoutText.contains(" 0 differences"))
    }

    @Test func htmlTwinOfATextPlanYieldsTheSameTasks() throws {
        for html in Corpus.documents where html.hasSuffix(".html") {
            let text = (html as NSString).deletingPathExtension + ".txt"
            guard Corpus.documents.contains(text) else { continue }
            let a = try tasks(text), b = try tasks(html)
            #expect(a.count > 0)
            #expect(a == b, "\(html) and \(text) give different tasks")
        }
    }

    /// Each task without its source lines (which differ between the forms), as JSON text.
    private func tasks(_ name: String) throws -> [String] {
        let r = try CLIRunner.run(["extract", "corpus/" + name, "--format", "jsonl"])
        return r.stdoutText.split(separator: "\n").map { line in
            var object = (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]) ?? [:]
            object["line"] = nil
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
