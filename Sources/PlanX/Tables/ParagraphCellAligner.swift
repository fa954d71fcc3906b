import Foundation

/// Splits a run of units (paragraphs, or cells whose columns are unknown) into rows of columns by
/// dynamic programming, maximising the fit of each cell to its column's profile.
///
/// Moves, column by column: a column takes one or more consecutive units (several only when the
/// dialect is `joinable`); in a row after the first, a column may "continue from above" (its cell
/// was written once for several rows, 004-style hierarchical rows) or, after the row's last new
/// cell, stay empty. Boundaries between units are scored too: a paragraph ending in `;` or `:`, or
/// one followed by a lower-case start, usually continues the same cell.
struct ParagraphCellAligner {
    enum Slot: Equatable { case new(GridCell), copied, empty }
    struct Row: Equatable {
        var slots: [Slot]
        /// For each new cell, in slot order, the index of its first unit in the aligned run.
        var firstUnits: [Int] = []
    }

    let columns: Int
    let profile: ColumnProfile
    let joinable: Bool
    let sttColumn: Int?
    /// Score of copying a leading cell from the row above. Positive for hierarchical paragraph
    /// tables (a continuation row writes its deepest cells only), negative for row dialects.
    var leadCost = -0.3
    /// Score per column left empty after a continuation row's last cell. Row dialects write only
    /// the cells a row has, so trailing gaps are normal there.
    var trailingCost = -0.8

    static let innerCost = -1.2, firstTrailingCost = -2.5
    static let maxCellUnits = 40
    /// A continuation row is a claim that cells were merged in the source; it needs evidence.
    static let newRowCost = 3.5
    /// Profiles come from few rows; their word counts less than punctuation and structure.
    static let fitWeight = 0.7

    /// - Parameters:
    ///   - units: the units in source order.
    ///   - startsRow: the first unit opens a fresh row (an STT): every column of that row is written.
    ///   - multiRow: more rows may follow the first (paragraph streams); otherwise exactly one row.
    ///   - above: item numbers and bullets last seen in each column above (`1.` → 1), for a single
    ///     continuation row: `2. …` then prefers the deepest column whose item above was `1.`.
    func align(_ units: [GridCell], startsRow: Bool, multiRow: Bool, above: NumberingHint.Above? = nil) -> [Row] {
        // Fits and boundary scores are the same for every round: computed once.
        let n = columns
        // Every unit's fit counts once, whichever cell it joins, so more cells earn nothing by themselves.
        var fits = [Double](repeating: 0, count: units.count * n)
        for (i, u) in units.enumerated() { for c in 0..<n { fits[i * n + c] = Self.fitWeight * profile.fit(c, u.features) } }
        let run = AlignerRun(self, units, fits: fits)
        var rows = solve(units, run, startsRow: startsRow, multiRow: multiRow, bonus: nil)
        guard let above, multiRow || !startsRow else { return rows }
        // Hints depend on where earlier items went; a few rounds let them settle.
        for _ in 0..<3 {
            guard let bonus = NumberingHint.bonus(units, rows: rows, above: above, startsRow: startsRow) else { break }
            let next = solve(units, run, startsRow: startsRow, multiRow: multiRow, bonus: bonus)
            if next == rows { break }
            rows = next
        }
        return rows
    }

    private func solve(_ units: [GridCell], _ run: AlignerRun, startsRow: Bool, multiRow: Bool, bonus: [[Double]]?) -> [Row] {
        let m = units.count, n = columns
        guard m > 0, n > 0 else { return [] }
        var bonuses: [Double] = []
        if let bonus {
            bonuses = [Double](repeating: 0, count: m * n)
            for i in 0..<m { for c in 0..<n { bonuses[i * n + c] = bonus[i][c] } }
        }
        // State: (i, c, first, phase) → index.
        let size = (m + 1) * (n + 1) * 4
        var best = [Double](repeating: -Double.infinity, count: size)
        // Previous state and action: -1 skip, -2 end, -3 restart, j place.
        let backFrom = UnsafeMutablePointer<Int>.allocate(capacity: size), backAction = UnsafeMutablePointer<Int>.allocate(capacity: size)
        defer { backFrom.deallocate(); backAction.deallocate() }
        let start = (startsRow ? 1 : 0) * 2
        best[start] = 0
        run.relax(multiRow: multiRow, bonuses: bonuses, best: &best, backFrom: backFrom, backAction: backAction)
        func id(_ i: Int, _ c: Int, _ first: Int, _ phase: Int) -> Int { ((i * (n + 1) + c) * 2 + first) * 2 + phase }
        var end = -1
        for f in 0...1 where best[id(m, n, f, 1)] > (end < 0 ? -.infinity : best[end]) { end = id(m, n, f, 1) }
        guard end >= 0 else { return [Row(slots: units.prefix(n).map { .new($0) })] }
        // Walk back.
        var actions: [(state: Int, action: Int)] = []
        actions.reserveCapacity(2 * (m + n))
        var s = end
        // Every state with a score but the start has its move written.
        while s != start { actions.append((s, backAction[s])); s = backFrom[s] }
        actions.reverse()
        var rows: [Row] = []
        var slots: [Slot] = []
        var firsts: [Int] = []
        slots.reserveCapacity(n)
        firsts.reserveCapacity(n)
        var prev = s
        func decode(_ x: Int) -> (i: Int, c: Int) { let q = x / 4; return (q / (n + 1), q % (n + 1)) }
        for (state, action) in actions {
            let (pi, pc) = decode(prev)
            switch action {
            case -3:
                rows.append(Row(slots: slots, firstUnits: firsts))
                slots = []; firsts = []
                slots.reserveCapacity(n); firsts.reserveCapacity(n)
            case -1: slots.append(.copied)
            case -2: slots += Array(repeating: .empty, count: n - pc)
            default:
                firsts.append(pi)
                var cell = units[pi]
                cell.resolveFeatures()
                for k in (pi + 1)..<action { cell.parts += units[k].parts }
                slots.append(.new(cell))
            }
            prev = state
        }
        if !slots.isEmpty { rows.append(Row(slots: slots, firstUnits: firsts)) }
        return rows
    }

    /// How likely unit `b` continues the cell that `a` is in.
    static func joinProbability(_ a: GridCell, _ b: GridCell, _ fa: CellFeatures, _ fb: CellFeatures) -> Double {
        if a.isEmpty || b.isEmpty { return 0.001 }
        if fb.has(.stt) { return 0.02 }
        let at = a.parts.last ?? "", bt = b.parts.first ?? ""
        let end = at.utf8.last
        if end == 59 || end == 58 { return 0.85 }  // `;` `:`
        if end == 44 { return 0.75 }  // `,`
        // ASCII first: only `a`…`z` are lower-case there (Unicode properties are slow to read).
        if let f = bt.unicodeScalars.first, f.isASCII ? (f.value >= 97 && f.value <= 122) || f == "(" : f.properties.isLowercase {
            return 0.85
        }
        if fa.has(.bullet) && fb.has(.bullet) { return 0.6 }
        // A list opens after a colon (handled above); a bullet after a plain sentence starts a new cell.
        if fb.has(.bullet) { return 0.1 }
        if fb.has(.numbered) && fa.has(.numbered) { return 0.35 }
        return end == 46 ? 0.08 : 0.12
    }
}
