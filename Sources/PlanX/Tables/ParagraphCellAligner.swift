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
        /// For each new cell, the index of its first unit in the aligned run.
        var firstUnit: [Int: Int] = [:]
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
        let feats = units.map(\.features)
        var rows = solve(units, feats, startsRow: startsRow, multiRow: multiRow, bonus: nil)
        guard let above, multiRow || !startsRow else { return rows }
        // Hints depend on where earlier items went; a few rounds let them settle.
        for _ in 0..<3 {
            guard let bonus = NumberingHint.bonus(units, rows: rows, above: above, startsRow: startsRow) else { break }
            let next = solve(units, feats, startsRow: startsRow, multiRow: multiRow, bonus: bonus)
            if next == rows { break }
            rows = next
        }
        return rows
    }

    private func solve(_ units: [GridCell], _ feats: [CellFeatures], startsRow: Bool, multiRow: Bool, bonus: [[Double]]?) -> [Row] {
        let m = units.count, n = columns
        guard m > 0, n > 0 else { return [] }
        // A new row must not pay for itself with the copies it makes.
        let rowCost = -(max(0, leadCost) * Double(n - 1) + Self.newRowCost)
        // Every unit's fit counts once, whichever cell it joins, so more cells earn nothing by themselves.
        let fits = (0..<m).map { i in (0..<n).map { Self.fitWeight * profile.fit($0, feats[i]) } }
        var joinLog = Array(repeating: 0.0, count: m), breakLog = Array(repeating: 0.0, count: m)
        if joinable {
            for k in 1..<max(1, m) {
                let p = Self.joinProbability(units[k - 1], units[k], feats[k - 1], feats[k])
                joinLog[k] = log(p); breakLog[k] = log(1 - p)
            }
        }
        // State: (i, c, first, phase) → index.
        func id(_ i: Int, _ c: Int, _ first: Int, _ phase: Int) -> Int { ((i * (n + 1) + c) * 2 + first) * 2 + phase }
        let size = (m + 1) * (n + 1) * 4
        var best = Array(repeating: -Double.infinity, count: size)
        var back = Array(repeating: (-1, 0), count: size)  // (previous state, action: -1 skip, -2 end, -3 restart, j place)
        let startFirst = startsRow ? 1 : 0
        best[id(0, 0, startFirst, 0)] = 0
        func relax(_ from: Int, _ to: Int, _ score: Double, _ action: Int) {
            if score > best[to] { best[to] = score; back[to] = (from, action) }
        }
        for i in 0...m {
            for phase in [1, 0] {
                if phase == 0, multiRow, i > 0 {
                    for f in 0...1 where best[id(i, n, f, 1)] > -.infinity && i < m {
                        relax(id(i, n, f, 1), id(i, 0, 0, 0), best[id(i, n, f, 1)] + rowCost, -3)
                    }
                }
                for c in 0..<n {
                    for first in 0...1 {
                        let s = id(i, c, first, phase)
                        let cur = best[s]
                        guard cur > -.infinity else { continue }
                        // Place units i..<j in column c.
                        // A row without its own STT keeps the STT and the level it numbers (the column after it).
                        if i < m && !(first == 0 && sttColumn.map { c == $0 || c == $0 + 1 } == true) {
                            var score = cur + fits[i][c] + (first == 0 ? bonus?[i][c] ?? 0 : 0)
                            var j = i + 1
                            while j <= min(m, i + Self.maxCellUnits) {
                                let total = score + (j < m ? breakLog[j] : 0)
                                relax(s, id(j, c + 1, first, 1), total, j)
                                if first == 1 && c == sttColumn { break }
                                guard joinable, j < m, !units[j - 1].isEmpty, !units[j].isEmpty else { break }
                                score += joinLog[j] + fits[j][c] + (profile.isNumeric(c) ? -5 : 0)
                                j += 1
                            }
                        }
                        if first == 0 {
                            let cost = phase == 0 ? leadCost : Self.innerCost
                            if !(phase == 0 && c == n - 1) { relax(s, id(i, c + 1, first, phase), cur + cost, -1) }
                        }
                        if phase == 1 {
                            let per = first == 1 ? Self.firstTrailingCost : trailingCost
                            relax(s, id(i, n, first, 1), cur + per * Double(n - c), -2)
                        }
                    }
                }
            }
        }
        var end = -1
        for f in 0...1 where best[id(m, n, f, 1)] > (end < 0 ? -.infinity : best[end]) { end = id(m, n, f, 1) }
        guard end >= 0 else { return [Row(slots: units.prefix(n).map { .new($0) })] }
        // Walk back.
        var actions: [(state: Int, action: Int)] = []
        var s = end
        while back[s].0 >= 0 { actions.append((s, back[s].1)); s = back[s].0 }
        actions.reverse()
        var rows: [Row] = []
        var slots: [Slot] = []
        var firsts: [Int: Int] = [:]
        var prev = s
        func decode(_ x: Int) -> (i: Int, c: Int) { let q = x / 4; return (q / (n + 1), q % (n + 1)) }
        for (state, action) in actions {
            let (pi, pc) = decode(prev)
            switch action {
            case -3: rows.append(Row(slots: slots, firstUnit: firsts)); slots = []; firsts = [:]
            case -1: slots.append(.copied)
            case -2: slots += Array(repeating: .empty, count: n - pc)
            default:
                firsts[slots.count] = pi
                var cell = units[pi]
                for k in (pi + 1)..<action { cell.parts += units[k].parts }
                slots.append(.new(cell))
            }
            prev = state
            _ = decode(state)
        }
        if !slots.isEmpty { rows.append(Row(slots: slots, firstUnit: firsts)) }
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
        if let f = bt.unicodeScalars.first, f.properties.isLowercase || f == "(" { return 0.85 }
        if fa.has(.bullet) && fb.has(.bullet) { return 0.6 }
        // A list opens after a colon (handled above); a bullet after a plain sentence starts a new cell.
        if fb.has(.bullet) { return 0.1 }
        if fb.has(.numbered) && fa.has(.numbered) { return 0.35 }
        return end == 46 ? 0.08 : 0.12
    }
}
