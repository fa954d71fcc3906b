/// Diagnostics of the Tables stage.
extension Diagnostic {
    /// The table's columns could not be told from its header (no header row before the first STT).
    static func tableHeaderNotFound(line: Int) -> Diagnostic {
        Diagnostic(.warning, "tables.header-not-found", "no header row found; columns are unnamed", line: line)
    }

    /// A row whose cells could not all be placed in columns with confidence.
    static func rowAmbiguous(line: Int) -> Diagnostic {
        Diagnostic(.info, "tables.row-ambiguous", "cell boundaries of this row were inferred from column content", line: line)
    }

    /// A row with more cells than the table has columns; the extra cells were joined into the last one.
    static func rowTooWide(cells: Int, columns: Int, line: Int) -> Diagnostic {
        Diagnostic(.warning, "tables.row-too-wide", "row has \(cells) cells but the table has \(columns) columns", line: line)
    }

    /// A `rowspan`/`colspan` outside the table (or absurd) was clamped.
    static func spanClamped(line: Int) -> Diagnostic {
        Diagnostic(.warning, "tables.span-clamped", "cell span reaches outside the table and was clamped", line: line)
    }

    /// The document ends inside the table; the rows that are there are kept.
    static func truncated(line: Int) -> Diagnostic {
        Diagnostic(.warning, "tables.truncated", "the document ends inside the table; its last row is incomplete", line: line)
    }

    /// A page header or footer copied out of a PDF (`CÔNG BÁO/Số 12/…`, `Trang 4`) inside a table was dropped.
    static func pageHeaderDropped(line: Int) -> Diagnostic {
        Diagnostic(.info, "tables.page-header-dropped", "page header or footer inside the table was dropped", line: line)
    }
}
