/// The whole result of reading one plan document: the JSON contract of
/// `schemas/planx-document.schema.json` (version 1) as plain value types.
///
/// Stages fill it; only writers turn it into bytes. Every object that comes from
/// the source carries the 1-based line of the decoded source it came from.
public struct PlanDocument: Sendable, Equatable {
    public var planxVersion: String
    public var schemaVersion: Int
    public var source: SourceInfo
    public var metadata: Metadata
    public var outline: [Section]
    public var tables: [Table]
    public var tasks: [Task]
    public var citations: [Citation]
    public var abbreviations: [Abbreviation]
    public var footnotes: [Footnote]
    /// Line ranges outside the outline and the tables: what fed the metadata (header,
    /// title, bases, signature, …) and what is not the document at all (site chrome,
    /// scraper repeats). With the outline and the tables they account for every source line.
    public var regions: [Region]
    public var diagnostics: [Diagnostic]

    public init(
        planxVersion: String = PlanX.version, schemaVersion: Int = PlanX.schemaVersion,
        source: SourceInfo, metadata: Metadata = Metadata(), outline: [Section] = [],
        tables: [Table] = [], tasks: [Task] = [], citations: [Citation] = [],
        abbreviations: [Abbreviation] = [], footnotes: [Footnote] = [],
        regions: [Region] = [], diagnostics: [Diagnostic] = []
    ) {
        self.planxVersion = planxVersion
        self.schemaVersion = schemaVersion
        self.source = source
        self.metadata = metadata
        self.outline = outline
        self.tables = tables
        self.tasks = tasks
        self.citations = citations
        self.abbreviations = abbreviations
        self.footnotes = footnotes
        self.regions = regions
        self.diagnostics = diagnostics
    }
}

/// Where the document came from and how its bytes were decoded.
public struct SourceInfo: Sendable, Equatable {
    public var name: String
    /// `text`, `html` or `docx`.
    public var format: String
    /// The encoding the bytes were decoded from, e.g. `utf-8`, `utf-8-bom`, `utf-16le`, `windows-1258`.
    public var encoding: String
    public var sha256: String
    public var bytes: Int
    public var lines: Int

    public init(name: String, format: String, encoding: String, sha256: String, bytes: Int, lines: Int) {
        self.name = name
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.bytes = bytes
        self.lines = lines
    }
}

/// A 1-based, inclusive range of source lines.
public struct Span: Sendable, Equatable, Hashable {
    public var startLine: Int
    public var endLine: Int
    public init(startLine: Int, endLine: Int) {
        self.startLine = startLine
        self.endLine = endLine
    }
    public init(line: Int) { self.init(startLine: line, endLine: line) }
}

/// A run of source lines that is not outline or table, with what it is.
public struct Region: Sendable, Equatable {
    /// Metadata regions: `header`, `title`, `caption`, `basis`, `signature`, `recipients`, `footnote`;
    /// boilerplate: `site_chrome`, `site_metadata`, `related_documents`, `repeated_block`, `separator`.
    public var kind: String
    public var span: Span
    public init(kind: String, span: Span) {
        self.kind = kind
        self.span = span
    }
}
