import Foundation

/// Writes tasks as CSV: one row per task, UTF-8 with BOM, RFC 4180 quoting.
enum CSVWriter {
    static let header = ["id", "table", "line", "stt", "groups", "objective", "task", "activity", "outputs",
                         "lead", "partners", "deadline", "deadline_kind", "deadline_start", "deadline_end",
                         "budget", "notes", "max_score", "prior_result", "target"]

    static func write(_ doc: PlanDocument) -> [UInt8] {
        var text = "\u{FEFF}" + header.joined(separator: ",") + "\r\n"
        for t in doc.tasks {
            let fields: [String] = [
                t.id, String(t.table), String(t.line), t.stt ?? "",
                t.groups.map { [$0.stt, $0.title].compactMap { $0 }.joined(separator: " ") }.joined(separator: " / "),
                t.objective ?? "", t.task ?? "", t.activity ?? "", t.outputs.joined(separator: "; "),
                t.lead.map(\.name).joined(separator: "; "), t.partners.map(\.name).joined(separator: "; "),
                t.deadline?.text ?? "", t.deadline?.kind.rawValue ?? "", t.deadline?.start ?? "", t.deadline?.end ?? "",
                t.budget?.text ?? "", t.notes ?? "",
                number(t.scores?.max), number(t.scores?.prior), number(t.scores?.target),
            ]
            text += fields.map(quote).joined(separator: ",") + "\r\n"
        }
        return Array(text.utf8)
    }

    private static func number(_ v: Double?) -> String {
        guard let v else { return "" }
        return v == v.rounded() ? String(Int(v)) : String(v)
    }

    private static func quote(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
