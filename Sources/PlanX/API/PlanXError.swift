/// Conditions under which no document can be produced at all.
///
/// Everything short of these is a `Diagnostic` inside the document.
public enum PlanXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are a known binary format (PNG, ZIP, PDF, …) or contain NUL bytes.
    case binaryInput(name: String, kind: String)
    /// The input exceeds `ExtractOptions.maxBytes`.
    case tooLarge(name: String, bytes: Int, limit: Int)
    /// The input holds no text at all (zero bytes, or only white space).
    case emptyInput(name: String)
    /// `--format` named a format no reader handles.
    case unknownFormat(String)

    public var description: String {
        switch self {
        case let .binaryInput(name, kind):
            return "\(name): looks like \(kind), not a text or HTML document"
        case let .tooLarge(name, bytes, limit):
            return "\(name): \(bytes) bytes is over the limit of \(limit) bytes"
        case let .emptyInput(name):
            return "\(name): is empty (no text to read)"
        case let .unknownFormat(format):
            return "unknown input format '\(format)' (known: \(ReaderRegistry.formats.joined(separator: ", ")))"
        }
    }
}
