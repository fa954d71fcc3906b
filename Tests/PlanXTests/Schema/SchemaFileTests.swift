import Foundation
import Testing
@testable import PlanX

@Suite("Schema file")
struct SchemaFileTests {
    private func schema() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: SchemaFixtures.schemaURL)) as? [String: Any])
    }

    private func enumValues(_ def: String, _ property: String) throws -> [String] {
        let defs = try #require(schema()["$defs"] as? [String: Any])
        let object = try #require(defs[def] as? [String: Any])
        let properties = try #require(object["properties"] as? [String: Any])
        let schema = try #require(properties[property] as? [String: Any])
        return try #require(schema["enum"] as? [String])
    }

    @Test func embeddedTextEqualsTheSchemaFileByteForByte() throws {
        let file = try Data(contentsOf: SchemaFixtures.schemaURL)
        #expect(Data(PlanXSchema.text.utf8) == file, "run scripts/embed-schema.sh after editing the schema")
    }

    @Test func schemaStaysInsideTheValidatorsSubset() throws {
        let validator = try #require(PlanXSchema.compiled)
        #expect(validator.unsupportedKeywords == [])
        #expect(validator.definitions["#/$defs/Task"] != nil)
    }

    @Test func everyPropertyIsDescribed() throws {
        var undescribed: [String] = []
        func walk(_ node: Any, _ pointer: String) {
            guard let object = node as? [String: Any] else {
                (node as? [Any])?.enumerated().forEach { walk($1, "\(pointer)/\($0)") }
                return
            }
            if let properties = object["properties"] as? [String: Any] {
                for (name, sub) in properties where (sub as? [String: Any])?["description"] == nil {
                    undescribed.append("\(pointer)/properties/\(name)")
                }
            }
            for (key, value) in object { walk(value, "\(pointer)/\(key)") }
        }
        walk(try schema(), "#")
        #expect(undescribed.sorted() == [])
    }

    @Test func everyDefinitionIsReferenced() throws {
        let defs = try #require(schema()["$defs"] as? [String: Any])
        let unused = defs.keys.filter { !PlanXSchema.text.contains("\"#/$defs/\($0)\"") }
        #expect(unused.sorted() == [])
    }

    @Test func closedVocabulariesMatchTheModel() throws {
        #expect(try enumValues("Section", "scheme") == NumberingScheme.allCases.map(\.rawValue))
        #expect(try enumValues("Deadline", "kind") == Deadline.Kind.allCases.map(\.rawValue))
        #expect(try enumValues("Block", "kind") == [Block.Kind.paragraph, .bullet, .table].map(\.rawValue))
        #expect(try enumValues("Diagnostic", "severity") == [Diagnostic.Severity.error, .warning, .info].map(\.rawValue))
        let roles: [BlockRole] = [.body, .chrome, .siteMetadata, .relatedDocuments, .repeated, .separator, .header,
                                  .title, .caption, .basis, .signature, .recipients, .footnote]
        #expect(try Set(enumValues("Region", "kind")) == Set(roles.filter { $0 != .body }.map(\.rawValue)))
        #expect(Set(ReaderRegistry.formats).isSubset(of: try enumValues("Source", "format")))
    }
}
