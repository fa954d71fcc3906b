import Foundation

/// What kind of text each column holds, learned from the rows whose cells are unambiguous
/// (one unit per column), with a prior from the column's canonical field.
///
/// `fit` is a log-likelihood ratio: positive when a text looks like the column's other cells
/// (an agency name in `Cơ quan chủ trì`), negative when it does not (a date in it).
struct ColumnProfile: Sendable {
    private var p: [[Double]]
    private var background: [Double]
    private var absentSum: [Double] = []
    private var presentDelta: [[Double]] = []

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
        (absentSum, presentDelta) = Self.tables(p, background)
    }

    /// How well a unit with features `f` fits column `c`.
    func fit(_ c: Int, _ f: CellFeatures) -> Double {
        var s = absentSum[c]
        var bits = f.bits
        while bits != 0 {
            let j = bits.trailingZeroBitCount
            s += presentDelta[c][j]
            bits &= bits - 1
        }
        return s
    }

    /// Log-likelihood ratios, precomputed: the score of a unit with no feature, and what each
    /// present feature adds. Item numbers are left out: they say where a cell sits in a
    /// hierarchy, not what it holds (`NumberingHint`).
    private static func tables(_ p: [[Double]], _ background: [Double]) -> (absent: [Double], delta: [[Double]]) {
        var absent: [Double] = [], delta: [[Double]] = []
        for row in p {
            var sum = 0.0
            var d = Array(repeating: 0.0, count: CellFeatures.count)
            for j in 0..<CellFeatures.count where j != CellFeatures.F.numbered.rawValue {
                let pc = row[j], q = min(0.97, max(0.03, background[j]))
                let present = log(pc / q), missing = log((1 - pc) / (1 - q))
                sum += missing
                d[j] = present - missing
            }
            absent.append(sum)
            delta.append(d)
        }
        return (absent, delta)
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
