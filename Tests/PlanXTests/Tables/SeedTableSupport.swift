import Foundation
@testable import PlanX

/// Cuts a table region out of a corpus document by line numbers (determined by reading the seed).
enum SeedTableSupport {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    static func candidate(_ file: String, lines range: ClosedRange<Int>, guess: String) throws -> TableCandidate {
        let data = try Data(contentsOf: corpus.appendingPathComponent(file))
        let text = String(decoding: data, as: UTF8.self)
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = String(line)
            if s.hasSuffix("\r") { s.removeLast() }
            return s
        }
        let raw = range.map { RawLine(number: $0, text: all[$0 - 1]) }
        return TableCandidate(dialect: guess, lines: raw)
    }

    static func table(_ file: String, lines range: ClosedRange<Int>, guess: String) throws -> (Table, [Diagnostic]) {
        let c = try candidate(file, lines: range, guess: guess)
        let r = TableReconstructor.rebuild(c, id: "table-1", span: Span(startLine: range.lowerBound, endLine: range.upperBound))
        if let dir = ProcessInfo.processInfo.environment["PLANX_TABLE_DUMP"] {
            try? dump(r.table, r.diagnostics).write(toFile: "\(dir)/\(file)-\(range.lowerBound).txt", atomically: true, encoding: .utf8)
        }
        return (r.table, r.diagnostics)
    }

    static func dump(_ t: Table, _ d: [Diagnostic]) -> String {
        var s = "dialect=\(t.dialect) kind=\(t.kind)\n"
        for c in t.columns { s += "COL \(c.field) = \(c.header)\n" }
        for r in t.rows {
            s += "ROW \(r.kind) line=\(r.line) stt=\(r.stt ?? "-") cont=\(r.continues.map(String.init) ?? "-")\n"
            for (i, c) in r.cells.enumerated() {
                s += "   [\(t.columns[i].field)] \(c.replacingOccurrences(of: "\n", with: " ⏎ ").prefix(600))\n"
            }
        }
        for x in d { s += "DIAG \(x.code) \(x.line ?? 0)\n" }
        return s
    }
}
