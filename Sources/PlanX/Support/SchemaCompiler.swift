import Foundation

/// Turns a parsed JSON Schema (2020-12) into `SchemaNode`s, once.
///
/// Supports the subset planx's own schema uses: `type` (one or a list), `properties`,
/// `required`, `additionalProperties`, `items`, `enum`, `const`, `$ref` to `#` or
/// `#/$defs/…`, `anyOf`, `oneOf`, `allOf`, `minimum`, `maximum`, `minLength`, `pattern`;
/// annotations (`title`, `description`, …) are ignored. Any other keyword is listed in
/// `unsupported` rather than silently skipped, so a test can keep the schema inside
/// the subset. Each distinct pattern is compiled once.
struct SchemaCompiler {
    /// Keywords that do not constrain values.
    static let annotations: Set<String> = [
        "$schema", "$id", "$comment", "title", "description", "examples", "default",
        "deprecated", "readOnly", "writeOnly", "format",
    ]

    private(set) var unsupported: [String] = []
    private(set) var regexes: [String: NSRegularExpression] = [:]
    /// Every `$ref` met, with where, to check that each names a definition.
    private var refs: [(pointer: String, ref: String)] = []

    /// Compiles the root schema and its `$defs`.
    ///
    /// - Returns: the root node and the definitions keyed as a `$ref` names them (`#/$defs/Task`, `#`).
    mutating func compileDocument(_ raw: Any) -> (root: SchemaNode, defs: [String: SchemaNode]) {
        var defs: [String: SchemaNode] = [:]
        if let object = raw as? [String: Any], let rawDefs = object["$defs"] {
            if let table = rawDefs as? [String: Any] {
                for (name, def) in table.sorted(by: { $0.key < $1.key }) {
                    defs["#/$defs/" + name] = compile(def, at: "#/$defs/" + name)
                }
            } else {
                unsupported.append("#/$defs: not an object")
            }
        }
        let root = compile(raw, at: "#", isRoot: true)
        defs["#"] = root
        for (pointer, ref) in refs where defs[ref] == nil {
            unsupported.append("\(pointer)/$ref: no definition '\(ref)'")
        }
        return (root, defs)
    }

    // MARK: - Private

    private mutating func compile(_ raw: Any, at pointer: String, isRoot: Bool = false) -> SchemaNode {
        if let flag = raw as? Bool, JSONKind.of(raw) == .boolean { return SchemaNode(constant: flag) }
        guard let s = raw as? [String: Any] else {
            unsupported.append("\(pointer): a schema must be an object or a boolean")
            return SchemaNode(constant: true)
        }
        for key in s.keys.sorted() where !Self.annotations.contains(key) && !Self.assertions.contains(key) {
            if key == "$defs" && isRoot { continue }
            unsupported.append("\(pointer)/\(key)")
        }
        var properties: [String: SchemaNode] = [:]
        if let p = s["properties"] as? [String: Any] {
            for (name, sub) in p { properties[name] = compile(sub, at: "\(pointer)/properties/\(name)") }
        }
        let required = s["required"] as? [String] ?? []
        let order = required.filter { properties[$0] != nil }
            + properties.keys.filter { !required.contains($0) }.sorted()
        return SchemaNode(
            types: types(s["type"], at: pointer),
            ref: ref(s["$ref"], at: pointer),
            properties: properties, propertyOrder: order, required: required,
            additionalProperties: s["additionalProperties"].map { compile($0, at: "\(pointer)/additionalProperties") },
            items: s["items"].map { compile($0, at: "\(pointer)/items") },
            enumValues: s["enum"] as? [Any],
            constValue: s.keys.contains("const") ? [s["const"] as Any] : nil,
            anyOf: list(s["anyOf"], at: "\(pointer)/anyOf"),
            oneOf: list(s["oneOf"], at: "\(pointer)/oneOf"),
            allOf: list(s["allOf"], at: "\(pointer)/allOf"),
            minimum: s["minimum"].flatMap(JSONKind.numericValue),
            maximum: s["maximum"].flatMap(JSONKind.numericValue),
            minLength: s["minLength"].flatMap(JSONKind.numericValue).map { Int($0) },
            pattern: pattern(s["pattern"], at: pointer))
    }

    private static let assertions: Set<String> = [
        "type", "$ref", "properties", "required", "additionalProperties", "items", "enum", "const",
        "anyOf", "oneOf", "allOf", "minimum", "maximum", "minLength", "pattern",
    ]

    private mutating func types(_ raw: Any?, at pointer: String) -> [JSONKind]? {
        guard let raw else { return nil }
        let names = (raw as? [String]) ?? (raw as? String).map { [$0] } ?? []
        let kinds = names.compactMap(JSONKind.init(rawValue:))
        if names.isEmpty || kinds.count != names.count { unsupported.append("\(pointer)/type: unknown type") }
        return kinds
    }

    private mutating func ref(_ raw: Any?, at pointer: String) -> String? {
        guard let raw else { return nil }
        guard let ref = raw as? String, ref == "#" || ref.hasPrefix("#/$defs/") else {
            unsupported.append("\(pointer)/$ref: only '#' and '#/$defs/…' are supported")
            return nil
        }
        refs.append((pointer, ref))
        return ref
    }

    private mutating func list(_ raw: Any?, at pointer: String) -> [SchemaNode] {
        guard let raw else { return [] }
        guard let items = raw as? [Any], !items.isEmpty else {
            unsupported.append("\(pointer): must be a non-empty array")
            return []
        }
        return items.enumerated().map { compile($1, at: "\(pointer)/\($0)") }
    }

    private mutating func pattern(_ raw: Any?, at pointer: String) -> (source: String, regex: NSRegularExpression)? {
        guard let raw else { return nil }
        guard let source = raw as? String else {
            unsupported.append("\(pointer)/pattern: not a string")
            return nil
        }
        if let cached = regexes[source] { return (source, cached) }
        guard let regex = try? NSRegularExpression(pattern: source) else {
            unsupported.append("\(pointer)/pattern: cannot compile '\(source)'")
            return nil
        }
        regexes[source] = regex
        return (source, regex)
    }
}
