/// The document's identity: what it is, who issued it, when, and on what basis.
///
/// Example: `Số: 3638/KH-UBND` → `number`; `Gia Lai, ngày 26 tháng 12 năm 2023`
/// → `place` "Gia Lai", `issued` "2023-12-26".
public struct Metadata: Sendable, Equatable {
    public var number: String?
    /// `Kế hoạch`, `Quyết định`, `Chương trình hành động`, … as the document names itself.
    public var type: String?
    public var issuer: String?
    public var province: String?
    public var place: String?
    /// ISO date `YYYY-MM-DD`.
    public var issued: String?
    public var title: String?
    public var signer: Signer?
    public var field: String?
    public var bases: [String]
    /// The plan a Quyết định carries ("Kèm theo Quyết định số …"), or nil.
    public var plan: AttachedPlan?
    /// The source line of each field that was found, keyed by the field's JSON name.
    public var lines: [String: Int]

    public init(
        number: String? = nil, type: String? = nil, issuer: String? = nil, province: String? = nil,
        place: String? = nil, issued: String? = nil, title: String? = nil, signer: Signer? = nil,
        field: String? = nil, bases: [String] = [], plan: AttachedPlan? = nil, lines: [String: Int] = [:]
    ) {
        self.number = number
        self.type = type
        self.issuer = issuer
        self.province = province
        self.place = place
        self.issued = issued
        self.title = title
        self.signer = signer
        self.field = field
        self.bases = bases
        self.plan = plan
        self.lines = lines
    }
}

/// Who signed: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / `Nguyễn Văn A`.
public struct Signer: Sendable, Equatable {
    public var name: String?
    /// The signer's own office, e.g. `Phó Chủ tịch`.
    public var title: String?
    /// The signing authority line, e.g. `TM. Ủy ban nhân dân` or `KT. Chủ tịch`.
    public var authority: String?
    public init(name: String? = nil, title: String? = nil, authority: String? = nil) {
        self.name = name
        self.title = title
        self.authority = authority
    }
}

/// The plan attached to a decision: its own heading and the decision that carries it.
public struct AttachedPlan: Sendable, Equatable {
    public var type: String?
    public var title: String?
    public var number: String?
    public var issued: String?
    public var line: Int
    public init(type: String? = nil, title: String? = nil, number: String? = nil, issued: String? = nil, line: Int) {
        self.type = type
        self.title = title
        self.number = number
        self.issued = issued
        self.line = line
    }
}

/// A reference in the text to another legal document: `Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ`.
public struct Citation: Sendable, Equatable {
    /// `Nghị quyết`, `Quyết định`, `Chỉ thị`, `Luật`, …
    public var kind: String
    public var number: String?
    public var issuer: String?
    /// ISO date or nil.
    public var date: String?
    public var line: Int
    public init(kind: String, number: String? = nil, issuer: String? = nil, date: String? = nil, line: Int) {
        self.kind = kind
        self.number = number
        self.issuer = issuer
        self.date = date
        self.line = line
    }
}

/// An abbreviation the document defines: `cải cách hành chính (sau đây viết tắt là CCHC)`.
public struct Abbreviation: Sendable, Equatable {
    public var short: String
    public var long: String
    public var line: Int
    public init(short: String, long: String, line: Int) {
        self.short = short
        self.long = long
        self.line = line
    }
}

/// A footnote whose text the document carries; `line` is the line of the text.
public struct Footnote: Sendable, Equatable {
    public var marker: String
    public var text: String
    public var line: Int
    public init(marker: String, text: String, line: Int) {
        self.marker = marker
        self.text = text
        self.line = line
    }
}
