@testable import PlanX

/// Runs the text reader on inline fixtures.
enum TextReaderFixture {
    static func read(_ text: String) -> ReaderResult {
        read(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    static func read(lines: [String]) -> ReaderResult {
        TextReader().read(DecodedSource(lines: lines, encoding: "utf-8", sha256: "", byteCount: 0, diagnostics: []))
    }

    /// `"4-8 pipe_rows"` for each table block.
    static func regions(_ text: String) -> [String] {
        read(text).blocks.compactMap { b in b.table.map { "\(b.line)-\(b.endLine) \($0.dialect)" } }
    }

    /// Text blocks as `"line: text"`.
    static func texts(_ text: String) -> [String] {
        read(text).blocks.filter { $0.kind == .text }.map { "\($0.line): \($0.text)" }
    }
}
