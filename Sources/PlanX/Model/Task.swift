/// One assignment of the plan: a data row of a task table, typed.
public struct Task: Sendable, Equatable {
    public var id: String
    /// Index into `PlanDocument.tables`.
    public var table: Int
    public var line: Int
    public var stt: String?
    public var groups: [Group]
    public var objective: String?
    public var task: String?
    public var activity: String?
    public var outputs: [String]
    public var lead: [Agency]
    public var partners: [Agency]
    public var deadline: Deadline?
    public var budget: Budget?
    public var notes: String?
    public var scores: Scores?
    /// Cells of columns without a canonical field, keyed by their header.
    public var extra: [String: String]

    public init(
        id: String, table: Int, line: Int, stt: String? = nil, groups: [Group] = [],
        objective: String? = nil, task: String? = nil, activity: String? = nil, outputs: [String] = [],
        lead: [Agency] = [], partners: [Agency] = [], deadline: Deadline? = nil, budget: Budget? = nil,
        notes: String? = nil, scores: Scores? = nil, extra: [String: String] = [:]
    ) {
        self.id = id
        self.table = table
        self.line = line
        self.stt = stt
        self.groups = groups
        self.objective = objective
        self.task = task
        self.activity = activity
        self.outputs = outputs
        self.lead = lead
        self.partners = partners
        self.deadline = deadline
        self.budget = budget
        self.notes = notes
        self.scores = scores
        self.extra = extra
    }

    /// A group row the task sits under: `I` / `Cải cách thể chế`.
    public struct Group: Sendable, Equatable {
        public var stt: String?
        public var title: String
        public init(stt: String?, title: String) {
            self.stt = stt
            self.title = title
        }
    }

    /// Money: the cell as written and the funding sources named in it.
    public struct Budget: Sendable, Equatable {
        public var text: String
        public var sources: [String]
        public init(text: String, sources: [String]) {
            self.text = text
            self.sources = sources
        }
    }

    /// Score columns of an index-improvement plan (`Điểm tối đa`, `Kết quả năm trước`, `Mục tiêu năm …`).
    public struct Scores: Sendable, Equatable {
        public var max: Double?
        public var prior: Double?
        public var target: Double?
        public init(max: Double? = nil, prior: Double? = nil, target: Double? = nil) {
            self.max = max
            self.prior = prior
            self.target = target
        }
    }
}

/// A body named in a task: `Sở Nội vụ`, `UBND các huyện, thị xã, thành phố`.
public struct Agency: Sendable, Equatable {
    /// Canonical name with abbreviations expanded.
    public var name: String
    /// As written.
    public var text: String
    /// `department`, `office`, `committee`, `central`, `group` or `other`.
    public var kind: String
    /// An instruction attached to the body (`Sở X: chủ trì tham mưu …`), or nil.
    public var note: String?
    public init(name: String, text: String, kind: String, note: String? = nil) {
        self.name = name
        self.text = text
        self.kind = kind
        self.note = note
    }
}

/// When a task is due, as written and as dates.
///
/// `Quý IV/2021` → kind `quarter`, start 2021-10-01, end 2021-12-31.
public struct Deadline: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case date, by, month, quarter, half, year, range, recurring, continuous, event, multiple, unknown
    }
    public var text: String
    public var kind: Kind
    /// ISO `YYYY-MM-DD` or nil.
    public var start: String?
    public var end: String?
    public var recurrence: Recurrence?
    public var event: String?
    public var parts: [Deadline]?
    /// Why a value was inferred (e.g. the year taken from the plan), or nil.
    public var note: String?

    public init(
        text: String, kind: Kind, start: String? = nil, end: String? = nil, recurrence: Recurrence? = nil,
        event: String? = nil, parts: [Deadline]? = nil, note: String? = nil
    ) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.recurrence = recurrence
        self.event = event
        self.parts = parts
        self.note = note
    }

    /// A repeating deadline: `Tháng 1 hàng năm` → yearly, month 1.
    public struct Recurrence: Sendable, Equatable {
        /// `yearly`, `quarterly` or `monthly`.
        public var freq: String
        public var month: Int?
        public var quarter: Int?
        public var day: Int?
        public init(freq: String, month: Int? = nil, quarter: Int? = nil, day: Int? = nil) {
            self.freq = freq
            self.month = month
            self.quarter = quarter
            self.day = day
        }
    }
}
