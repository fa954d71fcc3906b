/// The Metadata stage's diagnostics (identity part), alphabetised by code.
extension Diagnostic {
    /// The date line was found but holds no valid date (`ngày 31 tháng 2 năm 2023`).
    static func dateInvalid(_ text: String, line: Int) -> Diagnostic {
        Diagnostic(.warning, "metadata.date-invalid", "no valid date in '\(text)'", line: line)
    }

    /// Neither the document nor a site box gives the issue date.
    static func dateMissing(line: Int?) -> Diagnostic {
        Diagnostic(.info, "metadata.date-missing", "the document's issue date was not found", line: line)
    }

    /// A field was filled from the website's metadata box because the document lacks it.
    static func fieldFromSite(_ field: String, line: Int) -> Diagnostic {
        Diagnostic(.info, "metadata.from-site", "'\(field)' taken from the site's metadata box", line: line)
    }

    /// The number's code, a site box or a caption disagree with the document's own number.
    static func numberMismatch(document: String, other: String, line: Int) -> Diagnostic {
        Diagnostic(.warning, "metadata.number-mismatch", "number '\(other)' differs from the document's '\(document)'", line: line)
    }

    /// No number anywhere.
    static func numberMissing(line: Int?) -> Diagnostic {
        Diagnostic(.info, "metadata.number-missing", "the document's number was not found", line: line)
    }

    /// The title was taken from a preamble (`… ban hành Kế hoạch … như sau:`) because no title lines exist.
    static func titleFromPreamble(line: Int) -> Diagnostic {
        Diagnostic(.info, "metadata.title-from-preamble", "no title lines; title taken from the preamble", line: line)
    }

    /// No title lines, preamble or site title.
    static func titleMissing(line: Int?) -> Diagnostic {
        Diagnostic(.info, "metadata.title-missing", "the document's title was not found", line: line)
    }
}
