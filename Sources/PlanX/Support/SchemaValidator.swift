/// STUB (schema helper replaces): a JSON Schema 2020-12 subset validator.
struct SchemaValidator {
    let root: Any
    func validate(_ value: Any) -> [String] { [] }
}
