import Foundation

/// One subschema of a JSON Schema, compiled once: keywords read into typed fields,
/// patterns compiled to regular expressions, `$ref` kept as a key into the
/// validator's table of definitions.
///
/// `@unchecked Sendable`: every field is a `let` set by `SchemaCompiler`; the `Any`
/// values are immutable JSON values and `NSRegularExpression` is safe to share.
final class SchemaNode: @unchecked Sendable {
    /// `true` / `false` for a boolean schema (accept anything / nothing); nil otherwise.
    let constant: Bool?
    /// `type`: the kinds allowed, nil when any kind is.
    let types: [JSONKind]?
    /// `$ref`, normalised to `#` or `#/$defs/Name`.
    let ref: String?
    /// `properties`, checked in `propertyOrder` (required keys first, in their order).
    let properties: [String: SchemaNode]
    let propertyOrder: [String]
    let required: [String]
    /// `additionalProperties`: nil allows any other key.
    let additionalProperties: SchemaNode?
    let items: SchemaNode?
    /// `enum`: the allowed values.
    let enumValues: [Any]?
    /// `const`: the one allowed value, wrapped so that `null` can be told from "no const".
    let constValue: [Any]?
    let anyOf: [SchemaNode]
    let oneOf: [SchemaNode]
    let allOf: [SchemaNode]
    let minimum: Double?
    let maximum: Double?
    let minLength: Int?
    let pattern: (source: String, regex: NSRegularExpression)?

    init(
        constant: Bool? = nil, types: [JSONKind]? = nil, ref: String? = nil,
        properties: [String: SchemaNode] = [:], propertyOrder: [String] = [], required: [String] = [],
        additionalProperties: SchemaNode? = nil, items: SchemaNode? = nil, enumValues: [Any]? = nil,
        constValue: [Any]? = nil, anyOf: [SchemaNode] = [], oneOf: [SchemaNode] = [], allOf: [SchemaNode] = [],
        minimum: Double? = nil, maximum: Double? = nil, minLength: Int? = nil,
        pattern: (source: String, regex: NSRegularExpression)? = nil
    ) {
        self.constant = constant
        self.types = types
        self.ref = ref
        self.properties = properties
        self.propertyOrder = propertyOrder
        self.required = required
        self.additionalProperties = additionalProperties
        self.items = items
        self.enumValues = enumValues
        self.constValue = constValue
        self.anyOf = anyOf
        self.oneOf = oneOf
        self.allOf = allOf
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.pattern = pattern
    }
}
