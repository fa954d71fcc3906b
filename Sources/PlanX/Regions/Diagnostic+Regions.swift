/// The Regions stage's diagnostics, alphabetised by code.
extension Diagnostic {
    /// Footnote texts were found at the end but none of their markers appears in the body.
    static func footnotesUnreferenced(line: Int) -> Diagnostic {
        Diagnostic(.info, "regions.footnotes-unreferenced", "footnote-like lines at the end have no marker in the body; kept as body", line: line)
    }

    /// No issuer, motto, number or date lines before the document's text.
    static func headerNotFound(line: Int) -> Diagnostic {
        Diagnostic(.info, "regions.header-not-found", "no header block (issuer, number, date) found before the document's text", line: line)
    }

    /// Lines before the document's header that have no site shape and look like content; kept as body.
    static func leadingTextKept(line: Int) -> Diagnostic {
        Diagnostic(.info, "regions.leading-text-kept", "text before the header looks like content; kept as body", line: line)
    }

    /// A run of lines repeats an earlier run verbatim (a scraper copied it twice).
    static func repeatedBlock(line: Int, endLine: Int, firstLine: Int, firstEndLine: Int) -> Diagnostic {
        Diagnostic(.warning, "regions.repeated-block",
                   "lines \(line)–\(endLine) repeat lines \(firstLine)–\(firstEndLine) verbatim; the repeat is dropped", line: line)
    }

    /// A signature authority line (`KT. CHỦ TỊCH`) without a signer's name after it.
    static func signerNameMissing(line: Int) -> Diagnostic {
        Diagnostic(.info, "regions.signer-name-missing", "signature block has no signer's name", line: line)
    }
}
