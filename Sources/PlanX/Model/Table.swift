/// A table rebuilt into a grid: its columns mapped to canonical fields and its rows typed.
public struct Table: Sendable, Equatable {
    /// `table-1`, `table-2`, … in document order.
    public var id: String
    public var title: String?
    public var caption: String?
    /// `tasks`, `scores`, `list`, `layout` or `raw` (region found, grid not rebuilt).
    public var kind: String
    /// The text form the table arrived in: `pipe_rows`, `pipe_cells`, `tab_cells`, `paragraph_cells`, `html`, …
    public var dialect: String
    public var span: Span
    public var columns: [Column]
    public var rows: [Row]

    public init(
        id: String, title: String? = nil, caption: String? = nil, kind: String, dialect: String,
        span: Span, columns: [Column] = [], rows: [Row] = []
    ) {
        self.id = id
        self.title = title
        self.caption = caption
        self.kind = kind
        self.dialect = dialect
        self.span = span
        self.columns = columns
        self.rows = rows
    }

    /// A leaf column: its header text as written (levels joined by " / ") and its canonical field.
    public struct Column: Sendable, Equatable {
        public var header: String
        public var field: String
        public init(header: String, field: String) {
            self.header = header
            self.field = field
        }
    }

    /// One row of the grid.
    public struct Row: Sendable, Equatable {
        /// `header`, `group`, `data`, `total` or `raw`.
        public var kind: String
        public var line: Int
        public var stt: String?
        public var cells: [String]
        /// Line of the row whose spanned cells this row copied, if any.
        public var continues: Int?
        public init(kind: String, line: Int, stt: String? = nil, cells: [String], continues: Int? = nil) {
            self.kind = kind
            self.line = line
            self.stt = stt
            self.cells = cells
            self.continues = continues
        }
    }
}
