/// Finds the header in a dialect's grid and turns the body into rows of exactly one cell per
/// column, for both grid shapes.
enum BodyBuilder {
    struct Built {
        var leaves: [HeaderDetector.Leaf]
        var fields: [String]
        var rows: [Table.Row] = []
        var lastRowIncomplete = false
        var ambiguous: [Int] = []
        var tooWide: [(cells: Int, line: Int)] = []
    }

    // MARK: - Streams (pipe cells, paragraph cells)

    static func fromStream(_ grid: Grid) -> Built {
        let units = grid.rows.first ?? []
        let h = units.firstIndex { startsRow($0) } ?? 0
        let texts = units[..<h].filter { !$0.isEmpty }.map(\.text)
        var body = Array(units[h...])
        while let f = body.first, isColumnNumber(f.text) { body.removeFirst() }
        let k = max(texts.count, 1)
        var n = k
        var chunks = RowSegmenter.chunks(body, columns: n)
        if let typical = RowSegmenter.typicalLength(chunks), typical < k, typical * 2 >= k {
            n = typical
            chunks = RowSegmenter.chunks(body, columns: n)
        }
        if texts.isEmpty, let typical = RowSegmenter.typicalLength(chunks) { n = typical }
        let leaves = HeaderDetector.leaves(texts, columns: n)
        let fields = ColumnMapper.fields(leaves.map { ($0.text, $0.parents) })
        let samples = chunks.filter { $0.count == n && startsRow($0[0]) }.map { $0.map(\.features) }
        let sttColumn = fields.firstIndex(of: "stt")
        func pass(_ profile: ColumnProfile) -> (rows: [[ParagraphCellAligner.Row]], incomplete: Bool) {
            let aligner = ParagraphCellAligner(columns: n, profile: profile, joinable: grid.joinable,
                                               sttColumn: sttColumn, leadCost: 0.0)
            return alignStream(chunks, columns: n, aligner: aligner, joinable: grid.joinable, sttColumn: sttColumn)
        }
        var result = pass(ColumnProfile(fields: fields, samples: samples))
        if grid.joinable {
            // Learn again from every paragraph of the first pass's rows, then realign.
            var columns = Array(repeating: [CellFeatures](), count: n)
            for chunk in result.rows { for row in chunk { for (c, slot) in row.slots.enumerated() {
                if case .new(let cell) = slot {
                    columns[c].append(cell.features)
                    for part in cell.parts.dropFirst() { columns[c].append(CellFeatures(part)) }
                }
            } } }
            result = pass(ColumnProfile(fields: fields, columns: columns))
        }
        var built = Built(leaves: leaves, fields: fields)
        built.lastRowIncomplete = result.incomplete
        var previous: Table.Row?
        built.rows.reserveCapacity(result.rows.reduce(0) { $0 + $1.count })
        for a in result.rows.joined() {
            let row = makeRow(a, previous: previous)
            built.rows.append(row)
            previous = row
        }
        return built
    }

    /// Aligns every chunk of a stream into rows (one list per chunk).
    static func alignStream(_ chunks: [[GridCell]], columns n: Int, aligner: ParagraphCellAligner,
                            joinable: Bool, sttColumn: Int?) -> (rows: [[ParagraphCellAligner.Row]], incomplete: Bool) {
        var out: [[ParagraphCellAligner.Row]] = []
        out.reserveCapacity(chunks.count)
        var incomplete = false
        var numbers = NumberingHint.Above(columns: n)
        for (ci, var chunk) in chunks.enumerated() {
            if let s = sttColumn, s + 1 < n, RowSegmenter.isTotal(chunk[0].text) {
                // A total's label sits in the title column, not in STT.
                chunk.insert(GridCell(parts: [], line: chunk[0].line), at: s)
            }
            if !joinable || RowSegmenter.isTotal(chunk.first { !$0.isEmpty }?.text ?? "") {
                while chunk.count > n, chunk.last?.isEmpty == true { chunk.removeLast() }
            }
            let opens = startsRow(chunk[0]) || chunk[0].isEmpty && chunk.count > 1 && startsRow(chunk[1])
            var aligned: [ParagraphCellAligner.Row] = []
            if chunk.count == n || (!joinable && chunk.count < n && opens) {
                aligned = [ParagraphCellAligner.Row(slots: chunk.map { .new($0) } + Array(repeating: .empty, count: n - chunk.count))]
            } else {
                aligned = aligner.align(chunk, startsRow: opens, multiRow: true, above: numbers)
            }
            aligned.forEach { NumberingHint.record($0, into: &numbers) }
            if ci == chunks.count - 1, opens, chunk.count < n, !isGroupStart(chunk[0]) { incomplete = true }
            out.append(aligned)
        }
        return (out, incomplete)
    }

    // MARK: - Rows (pipe rows, tab cells, Markdown, lone pipes, HTML)

