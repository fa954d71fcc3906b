/// The rules of a deadline phrase, over `DeadlineToken`s: a small hand-written recursive-descent
/// grammar that either reads the WHOLE phrase or gives up (nil), so nothing is guessed.
///
/// ```
/// phrase     := event | continuous | recurring | by | range | periods
/// event      := ("sau" | "ngay sau" | "khi" | "trước khi" | "kể từ khi" | "theo" | "tùy theo") …
/// continuous := ("thường xuyên" | "liên tục") [", liên tục"] ["hàng năm"] [["trong"] "năm" [Y]]
/// recurring  := ["định kỳ"] (every [anchor] | [op] anchor every)      every := ("hàng"|"mỗi") unit
/// by         := ("trước" | "chậm nhất" | "đến [hết]" | "hạn chót" | "không quá" …) period
/// range      := "từ" period [("đến"|"-") period] | "giai đoạn" period "-" period
/// periods    := ["trong"|"vào"|"cả"] period (("-"|"đến") period | open-end | ("," | "và") period …)
/// period     := "ngày" d/m[/y] | "quý" Q[/Y] | "tháng" m[/Y] | "6 tháng đầu|cuối năm" [Y] | "năm" Y | Y | d/m/y | m/Y
/// ```
struct DeadlineGrammar {
    private var c: DeadlineCursor

    private init(_ tokens: ArraySlice<DeadlineToken>) { c = DeadlineCursor(tokens) }

    /// Reads the whole token run as one phrase, or returns nil.
    static func parse(_ tokens: ArraySlice<DeadlineToken>) -> DeadlineForm? {
        guard !tokens.isEmpty else { return nil }
        // The rules in order, without an array of closures per phrase.
        for rule in 0..<5 {
            var g = DeadlineGrammar(tokens)
            let form: DeadlineForm? =
                switch rule {
                case 0: g.event()
                case 1: g.continuous()
                case 2: g.recurring()
                case 3: g.by()
                default: g.periods()
                }
            if let form, g.c.atEnd { return form }
        }
        return nil
    }

    // MARK: - Phrases

    private mutating func event() -> DeadlineForm? {
        let start = c.pos
        if c.word("theo") {
            if let freq = unitFrequency(), c.atEnd { return .recurring(Deadline.Recurrence(freq: freq)) }
            c.pos = start + 1
            return c.atEnd ? nil : c.takeRest(from: start)
        }
        if c.words("tùy", "theo") || c.words("tuỳ", "theo") || c.word("sau") || c.words("ngay", "sau") || c.word("khi")
            || c.words("trước", "khi") || c.words("kể", "từ", "khi")
        {
            return c.atEnd ? nil : c.takeRest(from: start)
        }
        return nil
    }

    private mutating func continuous() -> DeadlineForm? {
        guard c.words("thường", "xuyên") || c.words("liên", "tục") else { return nil }
        _ = c.mark(",") ? c.words("liên", "tục") : false
        _ = c.words("hàng", "năm")
        if c.atEnd { return .continuous(nil) }
        let hadTrong = c.word("trong")
        if c.word("năm") {
            if c.atEnd { return hadTrong ? .continuous(.year(nil)) : nil }
            if let y = c.year() { return .continuous(.year(y)) }
        }
        return nil
    }

    private mutating func recurring() -> DeadlineForm? {
        _ = c.words("định", "kỳ")
        _ = c.mark(",")
        if let freq = every() {
            _ = c.mark(",")
            if c.atEnd { return .recurring(Deadline.Recurrence(freq: freq)) }
            _ = dueOperator()
            guard let anchor = anchor() else { return nil }
            return recurrence(freq, anchor)
        }
        _ = dueOperator()
        guard let anchor = anchor() else { return nil }
        _ = c.mark(",")
        guard let freq = every() else { return nil }
        return recurrence(freq, anchor)
    }

    private mutating func by() -> DeadlineForm? {
        let start = c.pos
        let isBefore: Bool
        if c.word("trước") {
            isBefore = true
        } else if c.words("chậm", "nhất") || c.words("muộn", "nhất") || c.words("không", "quá") || c.words("hạn", "chót")
            || c.words("hạn", "cuối") || c.word("hạn") || c.word("đến") || c.word("hết")
        {
            isBefore = false
            _ = c.word("là") || c.word("hết") || c.word("vào") || c.word("trong") || c.word("trước")
            _ = c.mark(":")
        } else {
            return nil
        }
        if c.peekWord("sau") || c.peekWord("khi") { return c.takeRest(from: start) }
        guard let p = c.period() else { return nil }
        if p.unit == .day { return .by(p, .dayItself) }
        return .by(p, isBefore ? .beforeStart : .periodEnd)
    }

