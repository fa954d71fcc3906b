/// Output formats of the writers.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// The whole document as the JSON contract.
    case json
    /// One task per line (JSON Lines).
    case jsonl
    /// Tasks as CSV (UTF-8 with BOM so spreadsheet programs show Vietnamese).
    case csv
}

extension PlanX {
    /// Serialises a document; the only way the library produces bytes.
    ///
    /// - Parameters:
    ///   - document: the result of `extract`.
    ///   - format: `json` (the contract), `jsonl` or `csv` (tasks only).
    ///   - pretty: indent JSON (ignored for the other formats).
    public static func render(_ document: PlanDocument, as format: OutputFormat = .json, pretty: Bool = true) -> [UInt8] {
        switch format {
        case .json: return JSONWriter.write(document, pretty: pretty)
        case .jsonl: return JSONLinesWriter.write(document)
        case .csv: return CSVWriter.write(document)
        }
    }
}
