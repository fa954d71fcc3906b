import Foundation
import Testing
@testable import PlanX

@Suite("Documents against the schema")
struct DocumentValidationTests {
    @Test(arguments: [true, false])
    func fullyPopulatedDocumentIsValid(pretty: Bool) throws {
        let json = Data(PlanX.render(SchemaFixtures.full, as: .json, pretty: pretty))
        #expect(try PlanXSchema.validate(json) == [])
        // The fixture really exercises the optional parts.
        let text = String(decoding: json, as: UTF8.self)
        for needle in ["\"continues\"", "\"recurrence\"", "\"parts\"", "\"plan\"", "\"signer\"", "\"table\""] {
            #expect(text.contains(needle), "fixture lacks \(needle)")
        }
    }

    @Test func minimalDocumentIsValid() throws {
        #expect(try PlanXSchema.validate(SchemaFixtures.json(SchemaFixtures.minimal)) == [])
    }

    @Test(arguments: BrokenDocument.all)
    func brokenDocumentIsRejectedAtItsPath(_ broken: BrokenDocument) throws {
        let failures = try PlanXSchema.validate(broken.data())
        #expect(failures.count == 1, "\(failures)")
        let first = try #require(failures.first)
        #expect(first.hasPrefix(broken.path + ": "), "\(first)")
        #expect(first.contains(broken.mentions), "\(first)")
    }

    @Test func bytesThatAreNotJSONThrow() {
        #expect(throws: (any Error).self) { try PlanXSchema.validate(Data("{\"a\": ".utf8)) }
    }

    @Test func jsonThatIsNotAnObjectIsRejectedAtTheRoot() throws {
        #expect(try PlanXSchema.validate(Data("[]".utf8)) == ["$: expected object, got an array"])
    }

    @Test func everyViolationIsReportedNotOnlyTheFirst() throws {
        var tree = try SchemaFixtures.tree(SchemaFixtures.minimal)
        tree["schema_version"] = 7
        tree["extra"] = 1
        tree["tables"] = nil
        let failures = try PlanXSchema.validate(SchemaFixtures.data(tree))
        #expect(failures == [
            "$: missing required key 'tables'",
            "$.schema_version: expected 1, got 7",
            "$: unexpected key 'extra'",
        ])
    }
}
