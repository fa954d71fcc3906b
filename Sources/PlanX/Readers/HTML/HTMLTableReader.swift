import CLibXML2

/// Reads one `<table>` into rows of cells as written (spans not expanded: the Tables
/// stage builds the grid), and tells a layout table (document header, signature) from a data table.
enum HTMLTableReader {
    /// Largest span accepted; larger values are clamped (and reported by the caller).
    static let maxSpan = 1000

    struct Result {
        var rows: [[RawCell]]
        var clampedSpans: [Int]
    }

    static func read(_ table: xmlNodePtr) -> Result {
        var result = Result(rows: [], clampedSpans: [])
        collectRows(table, into: &result)
        return result
    }

    /// A layout table: a few short rows of a Word document's header or signature, no column header.
    static func isLayout(_ rows: [[RawCell]]) -> Bool {
        let width = rows.map { $0.reduce(0) { $0 + $1.colspan } }.max() ?? 0
        if rows.count <= 1 || width <= 1 { return true }
        let head = rows.prefix(2).flatMap { $0 }.map { $0.text.lowercased() }
        let headerWords = ["stt", "tt", "nội dung", "nhiệm vụ", "cơ quan", "thời gian", "đơn vị", "chủ trì",
                           "phối hợp", "sản phẩm", "kết quả", "kinh phí", "ghi chú", "tiến độ", "hoạt động"]
        let hasHeader = head.contains { cell in headerWords.contains { cell == $0 || cell.hasPrefix($0 + " ") } }
        if hasHeader { return false }
        let documentWords = ["ủy ban", "uỷ ban", "cộng hòa", "cộng hoà", "số:", "nơi nhận", "tm.", "kt.", "độc lập"]
        let all = rows.flatMap { $0 }.map { $0.text.lowercased() }
        if all.contains(where: { cell in documentWords.contains { cell.contains($0) } }) { return true }
        return rows.count <= 3 && width <= 3
    }

    // MARK: - Private

    private static func collectRows(_ node: xmlNodePtr, into result: inout Result) {
        for child in node.childNodes where child.isElement {
            switch child.tag {
            case "tr": result.rows.append(cells(of: child, &result.clampedSpans))
            case "thead", "tbody", "tfoot": collectRows(child, into: &result)
            default: continue  // caption, colgroup, nested tables outside cells
            }
        }
    }

    private static func cells(of row: xmlNodePtr, _ clamped: inout [Int]) -> [RawCell] {
        var out: [RawCell] = []
        for cell in row.childNodes where cell.isElement && (cell.tag == "td" || cell.tag == "th") {
            var walker = HTMLParagraphWalker(contentRoot: nil, splitTables: false)
            for child in cell.childNodes { walker.walk(child) }
            var texts: [String] = []
            for case let .paragraph(p) in walker.events { texts.append(p.text) }
            let line = cell.sourceLine
            out.append(RawCell(
                text: texts.joined(separator: "\n"), line: line > 0 ? line : row.sourceLine,
                rowspan: span(cell, "rowspan", &clamped), colspan: span(cell, "colspan", &clamped),
                isHeader: cell.tag == "th"))
        }
        return out
    }

    private static func span(_ cell: xmlNodePtr, _ name: String, _ clamped: inout [Int]) -> Int {
        guard let raw = cell.attribute(name) else { return 1 }
        let digits = raw.trimmingCharacters(in: " \t\n\r\"'")
        guard let value = Int(digits), value >= 1 else {
            clamped.append(cell.sourceLine)
            return 1
        }
        if value > maxSpan { clamped.append(cell.sourceLine); return maxSpan }
        return value
    }
}

extension String {
    /// Trims the given characters from both ends (without Foundation's CharacterSet).
    func trimmingCharacters(in chars: String) -> String {
        let set = Set(chars.unicodeScalars)
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !set.contains($0) })!
        return String(scalars[first...last])
    }
}
