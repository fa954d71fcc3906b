import Foundation

/// What `ParagraphCellAligner` scores for one run of units, computed once for all its rounds:
/// each unit's fit to each column, the log-odds of each boundary between units, and the forward
/// pass of the dynamic programme over states `(unit, column, row opened by STT, phase)`.
struct AlignerRun {
    let m: Int, n: Int
    /// fits[i * n + c]: unit i in column c (weighted).
    let fits: [Double]
    /// joinLog[j], breakLog[j]: units j-1 and j in one cell, or not (index m: 0).
    let joinLog: [Double], breakLog: [Double]
    /// joins[j]: units j-1 and j may share a cell.
    let joins: [Bool]
    /// joinEnd[j]: the first k ≥ j where units k-1 and k may not share a cell (m at the latest).
    let joinEnd: [Int]
    let numericPenalty: [Double]
    /// A row without its own STT keeps the STT and the level it numbers (the column after it).
    let keptWithoutStt: [Bool]
    let stt: Int
    let rowCost: Double, leadCost: Double, trailingCost: Double

    /// - Parameter fits: unit i in column c at `i * columns + c`, from the aligner's profile.
    init(_ a: ParagraphCellAligner, _ units: [GridCell], fits: [Double]) {
        let m = units.count, n = a.columns
        self.m = m
        self.n = n
        let feats = units.map(\.features)
        self.fits = fits
        var joinLog = Array(repeating: 0.0, count: m + 1), breakLog = Array(repeating: 0.0, count: m + 1)
        var joins = [Bool](repeating: false, count: m + 1)
        if a.joinable {
            // Fits come once per run; the boundary scores below as well (`log` is not cheap).
            for k in 1..<max(1, m) {
                let p = ParagraphCellAligner.joinProbability(units[k - 1], units[k], feats[k - 1], feats[k])
                joinLog[k] = log(p); breakLog[k] = log(1 - p)
                joins[k] = !units[k - 1].isEmpty && !units[k].isEmpty
            }
        }
        self.joinLog = joinLog
        self.breakLog = breakLog
        self.joins = joins
        var joinEnd = [Int](repeating: m, count: m + 1)
        for j in stride(from: m - 1, through: 1, by: -1) { joinEnd[j] = joins[j] ? joinEnd[j + 1] : j }
        self.joinEnd = joinEnd
        numericPenalty = (0..<n).map { a.profile.isNumeric($0) ? -5.0 : 0.0 }
        keptWithoutStt = (0..<n).map { c in a.sttColumn.map { c == $0 || c == $0 + 1 } == true }
        stt = a.sttColumn ?? -1
        // A new row must not pay for itself with the copies it makes.
        rowCost = -(max(0, a.leadCost) * Double(n - 1) + ParagraphCellAligner.newRowCost)
        leadCost = a.leadCost
        trailingCost = a.trailingCost
    }

    /// The forward pass over every state, in a fixed order (ties keep the first best move).
    /// `bonuses` (unit × column) is empty when there is none.
    /// `backFrom`/`backAction` are written for every state that gets a score, and only those
    /// are read back (the start state has none), so they need no initial values.
    func relax(multiRow: Bool, bonuses: [Double], best bestArray: inout [Double], backFrom: UnsafeMutablePointer<Int>,
               backAction: UnsafeMutablePointer<Int>) {
        let m = m, n = n, rowCost = rowCost, leadCost = leadCost, trailingCost = trailingCost, stt = stt
        let numericPenalty = numericPenalty, keptWithoutStt = keptWithoutStt, hasBonus = !bonuses.isEmpty, joinEnd = joinEnd
        let innerCost = ParagraphCellAligner.innerCost, firstTrailingCost = ParagraphCellAligner.firstTrailingCost
        let maxUnits = ParagraphCellAligner.maxCellUnits
        fits.withUnsafeBufferPointer { fitsBuffer in
        bonuses.withUnsafeBufferPointer { bonusBuffer in
        joinLog.withUnsafeBufferPointer { joinBuffer in
        breakLog.withUnsafeBufferPointer { breakBuffer in
        bestArray.withUnsafeMutableBufferPointer { bestBuffer in
            let fits = fitsBuffer.baseAddress!, bonuses = bonusBuffer.baseAddress ?? fits  // read only when hasBonus
            let joinLog = joinBuffer.baseAddress!, breakLog = breakBuffer.baseAddress!
            let best = bestBuffer.baseAddress!
            // Index arithmetic wraps (no overflow traps): sizes are small and fixed above.
            @inline(__always) func id(_ i: Int, _ c: Int, _ first: Int, _ phase: Int) -> Int {
                ((i &* (n &+ 1) &+ c) &* 2 &+ first) &* 2 &+ phase
            }
            @inline(__always) func relax(_ from: Int, _ to: Int, _ score: Double, _ action: Int) {
                if score > best[to] { best[to] = score; backFrom[to] = from; backAction[to] = action }
            }
            let rowStride = (n + 1) * 4
            for i in 0...m {
                let fitRow = fits + i &* n, bonusRow = bonuses + i &* n
                let last = min(m, i &+ maxUnits)
                for phase in stride(from: 1, through: 0, by: -1) {
                    if phase == 0, multiRow, i > 0, i < m {
                        for f in 0...1 where best[id(i, n, f, 1)] > -.infinity {
                            relax(id(i, n, f, 1), id(i, 0, 0, 0), best[id(i, n, f, 1)] + rowCost, -3)
                        }
                    }
                    var s = id(i, 0, 0, phase)
                    for c in 0..<n {
                        for first in 0...1 {
                            defer { s &+= 2 }
                            let cur = best[s]
                            guard cur > -.infinity else { continue }
                            // Place units i..<j in column c. The same placements from this state's
                            // phase-1 twin (relaxed earlier, with a score at least as high) already
                            // won every target this one could: rounding keeps `a ≥ b ⇒ a + x ≥ b + x`.
                            let dominated = phase == 0 && best[s &+ 1] >= cur
                            if i < m && !(first == 0 && keptWithoutStt[c]) && !dominated {
                                var score = cur + fitRow[c] + (first == 0 ? (hasBonus ? bonusRow[c] : 0) : 0)
                                // Only one unit in a row's own STT cell; several only up to the first
                                // boundary units cannot cross (at most `maxCellUnits`).
                                let jEnd = first == 1 && c == stt ? i &+ 1 : min(last, joinEnd[i &+ 1])
                                let penalty = numericPenalty[c]
                                var j = i &+ 1
                                var to = id(j, c &+ 1, first, 1)
                                var fit = fitRow + (n &+ c)
                                while true {
                                    relax(s, to, score + breakLog[j], j)
                                    if j == jEnd { break }
                                    score += joinLog[j] + fit.pointee + penalty
                                    j &+= 1
                                    to &+= rowStride
                                    fit += n
                                }
                            }
                            if first == 0 {
                                let cost = phase == 0 ? leadCost : innerCost
                                if !(phase == 0 && c == n &- 1) { relax(s, s &+ 4, cur + cost, -1) }
                            }
                            if phase == 1 {
                                let per = first == 1 ? firstTrailingCost : trailingCost
                                relax(s, id(i, n, first, 1), cur + per * Double(n &- c), -2)
                            }
                        }
                    }
                }
            }
        }}}}}
    }
}
