/// One cell (or, in paragraph dialects, one paragraph that may be part of a cell) as a dialect read it.
///
/// `parts` are the cell's paragraphs or bullets, each already cleaned with `TextNormalizer`; an empty
/// `parts` is a cell written as empty (a lone NBSP, a space, nothing between two pipes).
struct GridCell: Sendable, Equatable {
    var parts: [String]
    var line: Int
    /// Set when the cell's text was copied from a spanned cell of the row that starts at this line.
    var spannedFrom: Int? = nil
    /// What kind of text the first paragraph is, computed once (the aligner scores it many times).
    /// Row dialects defer it (most of their rows are never aligned): a deferred cell computes it
    /// when read, from `parts` as read, so `resolveFeatures()` must run before `parts` changes.
    var features: CellFeatures { stored.bits == CellFeatures.deferredBits ? CellFeatures(parts.first ?? "") : stored }
    private var stored: CellFeatures

    init(parts: [String], line: Int, spannedFrom: Int? = nil, deferFeatures: Bool = false) {
        self.parts = parts
        self.line = line
        self.spannedFrom = spannedFrom
        self.stored = deferFeatures ? CellFeatures(bits: CellFeatures.deferredBits) : CellFeatures(parts.first ?? "")
    }

    /// Fixes deferred features now, before `parts` changes.
    mutating func resolveFeatures() {
        if stored.bits == CellFeatures.deferredBits { stored = CellFeatures(parts.first ?? "") }
    }

    static func == (a: GridCell, b: GridCell) -> Bool {
        a.parts == b.parts && a.line == b.line && a.spannedFrom == b.spannedFrom && a.features == b.features
    }

    var isEmpty: Bool { parts.isEmpty }
    var text: String { parts.count == 1 ? parts[0] : parts.joined(separator: "\n") }
    /// The first paragraph: what `text` starts with, without joining (`""` when empty).
    var firstPart: String { parts.first ?? "" }

    /// A cell from one raw text: normalised, and empty when only whitespace or NBSP remains.
    static func from(_ raw: String, line: Int, deferFeatures: Bool = false) -> GridCell {
        let t = TextNormalizer.normalize(raw)
        return GridCell(parts: t.isEmpty ? [] : [t], line: line, deferFeatures: deferFeatures)
    }
}

/// What a dialect hands to the common reconstruction: rows of cells, or one stream of units.
///
/// - `rows`: each entry is one source row (`pipe_rows`, `tab_cells`, `markdown`, `lone_pipe`,
///   `html`); a row with fewer cells than columns has spanned cells to recover.
/// - `stream`: one flat list of units (`pipe_cells`, `paragraph_cells`); row boundaries are
///   found later from the STT sequence and the column count. When `joinable`, consecutive units
///   may belong to the same cell (paragraph cells).
struct Grid: Sendable, Equatable {
    enum Shape: Sendable, Equatable { case rows, stream }
    var shape: Shape
    var rows: [[GridCell]]
    var joinable: Bool = false
    /// The source ended inside a cell or row (no closing mark).
    var truncated: Bool = false
    /// Rows (shape `rows`) whose trailing empty slots were written as a glued `||` run:
    /// evidence of a header cell spanning columns. Indexed like `rows`.
    var trailingEmptySlots: [Int] = []
    /// Lines of rows already expanded from explicit spans (HTML): no alignment needed.
    var spansExpanded: Bool = false
    /// How many leading rows are header rows, when the source says so (Markdown rule, HTML `th`).
    var headerRows: Int? = nil
}
