/// Evidence from item numbers for hierarchical rows: in a continuation row, `2. Cập nhật …` most
/// likely continues the deepest column whose cell above is item `1. …` (004's activities are
/// numbered 1., 2., 3. under one task).
enum NumberingHint {
    static let weight = 4.0

    /// A bonus per unit and column, from a first alignment `rows` of `units`; nil when no unit is
    /// a numbered item that continues a sequence.
    static func bonus(_ units: [GridCell], rows: [ParagraphCellAligner.Row], columns n: Int) -> [[Double]]? {
        var bonus = Array(repeating: Array(repeating: 0.0, count: n), count: units.count)
        // The last item number seen in each column, over all rows above.
        var above: [Int?] = Array(repeating: nil, count: n)
        var any = false
        for (r, row) in rows.enumerated() {
            for (c, slot) in row.slots.enumerated() {
                guard case .new(let cell) = slot else { continue }
                if r > 0, let k = itemNumber(cell.text), k >= 2, let i = firstUnit(of: cell, units) {
                    if let c2 = (0..<n).last(where: { above[$0] == k - 1 }) {
                        bonus[i][c2] += weight
                        any = true
                    }
                }
            }
            for (c, slot) in row.slots.enumerated() {
                if case .new(let cell) = slot, let k = itemNumber(cell.text) { above[c] = k }
            }
        }
        return any ? bonus : nil
    }

    private static func firstUnit(of cell: GridCell, _ units: [GridCell]) -> Int? {
        units.firstIndex { $0.line == cell.line && $0.parts.first == cell.parts.first }
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
