import Foundation
import Testing
@testable import PlanX

@Suite("Schema validator")
struct SchemaValidatorTests {
    private func validator(_ schema: String) throws -> SchemaValidator {
        SchemaValidator(root: try JSONSerialization.jsonObject(with: Data(schema.utf8)))
    }

    private func failures(_ schema: String, _ instance: String) throws -> [String] {
        try validator(schema).validate(JSONSerialization.jsonObject(with: Data(instance.utf8), options: .fragmentsAllowed))
    }

    @Test(arguments: [
        (#"{"type": "integer"}"#, "true", false),
        (#"{"type": "number"}"#, "false", false),
        (#"{"type": "boolean"}"#, "1", false),
        (#"{"type": "boolean"}"#, "0", false),
        (#"{"type": "boolean"}"#, "true", true),
        (#"{"type": "integer"}"#, "1.0", true),
        (#"{"type": "integer"}"#, "1.5", false),
        (#"{"type": "number"}"#, "1", true),
        (#"{"type": "integer"}"#, "-12345678901", true),
        (#"{"type": ["string", "null"]}"#, "null", true),
        (#"{"type": ["string", "null"]}"#, "0", false),
        (#"{"const": 1}"#, "true", false),
        (#"{"const": 1}"#, "1.0", true),
        (#"{"const": null}"#, "null", true),
        (#"{"enum": [1, "a", null]}"#, "false", false),
        (#"{"enum": [1, "a", null]}"#, "\"a\"", true),
    ])
    func typesKeepBooleansAndNumbersApart(schema: String, instance: String, valid: Bool) throws {
        #expect(try failures(schema, instance).isEmpty == valid)
    }

    @Test func minLengthCountsCodePoints() throws {
        #expect(try failures(#"{"minLength": 2}"#, "\"đ\"") == ["$: 'đ' is shorter than 2 characters"])
        #expect(try failures(#"{"minLength": 2}"#, "\"đa\"") == [])
    }

    @Test func patternSearchesAndIsCompiledOncePerText() throws {
        let schema = #"{"properties": {"a": {"pattern": "^x"}, "b": {"pattern": "^x"}, "c": {"pattern": "y"}}}"#
        #expect(try validator(schema).patternCount == 2)
        #expect(try failures(schema, #"{"a": "xa", "b": "ax", "c": "aya"}"#) == ["$.b: 'ax' does not match the pattern '^x'"])
    }

    @Test func minimumAndMaximumBoundNumbers() throws {
        let schema = #"{"minimum": 1, "maximum": 12}"#
        #expect(try failures(schema, "0") == ["$: 0 is less than the minimum 1"])
        #expect(try failures(schema, "12.5") == ["$: 12.5 is greater than the maximum 12"])
        #expect(try failures(schema, "\"13\"") == [])
    }

    @Test func additionalPropertiesMayBeASchema() throws {
        let schema = #"{"properties": {"a": {}}, "additionalProperties": {"type": "integer", "minimum": 1}}"#
        #expect(try failures(schema, #"{"a": "x", "b": 2, "Ghi chú": 0, "9x": "s"}"#) == [
            "$['9x']: expected integer, got 's'",
            "$['Ghi chú']: 0 is less than the minimum 1",
        ])
    }

    @Test func refsRecurseThroughDefinitionsAndTheRoot() throws {
        let schema = #"""
        {"type": "object", "properties": {"kids": {"type": "array", "items": {"$ref": "#"}},
         "leaf": {"$ref": "#/$defs/Leaf"}}, "additionalProperties": false,
         "$defs": {"Leaf": {"enum": ["x"]}}}
        """#
        #expect(try failures(schema, #"{"kids": [{"kids": [{"leaf": "y"}]}]}"#)
            == ["$.kids[0].kids[0].leaf: 'y' is not one of 'x'"])
    }

    @Test func anyOfExplainsThroughTheBranchTheTypeFits() throws {
        let schema = #"""
        {"properties": {"d": {"anyOf": [{"$ref": "#/$defs/D"}, {"type": "null"}]}},
         "$defs": {"D": {"type": "object", "required": ["k"], "properties": {"k": {"enum": ["a", "b"]}}}}}
        """#
        #expect(try failures(schema, #"{"d": null}"#) == [])
        #expect(try failures(schema, #"{"d": {"k": "c"}}"#) == ["$.d.k: 'c' is not one of 'a', 'b'"])
        #expect(try failures(schema, #"{"d": 5}"#) == ["$.d: expected object or null, got 5"])
    }

    @Test func oneOfWantsExactlyOneMatch() throws {
        let schema = #"{"oneOf": [{"type": "integer"}, {"minimum": 0}]}"#
        #expect(try failures(schema, "-1") == [])
        #expect(try failures(schema, "2") == ["$: matches 2 of the allowed shapes, expected exactly one"])
    }

    @Test func allOfAppliesEverySchema() throws {
        let schema = #"{"allOf": [{"type": "string"}, {"minLength": 3}, {"pattern": "^a"}]}"#
        #expect(try failures(schema, "\"b\"") == [
            "$: 'b' is shorter than 3 characters", "$: 'b' does not match the pattern '^a'",
        ])
    }

    @Test func keywordsOutsideTheSubsetAreListed() throws {
        let v = try validator(##"{"maxLength": 3, "properties": {"a": {"$ref": "other.json"}, "b": {"$ref": "#/$defs/Gone"}}}"##)
        #expect(v.unsupportedKeywords == [
            "#/maxLength",
            "#/properties/a/$ref: only '#' and '#/$defs/…' are supported",
            "#/properties/b/$ref: no definition '#/$defs/Gone'",
        ])
    }

    @Test func longStringsAreShortenedInMessages() throws {
        let long = String(repeating: "ạ", count: 100)
        let message = try #require(try failures(#"{"type": "integer"}"#, "\"\(long)\"").first)
        #expect(message == "$: expected integer, got '\(String(repeating: "ạ", count: 60))…'")
    }
}
