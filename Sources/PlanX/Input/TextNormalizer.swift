/// STUB (Input helper replaces): cleans one text value for output.
enum TextNormalizer {
    static func normalize<S: StringProtocol>(_ s: S) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }
}
