/// Types rebuilt rows: `group` (`I` / `Cải cách thể chế`, or `1` whose children are `1.1`, …, with
/// only a title and numbers), `total` (`Tổng số`, `Tổng cộng`) or `data`; and the table's kind.
enum RowClassifier {
    static func classify(_ rows: inout [Table.Row], fields: [String]) {
        let sttCol = fields.firstIndex(of: "stt")
        let titleCol = sttCol.map { $0 + 1 < fields.count ? $0 + 1 : $0 } ?? 0
        let numericFields: Set<String> = ["max_score", "prior_result", "target", "stt"]
        // Per column, once: whether a group row must leave it empty.
        let mustBeEmpty = fields.indices.map { $0 != titleCol && $0 != sttCol && !numericFields.contains(fields[$0]) }
        for i in rows.indices {
            let cells = rows[i].cells
            if let s = sttCol, s < cells.count, SttToken.isToken(cells[s]), rows[i].continues == nil || !cellCopied(rows, i, s) {
                rows[i].stt = SttToken.trimmed(cells[s])
            }
        }
        for i in rows.indices {
            let cells = rows[i].cells
            if cells.prefix(titleCol + 1).contains(where: { RowSegmenter.isTotal($0) }) { rows[i].kind = "total"; continue }
            guard let stt = rows[i].stt, rows[i].continues == nil else { continue }
            let others = cells.indices.filter { mustBeEmpty[$0] }
            guard titleCol < cells.count, !cells[titleCol].isEmpty, others.allSatisfy({ cells[$0].isEmpty }) else { continue }
            let kind = SttToken.kind(stt)
            let nextStt = rows[(i + 1)...].first { $0.stt != nil }?.stt
            if kind == .roman || kind == .letter || (nextStt.map { $0.hasPrefix(stt + ".") } ?? false) {
                rows[i].kind = "group"
            }
        }
    }

    /// A continuation row repeats its parent's STT cell; that copy is not the row's own STT.
    private static func cellCopied(_ rows: [Table.Row], _ i: Int, _ c: Int) -> Bool {
        i > 0 && rows[i].continues == rows[i - 1].line && rows[i - 1].cells[c] == rows[i].cells[c]
    }

    /// `scores` (score columns), `tasks` (a lead column, or task and deadline), `list` otherwise;
    /// `layout` for narrow tables with no named column.
    static func kind(fields: [String]) -> String {
        let f = Set(fields)
        if f.contains("max_score") || f.contains("target") { return "scores" }
        if f.contains("lead") || (f.contains("task") && f.contains("deadline")) { return "tasks" }
        let canonical: Set = ["stt", "objective", "task", "activity", "output", "lead", "partners", "deadline", "budget", "notes"]
        if fields.count <= 2 && f.isDisjoint(with: canonical) { return "layout" }
        return "list"
    }
}