    static func fromRows(_ grid: Grid) -> Built {
        let rows = grid.rows
        let h = grid.headerRows ?? rows.firstIndex { ($0.first.map(startsRow) ?? false) && !isColumnNumberRow($0) } ?? min(1, rows.count)
        let trailing = grid.trailingEmptySlots
        let width: (Int) -> Int = { i in rows[i].count + (i < trailing.count ? trailing[i] : 0) }
        var counts: [Int: Int] = [:]
        for i in h..<rows.count where rows[i].first.map(startsRow) ?? false { counts[width(i), default: 0] += 1 }
        let n = grid.spansExpanded ? (rows.map(\.count).max() ?? 0)
            : (counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? (rows.indices.map(width).max() ?? 0))
        let leaves = grid.spansExpanded ? expandedLeaves(rows.prefix(h), n) : flatLeaves(rows, h, n, trailing)
        let fields = ColumnMapper.fields(leaves.map { ($0.text, $0.parents) })
        // The profile reads every whole row's features: built at the first row that needs aligning.
        var aligner: ParagraphCellAligner?
        func makeAligner() -> ParagraphCellAligner {
            let samples = rows[h...].filter { $0.count == n && startsRow($0[0]) }.map { $0.map(\.features) }
            return ParagraphCellAligner(columns: n, profile: ColumnProfile(fields: fields, samples: samples),
                                        joinable: false, sttColumn: fields.firstIndex(of: "stt"), trailingCost: -0.1)
        }
        var built = Built(leaves: leaves, fields: fields)
        built.rows.reserveCapacity(rows.count - h)
        var previous: Table.Row?
        for i in h..<rows.count {
            var cells = rows[i]
            if isColumnNumberRow(cells) || cells.allSatisfy(\.isEmpty) { continue }
            let opens = cells.first.map(startsRow) ?? false
            if cells.count > n {
                built.tooWide.append((cells.count, cells[0].line))
                let extra = cells[n...].flatMap(\.parts)
                cells = Array(cells.prefix(n))
                cells[n - 1].resolveFeatures()
                cells[n - 1].parts += extra
            }
            let aligned: ParagraphCellAligner.Row
            if grid.spansExpanded || cells.count == n || opens {
                aligned = ParagraphCellAligner.Row(slots: cells.map { $0.spannedFrom == nil ? .new($0) : .copied }
                    + Array(repeating: .empty, count: n - cells.count))
                // Row dialects often omit trailing empty cells; only a row cut short by half is truncated.
                if i == rows.count - 1, opens, cells.count * 2 <= n, !isGroupStart(cells[0]) { built.lastRowIncomplete = true }
            } else {
                if aligner == nil { aligner = makeAligner() }
                aligned = aligner!.align(cells, startsRow: false, multiRow: false).first
                    ?? ParagraphCellAligner.Row(slots: cells.map { .new($0) })
                built.ambiguous.append(cells[0].line)
            }
            var row = makeRow(aligned, previous: previous)
            if grid.spansExpanded, let from = cells.compactMap(\.spannedFrom).first {
                row.continues = from
                row.cells = zip(cells, row.cells).map { $0.spannedFrom != nil ? $0.text : $1 }
            }
            built.rows.append(row)
            previous = row
        }
        return built
    }

    // MARK: - Helpers

    static func makeRow(_ a: ParagraphCellAligner.Row, previous: Table.Row?) -> Table.Row {
        var cells: [String] = []
        cells.reserveCapacity(a.slots.count)
        var line = Int.max
        var copied = false
        for (c, slot) in a.slots.enumerated() {
            switch slot {
            case .new(let cell): cells.append(cell.text); line = min(line, cell.line)
            case .copied: cells.append(previous.map { c < $0.cells.count ? $0.cells[c] : "" } ?? ""); copied = true
            case .empty: cells.append("")
            }
        }
        return Table.Row(kind: "data", line: line == .max ? (previous?.line ?? 0) : line, cells: cells,
                         continues: copied ? previous?.line : nil)
    }

    static func startsRow(_ c: GridCell) -> Bool {
        guard c.parts.count == 1 else { return false }
        return SttToken.isToken(c.parts[0]) || RowSegmenter.isTotal(c.parts[0])
    }

    static func isGroupStart(_ c: GridCell) -> Bool {
        let k = SttToken.kind(c.text)
        return k == .roman || k == .letter
    }

    /// `(1)`, `(2)`: the column-number row under some headers.
    static func isColumnNumber(_ s: String) -> Bool {
        s.hasPrefix("(") && s.hasSuffix(")") && s.utf8.count <= 5 && s.utf8.dropFirst().dropLast().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    static func isColumnNumberRow(_ cells: [GridCell]) -> Bool {
        guard cells.count >= 3 else { return false }
        if cells.allSatisfy({ isColumnNumber($0.text) }) { return true }
        return cells.enumerated().allSatisfy { Int($0.element.text) == $0.offset + 1 }
    }

    /// Header of text rows: the non-empty cells of the header rows, structure resolved by `HeaderDetector`.
    static func flatLeaves(_ rows: [[GridCell]], _ h: Int, _ n: Int, _ trailing: [Int]) -> [HeaderDetector.Leaf] {
        var texts: [String] = []
        var spanning: [Bool] = []
        for r in 0..<h {
            let row = rows[r]
            for (j, c) in row.enumerated() where !c.isEmpty {
                texts.append(c.text)
                let followedByEmpty = j + 1 < row.count ? row[j + 1].isEmpty : (r < trailing.count && trailing[r] > 0)
                spanning.append(r == 0 && followedByEmpty)
            }
        }
        let top = h >= 2 ? rows[0].filter { !$0.isEmpty }.count : nil
        return HeaderDetector.leaves(texts, columns: n, topCount: top, spanning: spanning)
    }

    /// Header of an expanded grid (HTML): each column's distinct texts, top to bottom.
    static func expandedLeaves(_ rows: ArraySlice<[GridCell]>, _ n: Int) -> [HeaderDetector.Leaf] {
        (0..<n).map { c in
            var seen: [String] = []
            for r in rows where c < r.count && !r[c].isEmpty && seen.last != r[c].text { seen.append(r[c].text) }
            return HeaderDetector.Leaf(text: seen.last ?? "", parents: Array(seen.dropLast()))
        }
    }
}
