/// One node of the outline: a numbered or titled heading with its content.
///
/// `II. MỤC TIÊU` → marker `II.`, scheme `roman`; a numbered item whose line is a
/// long sentence has `title == nil` and its text as the first block.
public struct Section: Sendable, Equatable {
    public var marker: String?
    public var scheme: NumberingScheme
    public var level: Int
    public var title: String?
    public var line: Int
    public var span: Span
    /// The heading's own lines: its marker line and the lines its title continues on.
    public var headingSpan: Span
    public var blocks: [Block]
    public var children: [Section]

    public init(
        marker: String?, scheme: NumberingScheme, level: Int, title: String?, line: Int,
        span: Span, headingSpan: Span? = nil, blocks: [Block] = [], children: [Section] = []
    ) {
        self.marker = marker
        self.scheme = scheme
        self.level = level
        self.title = title
        self.line = line
        self.span = span
        self.headingSpan = headingSpan ?? Span(line: line)
        self.blocks = blocks
        self.children = children
    }
}

/// How a heading is numbered.
public enum NumberingScheme: String, Sendable, Equatable, CaseIterable {
    case roman, arabic, decimal
    case upperLetter = "upper_letter"
    case letter, article, chapter, part, appendix, caps
}

/// Content inside a section: a paragraph, a bullet (with nested bullets) or a table reference.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable { case paragraph, bullet, table }
    public var kind: Kind
    public var marker: String?
    public var text: String
    public var line: Int
    /// Last source line of the block (a layout cell or HTML paragraph may cover several).
    public var endLine: Int
    /// Index into `PlanDocument.tables` for `kind == .table`.
    public var table: Int?
    public var children: [Block]

    public init(kind: Kind, marker: String? = nil, text: String, line: Int, endLine: Int? = nil, table: Int? = nil,
                children: [Block] = []) {
        self.endLine = max(endLine ?? line, line)
        self.kind = kind
        self.marker = marker
        self.text = text
        self.line = line
        self.table = table
        self.children = children
    }
}
