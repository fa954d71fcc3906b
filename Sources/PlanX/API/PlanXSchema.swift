import Foundation

/// The JSON Schema of planx's output and a validator for it.
///
/// `text` is the same text as `schemas/planx-document.schema.json` (a test checks it).
public enum PlanXSchema {
    /// The schema, JSON Schema 2020-12.
    public static let text: String = schemaJSON

    /// Checks JSON bytes against the schema.
    ///
    /// - Returns: one message per violation, each starting with its JSON path; empty when valid.
    /// - Throws: when the bytes are not JSON at all.
    public static func validate(_ data: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        let validator = try compiled ?? SchemaValidator(root: JSONSerialization.jsonObject(with: Data(text.utf8)))
        return validator.validate(value)
    }

    /// The schema compiled once (patterns included) for every later call.
    static let compiled: SchemaValidator? =
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))).map(SchemaValidator.init(root:))
}
