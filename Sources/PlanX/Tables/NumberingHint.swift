/// Evidence from item numbers and bullets for hierarchical rows: in a continuation row,
/// `2. Cập nhật …` most likely continues the deepest column whose item above was `1. …` (004's
/// activities are numbered 1., 2., 3. under one task), and a `- …` bullet the deepest column whose
/// cell above was a bullet list.
enum NumberingHint {
    static let weight = 4.0, bulletWeight = 1.5

    /// What the rows above left in each column: the last item number and whether the last cell
    /// written there was a bullet list.
    struct Above: Equatable {
        var numbers: [Int?]
        var bullets: [Bool]
        init(columns n: Int) { numbers = Array(repeating: nil, count: n); bullets = Array(repeating: false, count: n) }
    }

    /// A bonus per unit and column, from a first alignment `rows` of `units` and what the rows
    /// before them left (`above`); nil when nothing applies. The first row of a run that opens
    /// with an STT gets no bonus: all its cells are written.
    static func bonus(_ units: [GridCell], rows: [ParagraphCellAligner.Row], above start: Above, startsRow: Bool) -> [[Double]]? {
        let n = start.numbers.count
        var bonus = Array(repeating: Array(repeating: 0.0, count: n), count: units.count)
        var above = start
        var any = false
        for (r, row) in rows.enumerated() {
            if r > 0 || !startsRow {
                let firstNew = row.firstUnits.min()
                for i in row.firstUnits {
                    let u = units[i]
                    // The first paragraph decides both (a number or bullet ends before any "\n").
                    if let k = itemNumber(u.firstPart), k >= 2, let c = (0..<n).last(where: { above.numbers[$0] == k - 1 }) {
                        bonus[i][c] += weight
                        any = true
                    } else if i == firstNew, TableLine.startsPart(u.firstPart), let c = (0..<n).last(where: { above.bullets[$0] }) {
                        bonus[i][c] += bulletWeight
                        any = true
                    }
                }
            }
            record(row, into: &above)
        }
        return any ? bonus : nil
    }

    /// Updates what the rows above left, with a rebuilt row's new cells.
    static func record(_ row: ParagraphCellAligner.Row, into above: inout Above) {
        for (c, slot) in row.slots.enumerated() where c < above.numbers.count {
            guard case .new(let cell) = slot, !cell.isEmpty else { continue }
            if let k = itemNumber(cell.firstPart) { above.numbers[c] = k }
            above.bullets[c] = TableLine.startsPart(cell.firstPart)
        }
    }

    /// `2. Cập nhật …` → 2; `2) …` → 2.
    static func itemNumber(_ s: String) -> Int? {
        var value = 0, digits = 0
        for b in s.utf8 {
            if b >= 48 && b <= 57 { value = value * 10 + Int(b - 48); digits += 1; if digits > 3 { return nil }; continue }
            return digits > 0 && (b == 46 || b == 41) ? value : nil
        }
        return nil
    }
}
