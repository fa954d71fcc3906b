/// A whole row on one line, cells separated by ` | `, ending with `|` (thuvienphapluat copies).
///
/// `1 | Xây dựng Kế hoạch … | Sở Nội vụ | Quý I/2022 |`. A merged cell appears once and later rows
/// carry its empty slots as a glued `||` run; lines of pipes only are dropped.
enum PipeRowsDialect: TableDialect {
    static let name = "pipe_rows"

    static func evidence(_ c: TableLineCounts, _ lines: [RawLine]) -> Double {
        guard c.notLone > 0 else { return 0 }
        return Double(c.pipeRows) / Double(c.notLone)
    }

    static func parse(_ lines: [RawLine]) -> Grid {
        var rows: [[GridCell]] = []
        var trailing: [Int] = []
        var lastText = ""
        for l in lines where !TableLine.isBlank(l.text) && !TableLine.isOnlyPipes(l.text) {
            var cells = cut(l.text, line: l.number)
            var empties = 0
            while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast(); empties += 1 }
            rows.append(cells)
            trailing.append(empties)
            lastText = l.text
        }
        return Grid(shape: .rows, rows: rows, truncated: !lastText.isEmpty && !TableLine.endsWithPipe(lastText),
                    trailingEmptySlots: trailing)
    }

    /// The cells of one row line, on bytes: trailing whitespace and one closing `|` dropped, then
    /// split at every `|` that is a character of its own (not one a combining mark attaches to).
    private static func cut(_ text: String, line: Int) -> [GridCell] {
        var text = text
        return text.withUTF8 { b in
            var end = b.count
            while end > 0, b[end - 1] == 32 || b[end - 1] == 9 || b[end - 1] == 13 { end -= 1 }
            if end > 0, b[end - 1] == 124 { end -= 1 }
            var cells: [GridCell] = []
            var start = 0
            func cell(_ to: Int) -> GridCell {
                GridCell.from(String(decoding: UnsafeBufferPointer(rebasing: b[start..<to]), as: UTF8.self), line: line,
                              deferFeatures: true)
            }
            for i in 0..<end where b[i] == 124 && !(i + 1 < end && b[i + 1] >= 0x80 && extendsPipe(b, i + 1, end)) {
                cells.append(cell(i))
                start = i + 1
            }
            cells.append(cell(end))
            return cells
        }
    }

    /// Whether the scalar at `i` joins the `|` before it into one character (rare: a stray mark).
    private static func extendsPipe(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var n = 1
        while i + n < end, b[i + n] & 0xC0 == 0x80 { n += 1 }
        return ("|" + String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + n)]), as: UTF8.self)).count == 1
    }
}
