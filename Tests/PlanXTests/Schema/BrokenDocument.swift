import Foundation
import Testing
@testable import PlanX

/// A valid document with one thing broken, and the JSON path both validators must blame.
struct BrokenDocument: Sendable, CustomTestStringConvertible {
    let name: String
    /// Where to change the full fixture's JSON tree.
    let at: [JSONPath.Component]
    /// The new value.
    let value: Replacement
    /// The path every message must start with.
    let path: String
    /// A word our validator's message must contain.
    let mentions: String

    var testDescription: String { name }

    /// What to put at `at`.
    enum Replacement: Sendable {
        case remove, null
        case string(String), int(Int), double(Double), bool(Bool)

        var json: Any? {
            switch self {
            case .remove: return nil
            case .null: return NSNull()
            case .string(let s): return s
            case .int(let i): return i
            case .double(let d): return d
            case .bool(let b): return b
            }
        }
    }

    /// The full fixture's JSON with the change applied.
    func data() throws -> Data {
        let tree = try SchemaFixtures.tree(SchemaFixtures.full)
        return try SchemaFixtures.data(Self.replacing(in: tree, at: at[...], with: value.json) as? [String: Any] ?? [:])
    }

    private static func replacing(in node: Any, at path: ArraySlice<JSONPath.Component>, with new: Any?) -> Any {
        guard let step = path.first else { return new ?? NSNull() }
        switch step {
        case .key(let key):
            var object = node as? [String: Any] ?? [:]
            if path.count == 1 && new == nil {
                object[key] = nil
            } else {
                object[key] = replacing(in: object[key] ?? NSNull(), at: path.dropFirst(), with: new)
            }
            return object
        case .index(let i):
            var array = node as? [Any] ?? []
            guard array.indices.contains(i) else { return array }
            array[i] = replacing(in: array[i], at: path.dropFirst(), with: new)
            return array
        }
    }

    static let all: [BrokenDocument] = [
        .init(name: "deadline kind outside its enum", at: [.key("tasks"), .index(0), .key("deadline"), .key("kind")],
              value: .string("soon"), path: "$.tasks[0].deadline.kind", mentions: "'soon' is not one of"),
        .init(name: "recurrence freq outside its enum, deep in parts",
              at: [.key("tasks"), .index(0), .key("deadline"), .key("parts"), .index(1), .key("recurrence"), .key("freq")],
              value: .string("weekly"), path: "$.tasks[0].deadline.parts[1].recurrence.freq", mentions: "'weekly'"),
        .init(name: "region kind that is no role", at: [.key("regions"), .index(0), .key("kind")],
              value: .string("markup"), path: "$.regions[0].kind", mentions: "'markup'"),
        .init(name: "missing sha256", at: [.key("source"), .key("sha256")], value: .remove,
              path: "$.source", mentions: "'sha256'"),
        .init(name: "missing row cells", at: [.key("tables"), .index(0), .key("rows"), .index(0), .key("cells")],
              value: .remove, path: "$.tables[0].rows[0]", mentions: "'cells'"),
        .init(name: "extra key in a nested bullet",
              at: [.key("outline"), .index(0), .key("blocks"), .index(1), .key("children"), .index(0), .key("colour")],
              value: .string("red"), path: "$.outline[0].blocks[1].children[0]", mentions: "'colour'"),
        .init(name: "string where a line belongs", at: [.key("tables"), .index(0), .key("rows"), .index(2), .key("line")],
              value: .string("42"), path: "$.tables[0].rows[2].line", mentions: "expected integer"),
        .init(name: "boolean where an integer belongs", at: [.key("schema_version")], value: .bool(true),
              path: "$.schema_version", mentions: "got true"),
        .init(name: "fraction where an integer belongs", at: [.key("tasks"), .index(0), .key("line")], value: .double(42.5),
              path: "$.tasks[0].line", mentions: "42.5"),
        .init(name: "schema version 2", at: [.key("schema_version")], value: .int(2), path: "$.schema_version", mentions: "expected 1"),
        .init(name: "issued date not ISO", at: [.key("metadata"), .key("issued")], value: .string("26/12/2023"),
              path: "$.metadata.issued", mentions: "pattern"),
        .init(name: "month 13 in a deadline part",
              at: [.key("tasks"), .index(0), .key("deadline"), .key("parts"), .index(0), .key("end")],
              value: .string("2024-13-01"), path: "$.tasks[0].deadline.parts[0].end", mentions: "'2024-13-01'"),
        .init(name: "upper-case sha256", at: [.key("source"), .key("sha256")],
              value: .string(SchemaFixtures.sha.uppercased()), path: "$.source.sha256", mentions: "pattern"),
        .init(name: "line 0", at: [.key("diagnostics"), .index(0), .key("line")], value: .int(0),
              path: "$.diagnostics[0].line", mentions: "minimum 1"),
        .init(name: "null agency name", at: [.key("tasks"), .index(0), .key("lead"), .index(0), .key("name")],
              value: .null, path: "$.tasks[0].lead[0].name", mentions: "got null"),
        .init(name: "number in extra", at: [.key("tasks"), .index(0), .key("extra"), .key("Ghi chú khác")], value: .int(3),
              path: "$.tasks[0].extra['Ghi chú khác']", mentions: "expected string"),
        .init(name: "string score", at: [.key("tasks"), .index(0), .key("scores"), .key("max")], value: .string("2.5"),
              path: "$.tasks[0].scores.max", mentions: "number or null"),
        .init(name: "signer as a string", at: [.key("metadata"), .key("signer")], value: .string("Nguyễn Văn A"),
              path: "$.metadata.signer", mentions: "object or null"),
        .init(name: "agency kind outside its enum", at: [.key("tasks"), .index(0), .key("partners"), .index(4), .key("kind")],
              value: .string("ngo"), path: "$.tasks[0].partners[4].kind", mentions: "'ngo'"),
        .init(name: "null continues", at: [.key("tables"), .index(0), .key("rows"), .index(3), .key("continues")],
              value: .null, path: "$.tables[0].rows[3].continues", mentions: "got null"),
        .init(name: "block table index negative", at: [.key("outline"), .index(1), .key("blocks"), .index(0), .key("table")],
              value: .int(-1), path: "$.outline[1].blocks[0].table", mentions: "minimum 0"),
    ]
}
