@testable import PlanX

/// Builds table candidates from inline fixtures, numbering lines from `first`.
enum TableFixtures {
    static func candidate(_ text: String, dialect: String = "", first: Int = 10) -> TableCandidate {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            RawLine(number: first + $0.offset, text: String($0.element))
        }
        return TableCandidate(dialect: dialect, lines: lines)
    }

    static func rebuild(_ text: String, dialect: String = "", first: Int = 10) -> (Table, [Diagnostic]) {
        let c = candidate(text, dialect: dialect, first: first)
        let r = TableReconstructor.rebuild(c, id: "table-1", span: Span(startLine: first, endLine: first + c.lines.count - 1))
        return (r.table, r.diagnostics)
    }

    static let nbsp = "\u{00A0}"
}
