import Foundation
import Testing
@testable import PlanX

/// The same documents through Python's jsonschema, so our validator and our schema are
/// checked by an implementation we did not write.
@Suite("Schema cross-check with Python jsonschema")
struct PythonCrossCheckTests {
    @Test func validDocumentsPassJsonschema() throws {
        let outcome = try PythonValidator.run([
            ("full.json", Data(PlanX.render(SchemaFixtures.full, as: .json, pretty: true))),
            ("full-compact.json", Data(PlanX.render(SchemaFixtures.full, as: .json, pretty: false))),
            ("minimal.json", SchemaFixtures.json(SchemaFixtures.minimal)),
        ])
        try #require(!outcome.toolMissing, "\(PythonValidator.setupHint)\n\(outcome.output)")
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test func brokenDocumentsFailJsonschemaAtTheSamePaths() throws {
        let cases = BrokenDocument.all
        let files = try cases.enumerated().map { ("broken-\($0).json", try $1.data()) }
        let outcome = try PythonValidator.run(files)
        try #require(!outcome.toolMissing, "\(PythonValidator.setupHint)\n\(outcome.output)")
        #expect(outcome.status == 1, "\(outcome.output)")
        for (i, broken) in cases.enumerated() {
            let messages = outcome.messages(for: "broken-\(i).json")
            #expect(!messages.isEmpty, "jsonschema accepted: \(broken.name)")
            for message in messages {
                #expect(message.hasPrefix(broken.path + ": "), "\(broken.name): \(message)")
            }
        }
    }
}
