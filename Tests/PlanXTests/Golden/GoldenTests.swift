import Foundation
import Testing
@testable import PlanX

/// Whole-document goldens: `corpus/<doc>` must convert to exactly `corpus/expected/<doc>.json`.
///
/// `PLANX_ACCEPT=1 swift test --filter Golden` rewrites the expectations; review the diff
/// against the source documents before committing.
@Suite("Corpus goldens")
struct GoldenTests {
    @Test(arguments: Corpus.documents)
    func documentMatchesGolden(name: String) throws {
        let doc = try PlanX.extract(try Corpus.data(name), name: "corpus/" + name)
        let actual = String(decoding: PlanX.render(doc, as: .json, pretty: true), as: UTF8.self)
        let url = Corpus.expectedURL(for: name)
        if ProcessInfo.processInfo.environment["PLANX_ACCEPT"] == "1" {
            try FileManager.default.createDirectory(at: Corpus.expected, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8),
                                    "no golden at \(url.path); run PLANX_ACCEPT=1 swift test --filter Golden and review it")
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let i = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            Issue.record("""
                \(name) differs from its golden at JSON line \(i + 1):
                  expected: \(i < e.count ? String(e[i]) : "<end>")
                  actual:   \(i < a.count ? String(a[i]) : "<end>")
                """)
        }
    }

    @Test func everyCorpusDocumentHasAGolden() {
        #expect(Corpus.documents.count >= 5)
        for name in Corpus.documents {
            #expect(FileManager.default.fileExists(atPath: Corpus.expectedURL(for: name).path), "missing golden for \(name)")
        }
    }

    @Test func extractionIsDeterministic() throws {
        for name in Corpus.documents {
            let data = try Corpus.data(name)
            let a = PlanX.render(try PlanX.extract(data, name: name))
            let b = PlanX.render(try PlanX.extract(data, name: name))
            #expect(a == b, "\(name) converts differently on a second run")
        }
    }
}

/// Every golden conforms to the schema, checked by python's jsonschema (an independent validator)
/// and by planx's own.
@Suite("Goldens against the schema")
struct GoldenSchemaTests {
    @Test func everyGoldenValidatesWithPythonJSONSchema() throws {
        let goldens = Corpus.documents.map { Corpus.expectedURL(for: $0).path }
        let r = try CLIRunner.shell(["python3", "scripts/validate-json.py", "schemas/planx-document.schema.json"] + goldens)
        #expect(r.status == 0, "\(r.stdoutText)\(r.stderr)")
    }

    @Test func everyGoldenValidatesWithPlanXsValidator() throws {
        for name in Corpus.documents {
            let problems = try PlanXSchema.validate(Data(contentsOf: Corpus.expectedURL(for: name)))
            #expect(problems.isEmpty, "\(name): \(problems.prefix(5))")
        }
    }
}
