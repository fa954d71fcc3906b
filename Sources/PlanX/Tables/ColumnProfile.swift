import Foundation

/// What kind of text each column holds, learned from the rows whose cells are unambiguous
/// (one unit per column), with a prior from the column's canonical field.
///
/// `fit` is a log-likelihood ratio: positive when a text looks like the column's other cells
/// (an agency name in `Cơ quan chủ trì`), negative when it does not (a date in it).
struct ColumnProfile: Sendable {
    private var p: [[Double]]
    private var background: [Double]

    /// A profile from whole rows (one unit per column).
    init(fields: [String], samples: [[CellFeatures]]) {
        var columns = Array(repeating: [CellFeatures](), count: fields.count)
        for row in samples where row.count == fields.count {
            for (c, f) in row.enumerated() { columns[c].append(f) }
        }
        self.init(fields: fields, columns: columns)
    }

    /// A profile from the units seen in each column (every paragraph of a rebuilt cell).
    init(fields: [String], columns samples: [[CellFeatures]]) {
        let n = fields.count
        let k = CellFeatures.count
        var counts = Array(repeating: Array(repeating: 0.0, count: k), count: n)
        var totals = Array(repeating: 0.0, count: n)
        var bg = Array(repeating: 1.0, count: k)
        var bgTotal = 2.0
        for (c, list) in samples.enumerated() where c < n {
            for f in list {
                totals[c] += 1
                bgTotal += 1
                for j in 0..<k where f.bits & (1 << UInt32(j)) != 0 { counts[c][j] += 1; bg[j] += 1 }
            }
        }
        background = bg.map { $0 / bgTotal }
        p = (0..<n).map { c in
            let prior = Self.prior(fields[c])
            let w = 3.0
            return (0..<k).map { j in
                let q = prior[j] ?? (bg[j] / bgTotal)
                return min(0.97, max(0.03, (counts[c][j] + w * q) / (totals[c] + w)))
            }
        }
    }

    /// How well a unit with features `f` fits column `c`.
    func fit(_ c: Int, _ f: CellFeatures) -> Double {
        var s = 0.0
        for j in 0..<CellFeatures.count where j != CellFeatures.F.numbered.rawValue {
            // Item numbers say where a cell sits in a hierarchy, not what it holds (`NumberingHint`).
            let pc = p[c][j], q = min(0.97, max(0.03, background[j]))
            if f.bits & (1 << UInt32(j)) != 0 { s += log(pc / q) } else { s += log((1 - pc) / (1 - q)) }
        }
        return s
    }

    /// The column mostly holds bare numbers (scores): its cells are never several paragraphs.
    func isNumeric(_ c: Int) -> Bool { p[c][CellFeatures.F.number.rawValue] > 0.6 }

    private static func prior(_ field: String) -> [Int: Double] {
        typealias F = CellFeatures.F
        switch field {
        case "stt": return [F.stt.rawValue: 0.95, F.short.rawValue: 0.97, F.empty.rawValue: 0.05]
        case "lead", "partners": return [F.agency.rawValue: 0.8, F.long.rawValue: 0.1, F.empty.rawValue: 0.05]
        case "deadline": return [F.period.rawValue: 0.85, F.agency.rawValue: 0.05]
        case "max_score", "prior_result", "target": return [F.number.rawValue: 0.9, F.short.rawValue: 0.97]
        case "budget": return [F.funding.rawValue: 0.5, F.empty.rawValue: 0.4, F.agency.rawValue: 0.05]
        case "output", "output_authority": return [F.document.rawValue: 0.5, F.agency.rawValue: 0.1]
        case "notes": return [F.empty.rawValue: 0.5]
        case "task", "objective", "activity": return [F.empty.rawValue: 0.05, F.agency.rawValue: 0.1, F.short.rawValue: 0.2]
        default: return [:]
        }
    }
}
