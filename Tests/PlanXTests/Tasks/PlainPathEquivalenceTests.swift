import Testing
@testable import PlanX

/// Every task parser gives the same answer on the bytes of a plain cell (`PlainText`) as its
/// `String` code gives for the same text, for every table cell of the corpus and its variations
/// (`PlainCorpusCells.inputs`). The `String` code is reached through a forcing spelling: the cell
/// plus a non-plain character the parser provably ignores (see `PlainCorpusCells`); results are
/// compared byte for byte (`identical`), not by `String` equality (canonical equivalence).
@Suite("Plain byte path equals the String path")
struct PlainPathEquivalenceTests {
    typealias C = PlainCorpusCells

    /// Byte-exact equality of two values through their reflected text.
    static func identical<T>(_ a: T, _ b: T) -> Bool {
        Array(String(reflecting: a).utf8) == Array(String(reflecting: b).utf8)
    }

    /// A task with its `extra` columns as sorted pairs (a dictionary's order is not its content).
    static func ordered(_ t: Task) -> (Task, [(String, String)]) {
        var t = t
        let extra = t.extra.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
        t.extra = [:]
        return (t, extra)
    }

    /// Records one difference (the first few are enough to read).
    static func note(_ failures: inout [String], _ what: String, _ input: String, _ forced: String, _ a: Any, _ b: Any) {
        guard failures.count < 5 else { return }
        failures.append("\(what) \"\(C.shown(input))\" (forced \"\(C.shown(forced))\"): bytes \(a) ≠ strings \(b)")
    }

