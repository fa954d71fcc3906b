/// Diagnostics of the Outline stage.
extension Diagnostic {
    /// A marker skipped values (`3.` → `5.`): the heading in between was probably lost in the copy.
    static func numberingJump(expected: String, found: String, line: Int) -> Diagnostic {
        Diagnostic(.warning, "outline.numbering-jump",
                   "numbering jumps to '\(found)' where '\(expected)' was expected; a heading may be lost", line: line)
    }

    /// A sequence starts again (`3.` → `1.`) under the same parent: its parent heading was probably lost.
    static func numberingRestart(previous: String, found: String, line: Int) -> Diagnostic {
        Diagnostic(.warning, "outline.numbering-restart",
                   "numbering restarts at '\(found)' after '\(previous)' without a new parent heading; a heading may be lost",
                   line: line)
    }
}
