/// Turns a `DeadlineForm` into the `Deadline` of the contract: dates as ISO days, the plan's year
/// filled in where the text gave none (and said so in `note`).
///
/// `Quý IV` with plan year 2024 → quarter 2024-10-01…2024-12-31, note "year not written; taken from the plan (2024)".
enum DeadlineResolver {
    static func resolve(_ form: DeadlineForm, text: String, source: String, defaultYear: Int?) -> Deadline {
        var notes = Notes(defaultYear: defaultYear)
        var d: Deadline
        switch form {
        case .period(let p):
            let p = notes.filled(p)
            d = Deadline(text: text, kind: p.kind, start: p.firstDay?.iso, end: p.lastDay?.iso)
        case .by(let p, let bound):
            let p = notes.filled(p)
            let end: CalendarDay? =
                switch bound {
                case .dayItself, .periodEnd: p.lastDay
                case .beforeStart: p.firstDay?.previous
                }
            d = Deadline(text: text, kind: .by, end: end?.iso)
        case .range(let a, let b):
            let a = notes.filled(a)
            let b = b.map { notes.filled($0) }
            d = Deadline(text: text, kind: .range, start: a.firstDay?.iso, end: b?.lastDay?.iso)
            if b == nil { notes.add("open-ended: no end date written") }
        case .list(let items, let ranges):
            let parts = zip(items, ranges).map { item, range in
                resolve(.period(item), text: String(source[range]), source: source, defaultYear: defaultYear)
            }
            d = Deadline(text: text, kind: .multiple, parts: parts)
            if parts.allSatisfy({ $0.start != nil && $0.end != nil }) {
                d.start = parts.compactMap(\.start).min()
                d.end = parts.compactMap(\.end).max()
            }
        case .recurring(let r):
            d = Deadline(text: text, kind: .recurring, recurrence: r)
        case .continuous(let p):
            let p = p.map { notes.filled($0) }
            d = Deadline(text: text, kind: .continuous, start: p?.firstDay?.iso, end: p?.lastDay?.iso)
        case .event(let range):
            d = Deadline(text: text, kind: .event, event: String(source[range]))
        }
        d.note = notes.text
        return d
    }

    /// The notes gathered while resolving one phrase.
    private struct Notes {
        let defaultYear: Int?
        private var lines: [String] = []

        init(defaultYear: Int?) { self.defaultYear = defaultYear }

        var text: String? { lines.isEmpty ? nil : lines.joined(separator: "; ") }

        mutating func add(_ line: String) {
            if !lines.contains(line) { lines.append(line) }
        }

        /// The period with the plan's year when the text gave none.
        mutating func filled(_ p: DeadlinePeriod) -> DeadlinePeriod {
            guard p.year == nil else { return p }
            guard let defaultYear else {
                add("year not written")
                return p
            }
            add("year not written; taken from the plan (\(defaultYear))")
            var q = p
            q.year = defaultYear
            return q
        }
    }
}