    @Test func theCorpusGivesEnoughPlainInputs() {
        #expect(C.documents.count >= 6)
        #expect(C.cells.count > 500)
        #expect(C.inputs.count > 2 * C.cells.count)
        #expect(C.inputs.allSatisfy(C.isPlain))
        for k in 0..<3 { #expect(!C.isPlain(C.trailingForced("Sở Nội vụ", k))) }
        #expect(C.insideForced("Sở Nội vụ", 0).map(C.isPlain) == false)
        #expect(C.insideForced("Sở Nội vụ", 1).map(C.isPlain) == false)
    }

    /// Lead and partner cells. Both forcings keep the meaning: a trailing white-space character is
    /// cleaned off the last item (`CellSplitter.clean`) before any word is read, and one inside is
    /// a word break to `AgencyWords` (`TextFold.isSpace`) exactly as the space was.
    @Test func agencyCellsReadTheSame() {
        var failures: [String] = []
        var named = 0
        for (i, x) in C.inputs.enumerated() {
            // Inputs take turns: inside (where there is a space between two words), else at the end.
            let f = (i % 2 == 0 ? C.insideForced(x, i / 2) : nil) ?? C.trailingForced(x, i / 2)
            let bytes = AgencyParser.parse(x)
            let strings = AgencyParser.parse(f).map(C.unforced)
            if bytes.contains(where: { $0.kind != "other" }) { named += 1 }
            if !Self.identical(bytes, strings) { Self.note(&failures, "agencies", x, f, bytes, strings) }
        }
        #expect(named > 300)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Output cells: only a trailing forcing character, which every item and line loses to
    /// `CellSplitter.clean`; one inside would change the word count that decides whether `;` splits.
    @Test func outputCellsSplitTheSame() {
        var failures: [String] = []
        for (i, x) in C.inputs.enumerated() {
            let f = C.trailingForced(x, i)
            let bytes = OutputSplitter.split(x), strings = OutputSplitter.split(f)
            if !Self.identical(bytes, strings) { Self.note(&failures, "outputs", x, f, bytes, strings) }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Deadline cells: the parser trims the cell first, so the forcing character sits inside,
    /// between two words (see `PlainCorpusCells.insideForced`). With and without a plan year.
    @Test func deadlineCellsReadTheSame() {
        var failures: [String] = []
        var compared = 0
        for (i, x) in C.inputs.enumerated() {
            guard let f = C.insideForced(x, i) else { continue }
            let year: Int? = i % 2 == 0 ? 2024 : nil
            let bytes = DeadlineParser.parse(x, defaultYear: year)
            let strings = C.unforced(DeadlineParser.parse(f, defaultYear: year))
            compared += 1
            if !Self.identical(bytes, strings) { Self.note(&failures, "deadline", x, f, bytes, strings) }
        }
        #expect(compared > C.inputs.count / 2)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The tokens under the deadline grammar: kind, folded text, value and the text each quotes.
    @Test func deadlineTokensAreTheSame() {
        var failures: [String] = []
        // The cells as written, short ones also upper-cased (the other variations change only spaces and the end).
        for (i, x) in C.cells.flatMap({ $0.utf8.count <= C.shortCell ? [$0, $0.uppercased()] : [$0] }).enumerated()
        where C.isPlain(x) {
            guard let f = C.insideForced(x, i) else { continue }
            func view(_ text: String) -> [String] {
                DeadlineTokenizer.tokenize(text).map { "\($0.kind) \($0.text) \($0.value) \(C.unforced(String(text[$0.range])))" }
            }
            let bytes = view(x), strings = view(f)
            if !Self.identical(bytes, strings) { Self.note(&failures, "tokens", x, f, bytes, strings) }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Score cells: trimmed first, so a trailing forcing character is harmless (one inside would split
    /// `1.5 điểm` where the parser splits only at ASCII space, tab, line feed and NBSP).
    @Test func scoreCellsReadTheSame() {
        let written = ["9.5", "7,83", "87,73%", "1.5 điểm", "1,5 Điểm", "2 ĐIỂM", "1.5\u{A0}điểm", "điểm", "1 điểm.",
                       "1,37/2,5", "10", ".5", "5.", "1.2.3", "1,5 điểm %", "  3,25  ", "4\nđiểm"]
        var inputs = written
        for x in C.inputs where x.contains(where: \.isNumber) { inputs += [x, x + "%", x + " điểm", x + " ĐIỂM"] }
        var failures: [String] = []
        var numbers = 0
        for (i, x) in inputs.enumerated() where C.isPlain(x) {
            let f = C.trailingForced(x, i)
            let bytes = ScoreParser.parse(x), strings = ScoreParser.parse(f)
            if bytes != nil { numbers += 1 }
            if bytes != strings { Self.note(&failures, "score", x, f, bytes as Any, strings as Any) }
        }
        #expect(numbers > 10)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Budget cells: trimmed first, so the forcing character sits inside; punctuation and space both
    /// become the space between folded words, so the sources found are the same.
    @Test func budgetCellsReadTheSame() {
        var failures: [String] = []
        var withSources = 0
        for (i, x) in C.inputs.enumerated() {
            guard let f = C.insideForced(x, i) else { continue }
            let bytes = BudgetParser.parse(x)
            let strings = BudgetParser.parse(f).map { Task.Budget(text: C.unforced($0.text), sources: $0.sources) }
            if bytes?.sources.isEmpty == false { withSources += 1 }
            if !Self.identical(bytes, strings) { Self.note(&failures, "budget", x, f, bytes as Any, strings as Any) }
        }
        #expect(withSources > 5)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Cell cleaning: `CellSplitter.trimmed` with a forcing character at both ends (both trimmed),
    /// `CellSplitter.split` and `items` with one at the end (cleaned off the last item).
    @Test func cellsTrimAndSplitTheSame() {
        var failures: [String] = []
        for (i, x) in C.inputs.enumerated() {
            let both = C.trailingForcers[(i + 1) % 3] + x + C.trailingForcers[i % 3]
            let t1 = CellSplitter.trimmed(x), t2 = CellSplitter.trimmed(both)
            if !Self.identical(t1, t2) { Self.note(&failures, "trimmed", x, both, t1, t2) }

            let f = C.trailingForced(x, i)
            let s1 = CellSplitter.split(x), s2 = CellSplitter.split(f)
            let view1 = (s1.pieces.map(CellSplitter.clean), s1.isList), view2 = (s2.pieces.map(CellSplitter.clean), s2.isList)
            if !Self.identical(view1, view2) { Self.note(&failures, "split", x, f, view1, view2) }
            let i1 = CellSplitter.items(of: x), i2 = CellSplitter.items(of: f)
            if !Self.identical(i1, i2) { Self.note(&failures, "items", x, f, i1, i2) }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// `AgencyScanner.tidy` (agency names and notes), capitalising or not, with forcing characters at both ends.
    @Test func namesTidyTheSame() {
        var failures: [String] = []
        for (i, x) in C.inputs.enumerated() {
            let f = C.trailingForcers[(i + 2) % 3] + x + C.trailingForcers[i % 3]
            for capitalise in [true, false] {
                let bytes = AgencyScanner<AgencyWords>.tidy(x, capitalise: capitalise)
                let strings = AgencyScanner<AgencyWords>.tidy(f, capitalise: capitalise)
                if !Self.identical(bytes, strings) { Self.note(&failures, "tidy(\(capitalise))", x, f, bytes, strings) }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The whole stage on the corpus tables, with every lead, partner, deadline and budget cell forced
    /// (inside, where the cell has a space between two words): the same tasks and diagnostics. This
    /// also runs the memos (`TextMemo`) in their `String` mode from the first forced cell on.
    @Test func taskBuilderGivesTheSameTasksWhenCellsAreNotPlain() {
        let forcedFields: Set<String> = ["lead", "partners", "deadline", "budget"]
        var forcedCells = 0
        var taskCount = 0
        for doc in C.documents {
            var tables = doc.tables
            for t in tables.indices {
                let forcedColumns = Set(tables[t].columns.indices.filter { forcedFields.contains(tables[t].columns[$0].field) })
                for r in tables[t].rows.indices {
                    for c in tables[t].rows[r].cells.indices where forcedColumns.contains(c) {
                        if let f = C.insideForced(tables[t].rows[r].cells[c], r + c) {
                            tables[t].rows[r].cells[c] = f
                            forcedCells += 1
                        }
                    }
                }
            }
            let bytes = TaskBuilder.build(doc.tables, metadata: doc.metadata)
            let strings = TaskBuilder.build(tables, metadata: doc.metadata)
            taskCount += bytes.tasks.count
            #expect(bytes.tasks.count == strings.tasks.count)
            for (a, b) in zip(bytes.tasks, strings.tasks.map(C.unforced)) {
                #expect(Self.identical(Self.ordered(a), Self.ordered(b)), "task \(a.id) line \(a.line)")
            }
            // Codes and lines only: a message quotes the cell with line breaks shown as ` / `, and CR is one.
            let d1 = bytes.diagnostics.map { "\($0.code) \($0.line ?? 0)" }
            let d2 = strings.diagnostics.map { "\($0.code) \($0.line ?? 0)" }
            #expect(d1 == d2)
        }
        #expect(taskCount > 100)
        #expect(forcedCells > 100)
    }
}
