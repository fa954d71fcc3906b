/// Reads a layout box (a Word layout table copied as text) as one block per cell.
///
/// `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |` gives two cells on one line;
/// `CỘNG HÒA XÃ HỘI` then `CHỦ NGHĨA VIỆT NAM |` gives one cell over two lines, joined
/// with a space. Every `|` closes a cell; empty cells give nothing, and a line that gave
/// no cell at all (`|`, `| ||`) is a separator, so every line is in exactly one block
/// or shares a cell block with the lines of the same cell.
enum LayoutCells {
    static func blocks(_ doc: ShapedLines, first: Int, last: Int, into out: inout [SourceBlock]) {
        var pending = ""
        var pendingLine: Int? = nil
        for k in first...last {
            let shape = doc.shapes[k]
            if shape.isBlank { continue }
            let line = doc.lines[k]
            if !shape.flags.contains(.pipeStart) && !shape.flags.contains(.pipeEnd) && !line.utf8.contains(0x7C) {
                append(line[...], to: &pending)
                if pendingLine == nil { pendingLine = k }
                continue
            }
            var gave = false
            var segments = line.split(separator: "|", omittingEmptySubsequences: false)
            let tail = segments.removeLast()
            for segment in segments {
                append(segment, to: &pending)
                if !pending.isEmpty {
                    out.append(cell(pending, from: pendingLine ?? k, to: k))
                    gave = true
                }
                pending = ""
                pendingLine = nil
            }
            append(tail, to: &pending)
            if !pending.isEmpty {
                if pendingLine == nil { pendingLine = k }
                gave = true
            }
            if !gave { out.append(.text(TextNormalizer.normalize(line), line: k + 1, role: .separator)) }
        }
        if !pending.isEmpty, let from = pendingLine {
            out.append(cell(pending, from: from, to: lastLine(doc, from: from, to: last)))
        }
    }

    private static func append(_ part: Substring, to pending: inout String) {
        let text = TextNormalizer.normalize(part)
        if text.isEmpty { return }
        if !pending.isEmpty { pending += " " }
        pending += text
    }

    private static func cell(_ text: String, from: Int, to: Int) -> SourceBlock {
        .text(text, line: from + 1, endLine: to + 1, style: .layoutCell)
    }

    private static func lastLine(_ doc: ShapedLines, from: Int, to: Int) -> Int {
        var k = to
        while k > from, doc.shapes[k].isBlank { k -= 1 }
        return k
    }
}
