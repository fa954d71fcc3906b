/// The neutral unit every reader produces: a paragraph line or a table candidate,
/// with its source lines, layout hints and role.
///
/// Readers set `role` only for what is plainly not the document (site chrome,
/// markup); the Regions stage assigns the other roles. Nobody but Outline decides
/// what a heading means.
struct SourceBlock: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case text, table }

    var kind: Kind
    /// Normalised text (`TextNormalizer`) for `.text`; empty for `.table`.
    var text: String
    var line: Int
    var endLine: Int
    var role: BlockRole = .body
    var style: TextStyle = []
    var table: TableCandidate? = nil

    static func text(_ text: String, line: Int, endLine: Int? = nil, style: TextStyle = [], role: BlockRole = .body) -> SourceBlock {
        SourceBlock(kind: .text, text: text, line: line, endLine: endLine ?? line, role: role, style: style)
    }
}

/// Layout evidence a reader saw (HTML tags and classes, text-copy shapes).
struct TextStyle: OptionSet, Sendable, Equatable {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }
    static let bold = TextStyle(rawValue: 1)
    static let centered = TextStyle(rawValue: 2)
    /// An HTML `h1`–`h6` or a heading class such as vbpl's `prov-chapter`.
    static let heading = TextStyle(rawValue: 4)
    static let italic = TextStyle(rawValue: 8)
    /// Text that sat in a cell of a layout table (header or signature block).
    static let layoutCell = TextStyle(rawValue: 16)
}

/// What a block is for. `body` blocks make the outline; the others feed metadata or are boilerplate.
enum BlockRole: String, Sendable, Equatable {
    case body
    /// Website navigation, headers, footers, scripts: not the document.
    case chrome = "site_chrome"
    /// The site's own metadata block (`Số hiệu | 6832/KH-UBND |`, `Ngày ban hành: …`).
    case siteMetadata = "site_metadata"
    /// A site's list of related documents.
    case relatedDocuments = "related_documents"
    /// A verbatim repeat of an earlier block made by a scraper.
    case repeated = "repeated_block"
    /// Separator lines (`-------`, lone NBSP, lone `|`).
    case separator
    /// The document's header block: issuer, national motto, number, place and date.
    case header
    /// The document type and title lines (`KẾ HOẠCH` / `Cải cách hành chính năm 2024`).
    case title
    /// `(Kèm theo Quyết định số …)` under an attached plan's title.
    case caption
    /// `Căn cứ …`, `Thực hiện …`, `Theo đề nghị …` before the body.
    case basis
    /// The signature block: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, name.
    case signature
    /// `Nơi nhận:` and its list.
    case recipients
    /// Footnote texts at the end of the document.
    case footnote

    /// Roles whose lines are not document content at all.
    var isBoilerplate: Bool {
        switch self {
        case .chrome, .siteMetadata, .relatedDocuments, .repeated, .separator: return true
        default: return false
        }
    }
}

/// A region a reader believes is a table, before any cell is rebuilt.
///
/// Text readers give the raw lines (the Tables stage's dialects split them into
/// cells); the HTML reader gives cells with their spans directly.
struct TableCandidate: Sendable, Equatable {
    /// The reader's guess of the text form: `pipe_rows`, `pipe_cells`, `tab_cells`,
    /// `paragraph_cells`, `lone_pipe`, `markdown`, `pdf_text`, `html`.
    var dialect: String
    /// Raw source lines of the region (text input), blank lines included.
    var lines: [RawLine] = []
    /// Cells as written, row by row (HTML input).
    var rows: [[RawCell]] = []
}

/// One source line exactly as decoded.
struct RawLine: Sendable, Equatable {
    var number: Int
    var text: String
}

/// A cell as a structured reader found it, before spans are expanded.
struct RawCell: Sendable, Equatable {
    var text: String
    var line: Int
    var rowspan: Int = 1
    var colspan: Int = 1
    var isHeader: Bool = false
}
