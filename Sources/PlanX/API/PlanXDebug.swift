import CLibXML2
import Foundation

/// Views of intermediate stages for `planx dump` (debugging and conformance checks).
public enum PlanXDebug {
    /// The neutral blocks after the reader and the Regions stage, one line each:
    /// `12-13 body text "…"` or `20-58 body table[pipe_rows]`.
    public static func blockListing(_ data: Data, name: String, format: String? = nil) throws -> String {
        let decoded = try InputDecoder.decode(data)
        let format = format ?? FormatDetector.detect(name: name, lines: decoded.lines)
        guard let reader = ReaderRegistry.reader(for: format) else { throw PlanXError.unknownFormat(format) }
        var read = reader.read(decoded)
        _ = RegionClassifier.classify(&read.blocks)
        return read.blocks.map { b in
            let head = "\(b.line)-\(b.endLine) \(b.role.rawValue)"
            if b.kind == .table { return head + " table[\(b.table?.dialect ?? "?")]" }
            return head + " text" + (b.style.isEmpty ? "" : "(\(b.style.rawValue))") + " \"\(b.text)\""
        }.joined(separator: "\n")
    }

    /// Every `<table>` of an HTML page (nested ones too, in document order) as the grid planx
    /// builds from it, spans expanded, each cell's paragraphs joined by "\n".
    public static func htmlTableGrids(_ data: Data) throws -> [[[String]]] {
        let decoded = try InputDecoder.decode(data)
        guard let document = HTMLDocument(utf8: decoded.utf8Bytes()), let root = document.root else { return [] }
        var tables: [xmlNodePtr] = []
        collectTables(root, into: &tables)
        return tables.map { table in
            let raw = HTMLTableReader.read(table).rows
            return SpanRecovery.expand(raw).grid.rows.map { row in row.map(\.text) }
        }
    }

    private static func collectTables(_ node: xmlNodePtr, into tables: inout [xmlNodePtr]) {
        guard node.isElement, !HTMLTags.skipped.contains(node.tag) else { return }
        if node.tag == "table" { tables.append(node) }
        for child in node.childNodes { collectTables(child, into: &tables) }
    }
}
