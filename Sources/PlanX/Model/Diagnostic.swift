/// Something planx was unsure of or could not use, with the source line.
///
/// Codes are stable strings (`outline.numbering-jump`) because users and goldens depend on them;
/// each stage declares its messages as static members (see `Diagnostic+<Stage>.swift`).
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable, Equatable { case error, warning, info }
    public var severity: Severity
    public var code: String
    public var message: String
    public var line: Int?

    public init(_ severity: Severity, _ code: String, _ message: String, line: Int?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.line = line
    }
}