    private mutating func periods() -> DeadlineForm? {
        if c.words("kể", "từ") || c.word("từ") {
            guard let a = c.period() else { return nil }
            if c.atEnd { return .range(a, nil) }
            guard rangeSeparator(), let b = c.period() else { return nil }
            return ordered(a, b)
        }
        if c.words("giai", "đoạn") {
            _ = c.word("từ")
            guard let a = c.period(), rangeSeparator(), let b = c.period() else { return nil }
            return ordered(a, b)
        }
        let filler = c.words("trong", "suốt") || c.word("trong") || c.word("vào") || c.word("cả")
        if filler, c.peekWord("năm"), c.pos + 1 == c.tokens.endIndex {
            c.pos += 1
            return .period(.year(nil))
        }
        let first = c.pos
        guard let a = c.period() else { return nil }
        if c.atEnd { return .period(a) }
        if openEnd() { return .range(a, nil) }
        let afterFirst = c.pos
        // `Quý III-IV/2024`, `Tháng 3-6/2024`: the second end may be a bare number.
        if rangeSeparator(), let b = c.period() ?? c.continuation(of: a.unit) { return ordered(a, b) }
        c.pos = afterFirst
        return list(startingWith: a, at: first)
    }

    // MARK: - Lists, ranges, recurrence

    /// `Quý II và Quý III` (adjacent → one range), `Quý I, II/2022`, `Quý I và Quý III` (a list).
    private mutating func list(startingWith first: DeadlinePeriod, at firstToken: Int) -> DeadlineForm? {
        var items = [first]
        var ranges = [c.tokens[firstToken].range.lowerBound..<c.tokens[c.pos - 1].range.upperBound]
        while c.mark(",") || c.word("và") || c.mark("&") {
            let from = c.pos
            guard let next = c.period() ?? c.continuation(of: first.unit), next.unit == first.unit else { return nil }
            items.append(next)
            ranges.append(c.tokens[from].range.lowerBound..<c.tokens[c.pos - 1].range.upperBound)
        }
        guard items.count > 1 else { return nil }
        // A year written on a later item covers the earlier ones (`Quý I, II/2022`).
        var carried: Int? = nil
        for i in items.indices.reversed() {
            if let y = items[i].year { carried = y } else { items[i].year = carried }
        }
        let adjacent = zip(items, items.dropFirst()).allSatisfy { $1.ordinal == $0.ordinal + 1 }
        return adjacent ? .range(items[0], items[items.count - 1]) : .list(items, ranges)
    }

    private func ordered(_ a: DeadlinePeriod, _ b: DeadlinePeriod) -> DeadlineForm? {
        var a = a, b = b
        if a.year == nil, let y = b.year {
            a.year = y
            if a.unit == b.unit, a.ordinal > b.ordinal { a.year = y - 1 }
        }
        if b.year == nil { b.year = a.year }
        if let s = a.firstDay, let e = b.lastDay, e < s { return nil }
        return .range(a, b)
    }

    private mutating func rangeSeparator() -> Bool {
        if c.mark("-") { return true }
        guard c.word("đến") else { return false }
        _ = c.word("hết")
        return true
    }

    /// `và các năm tiếp theo`, `và những năm sau`, `trở đi`.
    private mutating func openEnd() -> Bool {
        let start = c.pos
        if c.words("trở", "đi") || c.words("trở", "về", "sau") { return true }
        _ = c.word("và")
        if c.word("các") || c.word("những"), c.word("năm"),
            c.words("tiếp", "theo") || c.word("tiếp") || c.word("sau") || c.words("về", "sau")
        {
            return true
        }
        c.pos = start
        return false
    }

    private mutating func every() -> String? {
        let start = c.pos
        if c.word("hàng") || c.word("mỗi"), let freq = unitFrequency() { return freq }
        c.pos = start
        return nil
    }

    private mutating func unitFrequency() -> String? {
        c.word("năm") ? "yearly" : c.word("quý") ? "quarterly" : c.word("tháng") ? "monthly" : nil
    }

    private mutating func dueOperator() -> Bool {
        c.word("trước") || c.word("vào") || c.word("trong") || c.words("chậm", "nhất")
    }

    /// A yearless day, month or quarter that a recurrence repeats: `ngày 15`, `tháng 1`, `quý I`, `20/12`.
    private mutating func anchor() -> (month: Int?, quarter: Int?, day: Int?)? {
        let start = c.pos
        if c.word("ngày") {
            guard let d = c.number(maxDigits: 2), (1...31).contains(d) else { c.pos = start; return nil }
            if c.mark("/") || c.mark("-") || c.word("tháng") {
                guard let m = c.monthNumber() else { c.pos = start; return nil }
                return (m, nil, d)
            }
            return (nil, nil, d)
        }
        if c.word("tháng") {
            guard let m = c.monthNumber() else { c.pos = start; return nil }
            return (m, nil, nil)
        }
        if c.word("quý") {
            guard let q = c.quarterNumber() else { c.pos = start; return nil }
            return (nil, q, nil)
        }
        if let d = c.number(maxDigits: 2), c.mark("/"), let m = c.monthNumber(), (1...31).contains(d) { return (m, nil, d) }
        c.pos = start
        return nil
    }

    private func recurrence(_ freq: String, _ a: (month: Int?, quarter: Int?, day: Int?)) -> DeadlineForm? {
        switch freq {
        case "monthly" where a.month != nil || a.quarter != nil: return nil
        case "quarterly" where a.month != nil || a.quarter != nil: return nil
        default: break
        }
        if let m = a.month, let d = a.day, d > CalendarDay.daysIn(month: m, year: 2000) { return nil }
        return .recurring(Deadline.Recurrence(freq: freq, month: a.month, quarter: a.quarter, day: a.day))
    }
}
