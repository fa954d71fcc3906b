extension Diagnostic {
    static func htmlContentRoot(rule: String, line: Int?) -> Diagnostic {
        Diagnostic(.info, "html.content-root", "document content found by rule '\(rule)'", line: line)
    }

    static func htmlEmpty() -> Diagnostic {
        Diagnostic(.warning, "html.empty", "the HTML input holds no document", line: nil)
    }

    static func htmlSpanClamped(line: Int) -> Diagnostic {
        Diagnostic(.warning, "html.span-clamped", "a rowspan or colspan was not a number from 1 to \(HTMLTableReader.maxSpan) and was clamped", line: line)
    }
}
