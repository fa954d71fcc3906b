/// Diagnostics of the plain-text reader (codes `text.*`).
extension Diagnostic {
    /// A paragraph-cell table whose end could only be guessed from where its cells stopped looking like cells.
    static func tableEndUncertain(line: Int) -> Diagnostic {
        Diagnostic(.info, "text.table-end-uncertain", "table end guessed after the last cell-like paragraph", line: line)
    }

    /// A region read as a table although no header row (`STT`, `TT`, `Nội dung`) opens it.
    static func tableWithoutHeader(dialect: String, line: Int) -> Diagnostic {
        Diagnostic(.info, "text.table-without-header", "'\(dialect)' table has no header row", line: line)
    }
}
