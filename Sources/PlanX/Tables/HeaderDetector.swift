/// Turns the header cells of a table into leaf column headers, levels joined by " / ".
///
/// Single-level: one header per column. Multi-level (002): the header texts are
/// `STT, …, Yêu cầu của sản phẩm đầu ra (…), Phân công trách nhiệm, Thẩm quyền ban hành, …, Chủ trì,
/// Phối hợp` — 13 texts for 11 columns, so 2 texts are parents. Which ones, and how the sub-columns
/// split among them, is chosen by trying the possibilities and scoring how many leaves get a
/// canonical field, with parent-like wording (`Phân công…`, `Yêu cầu…`) and spans seen in the
/// source (`Mô hình … | ||`) as extra evidence.
enum HeaderDetector {
    /// A leaf column: its own header and the headers above it.
    struct Leaf: Equatable { var text: String; var parents: [String] }

    /// - Parameters:
    ///   - texts: the header texts in reading order (top row first).
    ///   - columns: the number of leaf columns the body shows.
    ///   - topCount: how many of `texts` are in the top row, when the source says so.
    ///   - spanning: per text, whether the source shows it spanning several columns.
    static func leaves(_ texts: [String], columns n: Int, topCount: Int? = nil, spanning: [Bool] = []) -> [Leaf] {
        let k = texts.count
        if k <= n {
            return texts.map { Leaf(text: $0, parents: []) } + Array(repeating: Leaf(text: "", parents: []), count: n - k)
        }
        let g = k - n
        // Fold once; memoise each text's field alone and under each possible parent.
        let folded = texts.map(ColumnMapper.fold)
        let alone = folded.map { ColumnMapper.canonical(folded: $0, foldedParents: "") }
        // Score of each text as a leaf: alone, or under each possible parent (index k = alone).
        var leafScore = Array(repeating: Array(repeating: 0.0, count: k + 1), count: k)
        for c in 0..<k {
            leafScore[c][k] = alone[c] != nil ? 2 : 0
            for p in 0..<k where p != c {
                let f = ColumnMapper.canonical(folded: folded[c], foldedParents: folded[p])
                leafScore[c][p] = (f != nil ? 2 : 0) + affinity(parent: folded[p], field: f)
            }
        }
        let parentLike = folded.map { ColumnMapper.isParentLike(folded: $0) }
        var bestScore = -Double.infinity
        var bestChoice: (t: Int, parents: [Int], split: [Int])?
        let tRange = topCount.map { [$0] } ?? Array(stride(from: k - g, through: g + 1, by: -1))
        for t in tRange where t >= g + 1 && k - t >= g {
            // The splits depend on `t` only: listed once, not once per choice of parents.
            let splits = compositions(k - t, into: g)
            for parents in combinations(Array(0..<t), g) {
                var base = 0.0
                for i in 0..<t {
                    let spans = i < spanning.count && spanning[i]
                    if parents.contains(i) {
                        base += (parentLike[i] ? 3 : (alone[i] != nil ? -1 : 0)) + (spans ? 3 : 0)
                    } else {
                        base += leafScore[i][k] - (spans ? 2 : 0)
                    }
                }
                // Prefer parents late in the row: a tie goes to the later ones.
                base += Double(parents.reduce(0, +)) * 0.01
                for split in splits {
                    var score = base
                    var sub = t
                    for (pi, p) in parents.enumerated() {
                        for _ in 0..<split[pi] { score += leafScore[sub][p]; sub += 1 }
                    }
                    if score > bestScore { bestScore = score; bestChoice = (t, parents, split) }
                }
            }
        }
        guard let choice = bestChoice else { return texts.prefix(n).map { Leaf(text: $0, parents: []) } }
        var best: [Leaf] = []
        var sub = choice.t
        for i in 0..<choice.t {
            if let pi = choice.parents.firstIndex(of: i) {
                for _ in 0..<choice.split[pi] { best.append(Leaf(text: texts[sub], parents: [texts[i]])); sub += 1 }
            } else {
                best.append(Leaf(text: texts[i], parents: []))
            }
        }
        return best
    }

    /// Sub-columns that belong under a parent's (folded) wording: agencies and timing under
    /// `Phân công`, product requirements under `Yêu cầu … sản phẩm`.
    static func affinity(parent p: String, field: String?) -> Double {
        guard let f = field else { return 0 }
        if ColumnMapper.hasPrefix(p, "phan cong") || ColumnMapper.contains(p, "trach nhiem") { return f == "lead" || f == "partners" ? 1 : f == "deadline" ? 0.5 : 0 }
        if ColumnMapper.contains(p, "yeu cau") || ColumnMapper.contains(p, "san pham") { return f.hasPrefix("output") || f == "deadline" ? 1 : 0 }
        return 0
    }

    /// The header as written in the table: levels joined by " / ".
    static func headerText(_ leaf: Leaf) -> String {
        (leaf.parents + [leaf.text]).filter { !$0.isEmpty }.joined(separator: " / ")
    }

    static func combinations(_ items: [Int], _ k: Int) -> [[Int]] {
        guard k > 0 else { return [[]] }
        guard items.count >= k, items.count <= 24 else { return items.count >= k ? [Array(items.suffix(k))] : [] }
        var out: [[Int]] = []
        func go(_ start: Int, _ acc: [Int]) {
            if acc.count == k { out.append(acc); return }
            guard start < items.count, out.count < 4000 else { return }
            for i in start..<items.count { go(i + 1, acc + [items[i]]) }
        }
        go(0, [])
        return out
    }

    /// Ways to split `total` sub-columns among `parts` parents, each taking at least one.
    static func compositions(_ total: Int, into parts: Int) -> [[Int]] {
        guard parts > 0 else { return total == 0 ? [[]] : [] }
        guard total >= parts else { return [] }
        if parts == 1 { return [[total]] }
        var out: [[Int]] = []
        for first in 1...(total - parts + 1) {
            for rest in compositions(total - first, into: parts - 1) where out.count < 2000 { out.append([first] + rest) }
        }
        return out
    }
}
