/// Diagnostics of the Tasks stage (codes `tasks.*`), alphabetised.
extension Diagnostic {
    /// A row has more cells than the table has columns; the extra cells go to `extra` as `column_<n>`.
    static func cellsBeyondColumns(cells: Int, columns: Int, line: Int) -> Diagnostic {
        Diagnostic(.warning, "tasks.cells-beyond-columns", "row has \(cells) cells for \(columns) columns", line: line)
    }

    /// A deadline cell the deadline grammar could not read; its kind is `unknown`.
    static func deadlineUnknown(_ text: String, line: Int) -> Diagnostic {
        Diagnostic(.info, "tasks.deadline-unknown", "deadline not understood: '\(quoted(text))'", line: line)
    }

    /// A score column holds something that is not a number.
    static func scoreNotNumeric(_ text: String, line: Int) -> Diagnostic {
        Diagnostic(.info, "tasks.score-not-numeric", "score is not a number: '\(quoted(text))'", line: line)
    }

    /// A data row with no task, objective, activity or output text.
    static func taskWithoutText(line: Int) -> Diagnostic {
        Diagnostic(.warning, "tasks.no-task-text", "task row has no task, objective, activity or output", line: line)
    }

    /// Source text shortened for a message, on one line.
    private static func quoted(_ text: String) -> String {
        let one = text.split(whereSeparator: \.isNewline).joined(separator: " / ")
        return one.count > 80 ? String(one.prefix(77)) + "…" : one
    }
}
