/// Diagnostics of the references scan (citations, abbreviations, footnotes).
extension Diagnostic {
    /// A body marker such as `[3]` whose footnote text the document does not carry.
    static func footnoteMissing(marker: String, line: Int) -> Diagnostic {
        Diagnostic(.info, "references.footnote-missing", "footnote marker '\(marker)' has no footnote text", line: line)
    }
}
