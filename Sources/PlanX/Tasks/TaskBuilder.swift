/// The Tasks stage: typed `Task` records from the data rows of task and score tables.
///
/// Consumes the `Table`s the Tables stage rebuilt (columns already mapped to canonical fields, rows
/// typed `group`/`data`/`total`) and the document's `Metadata` (for the plan's own year).
/// Guarantees: one task per `data` row of every table of kind `tasks` or `scores`, in document
/// order, with id `t-<table number>-<row number>` (both 1-based, stable for the same input);
/// `groups` is the path of group rows above the row (`I` / `Cải cách thể chế` → `1` / `…`); every
/// non-empty cell lands somewhere — its canonical field, or `extra` under its header.
/// Never: reorders rows, drops a data row, or guesses a deadline (unread deadlines are `unknown`
/// and reported as `tasks.deadline-unknown`).
enum TaskBuilder {
    /// The tasks in document order and what the stage was unsure of.
    struct Result { var tasks: [Task]; var diagnostics: [Diagnostic] }

    static func build(_ tables: [Table], metadata: Metadata) -> Result {
        var result = Result(tasks: [], diagnostics: [])
        var memo = CellMemo()
        let planYear = PlanYear.of(metadata)
        for (index, table) in tables.enumerated() where table.kind == "tasks" || table.kind == "scores" {
            // A year in the table's own title (`… TRỌNG TÂM NĂM 2022`) is the most specific.
            let year = PlanYear.stated(in: table.title) ?? PlanYear.stated(in: table.caption) ?? planYear
            let hasScores = table.columns.contains { scoreFields.contains($0.field) }
            var path = TaskGroupPath()
            var number = 0
            for row in table.rows {
                switch row.kind {
                case "group":
                    if let group = group(of: row, in: table) { path.enter(group) }
                case "data":
                    number += 1
                    var task = Task(id: "t-\(index + 1)-\(number)", table: index, line: row.line,
                                    stt: clean(row.stt), groups: path.groups(forRow: clean(row.stt)))
                    if hasScores { task.scores = Task.Scores() }
                    fill(&task, from: row, of: table, year: year, memo: &memo, diagnostics: &result.diagnostics)
                    result.tasks.append(task)
                default:
                    continue
                }
            }
        }
        return result
    }

    // MARK: - Rows

    private static let scoreFields: Set<String> = ["max_score", "prior_result", "target"]

    /// Puts each cell of a data row into the field its column names.
    private static func fill(
        _ t: inout Task, from row: Table.Row, of table: Table, year: Int?, memo: inout CellMemo, diagnostics: inout [Diagnostic]
    ) {
        if row.cells.count > table.columns.count {
            diagnostics.append(.cellsBeyondColumns(cells: row.cells.count, columns: table.columns.count, line: row.line))
        }
        for (i, cell) in row.cells.enumerated() {
            guard let (value, isPlain) = cleaned(cell) else { continue }
            guard i < table.columns.count else {
                t.extra["column_\(i + 1)"] = value
                continue
            }
            let column = table.columns[i]
            switch column.field {
            case "stt": if t.stt == nil { t.stt = value }
            case "task": t.task = appended(t.task, value)
            case "objective": t.objective = appended(t.objective, value)
            case "activity": t.activity = appended(t.activity, value)
            case "output": t.outputs += OutputSplitter.split(value)
            case "lead": t.lead += memo.agencies(value, isPlain: isPlain)
            case "partners": t.partners += memo.agencies(value, isPlain: isPlain)
            case "notes": t.notes = appended(t.notes, value)
            case "deadline" where t.deadline == nil:
                let deadline = memo.deadline(value, isPlain: isPlain, year: year)
                if deadline.kind == .unknown { diagnostics.append(.deadlineUnknown(value, line: row.line)) }
                t.deadline = deadline
            case "budget":
                if let budget = t.budget {
                    t.budget = BudgetParser.parse(budget.text + "\n" + value)
                } else {
                    t.budget = BudgetParser.parse(value)
                }
            case "max_score", "prior_result", "target":
                let score = ScoreParser.parse(value)
                if score == nil { diagnostics.append(.scoreNotNumeric(value, line: row.line)) }
                if column.field == "max_score" { t.scores?.max = score }
                if column.field == "prior_result" { t.scores?.prior = score }
                if column.field == "target" { t.scores?.target = score }
            default:
                // output_authority/quality/completion, a second deadline column, and any other column.
                let key = column.header.isEmpty ? column.field : column.header
                // One hash of the (often non-ASCII) header for a new key; a second only to append.
                if let earlier = t.extra.updateValue(value, forKey: key) { t.extra[key] = earlier + "\n" + value }
            }
        }
        if t.task == nil, t.objective == nil, t.activity == nil, t.outputs.isEmpty {
            diagnostics.append(.taskWithoutText(line: row.line))
        }
    }

    /// A group row's STT and title: the first non-empty cell that is not its STT.
    private static func group(of row: Table.Row, in table: Table) -> Task.Group? {
        let sttColumn = table.columns.firstIndex { $0.field == "stt" }
        let stt = clean(row.stt) ?? sttColumn.flatMap { $0 < row.cells.count ? clean(row.cells[$0]) : nil }
        for (i, cell) in row.cells.enumerated() {
            if i == sttColumn { continue }
            guard let value = clean(cell), value != stt else { continue }
            return Task.Group(stt: stt, title: value)
        }
        return stt.map { Task.Group(stt: $0, title: "") }
    }

    /// Parsed cells by text: task tables repeat the same agencies and deadlines row after row
    /// (`Sở Nội vụ`, `Năm 2024 và các năm tiếp theo`), and the parsers are pure.
    private struct CellMemo {
        private var agencyCells = TextMemo<[Agency]>()
        private var deadlineCells = TextMemo<Deadline>()
        private var deadlineYear: Int?? = nil

        mutating func agencies(_ text: String, isPlain: Bool) -> [Agency] {
            agencyCells.value(text, isPlain: isPlain) { AgencyParser.parse($0) }
        }

        mutating func deadline(_ text: String, isPlain: Bool, year: Int?) -> Deadline {
            if deadlineYear != .some(year) {
                deadlineCells.removeAll()
                deadlineYear = .some(year)
            }
            return deadlineCells.value(text, isPlain: isPlain) { DeadlineParser.parse($0, defaultYear: year) }
        }
    }

    // MARK: - Text

    /// The cell trimmed (NBSP included); nil when no letter or digit is left (`-`, `x`-less blanks).
    private static func clean(_ cell: String?) -> String? { cleaned(cell)?.text }

    /// `clean`, and whether the cell was plain text (`PlainText`; so is then the cleaned text).
    private static func cleaned(_ cell: String?) -> (text: String, isPlain: Bool)? {
        guard let cell else { return nil }
        let plain = PlainText.withPlainBytes(cell) { p -> String? in
            let r = PlainCell.trimmed(p, 0..<p.count)
            guard PlainCell.contains(p, r, PlainText.letter | PlainText.number) else { return nil }
            return r.count == p.count ? cell : PlainCell.string(p, r)
        }
        if let plain { return plain.map { ($0, true) } }  // nil: plain without a letter or digit (nil below too)
        let t = CellSplitter.trimmed(cell)
        return t.contains(where: { $0.isLetter || $0.isNumber }) ? (t, false) : nil
    }

    /// Two cells of the same field are kept as paragraphs of one value.
    private static func appended(_ a: String?, _ b: String) -> String {
        guard let a else { return b }
        return a + "\n" + b
    }
}
