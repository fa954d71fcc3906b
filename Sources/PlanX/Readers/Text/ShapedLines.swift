/// The decoded lines next to their shapes: what every region finder reads.
///
/// Index `i` is source line `i + 1`.
struct ShapedLines: Sendable {
    let lines: [String]
    let shapes: [LineShape]

    init(_ lines: [String]) {
        self.lines = lines
        var shapes: [LineShape] = []
        shapes.reserveCapacity(lines.count)
        for line in lines { shapes.append(LineShape.of(line)) }
        self.shapes = shapes
    }

    var count: Int { lines.count }

    /// The trimmed text before the first `|` (the whole trimmed line when it has none).
    func firstCell(_ i: Int) -> Substring {
        let line = lines[i]
        let shape = shapes[i]
        let utf8 = line.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(shape.start))
        let to = utf8.index(utf8.startIndex, offsetBy: Int(shape.end))
        var text = line[from..<to]
        if shape.flags.contains(.pipeStart) { text = text.dropFirst() }
        if let bar = text.firstIndex(of: "|") { text = text[..<bar] }
        return text
    }

    /// A line that opens a table's header: `STT`, `TT | Nội dung |`, `\tSTT`, `Nội dung/ Nhiệm vụ |`.
    func isHeaderLine(_ i: Int) -> Bool {
        let shape = shapes[i]
        if shape.flags.contains(.loneHeader) { return true }
        if shape.isBlank || shape.flags.contains(.pipeOnly) || shape.flags.contains(.markdownRule) { return false }
        guard mayOpenHeader(i) else { return false }
        switch HeaderWords.match(firstCell(i)) {
        case .none: return false
        case .number: return true
        case .title:
            // `Nội dung |` opens a header only as a row of several cells, or as the first of
            // several one-cell lines; `Lĩnh vực | Bộ máy hành chính |` is a key/value box.
            if shape.cells >= 3 { return true }
            guard shape.cells <= 1, i + 2 < count else { return false }
            return oneCellLine(i + 1) && oneCellLine(i + 2)
        }
    }

    /// Cheap byte test before `HeaderWords.match`: the first letter of every header word.
    private func mayOpenHeader(_ i: Int) -> Bool {
        let shape = shapes[i]
        return lines[i].utf8.withContiguousStorageIfAvailable { b -> Bool in
            var k = Int(shape.start)
            if b[k] == 0x7C { k += 1 }
            while k < Int(shape.end), b[k] == 0x20 || b[k] == 0x09 { k += 1 }
            guard k < Int(shape.end) else { return false }
            return HeaderWords.firstLetters.contains(b[k] | 0x20)
        } ?? true
    }

    private func oneCellLine(_ i: Int) -> Bool {
        let s = shapes[i]
        return !s.isBlank && s.cells <= 1 && !s.flags.contains(.innerPipe)
    }

    /// The next non-blank line at or after `i`, or nil.
    func nextNonBlank(from i: Int) -> Int? {
        var k = i
        while k < count {
            if !shapes[k].isBlank { return k }
            k += 1
        }
        return nil
    }
}
