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
    private let tokens: [DeadlineToken]
    private var pos = 0

    private init(_ tokens: ArraySlice<DeadlineToken>) { self.tokens = Array(tokens) }

    /// Reads the whole token run as one phrase, or returns nil.
    static func parse(_ tokens: ArraySlice<DeadlineToken>) -> DeadlineForm? {
        guard !tokens.isEmpty else { return nil }
        let rules: [(inout DeadlineGrammar) -> DeadlineForm?] = [
            { $0.event() }, { $0.continuous() }, { $0.recurring() }, { $0.by() }, { $0.periods() },
        ]
        for rule in rules {
            var g = DeadlineGrammar(tokens)
            if let form = rule(&g), g.atEnd { return form }
        }
        return nil
    }

    // MARK: - Phrases

    private mutating func event() -> DeadlineForm? {
        let start = pos
        if word("theo") {
            if let freq = unitFrequency(), atEnd { return .recurring(Deadline.Recurrence(freq: freq)) }
            pos = start + 1
            return atEnd ? nil : takeRest(from: start)
        }
        if words("tùy", "theo") || words("tuỳ", "theo") || word("sau") || words("ngay", "sau") || word("khi")
            || words("trước", "khi") || words("kể", "từ", "khi")
        {
            return atEnd ? nil : takeRest(from: start)
        }
        return nil
    }

    private mutating func continuous() -> DeadlineForm? {
        guard words("thường", "xuyên") || words("liên", "tục") else { return nil }
        _ = mark(",") ? words("liên", "tục") : false
        _ = words("hàng", "năm")
        if atEnd { return .continuous(nil) }
        let hadTrong = word("trong")
        if word("năm") {
            if atEnd { return hadTrong ? .continuous(.year(nil)) : nil }
            if let y = year() { return .continuous(.year(y)) }
        }
        return nil
    }

    private mutating func recurring() -> DeadlineForm? {
        _ = words("định", "kỳ")
        _ = mark(",")
        if let freq = every() {
            _ = mark(",")
            if atEnd { return .recurring(Deadline.Recurrence(freq: freq)) }
            _ = dueOperator()
            guard let anchor = anchor() else { return nil }
            return recurrence(freq, anchor)
        }
        _ = dueOperator()
        guard let anchor = anchor() else { return nil }
        _ = mark(",")
        guard let freq = every() else { return nil }
        return recurrence(freq, anchor)
    }

    private mutating func by() -> DeadlineForm? {
        let start = pos
        let isBefore: Bool
        if word("trước") {
            isBefore = true
        } else if words("chậm", "nhất") || words("muộn", "nhất") || words("không", "quá") || words("hạn", "chót")
            || words("hạn", "cuối") || word("hạn") || word("đến") || word("hết")
        {
            isBefore = false
            _ = word("là") || word("hết") || word("vào") || word("trong") || word("trước")
            _ = mark(":")
        } else {
            return nil
        }
        if peekWord("sau") || peekWord("khi") { return takeRest(from: start) }
        guard let p = period() else { return nil }
        if p.unit == .day { return .by(p, .dayItself) }
        return .by(p, isBefore ? .beforeStart : .periodEnd)
    }

    private mutating func periods() -> DeadlineForm? {
        if words("kể", "từ") || word("từ") {
            guard let a = period() else { return nil }
            if atEnd { return .range(a, nil) }
            guard rangeSeparator(), let b = period() else { return nil }
            return ordered(a, b)
        }
        if words("giai", "đoạn") {
            _ = word("từ")
            guard let a = period(), rangeSeparator(), let b = period() else { return nil }
            return ordered(a, b)
        }
        let filler = word("trong") || word("vào") || word("cả") || words("trong", "suốt")
        if filler, peekWord("năm"), pos + 1 == tokens.count {
            pos += 1
            return .period(.year(nil))
        }
        let first = pos
        guard let a = period() else { return nil }
        if atEnd { return .period(a) }
        if openEnd() { return .range(a, nil) }
        let afterFirst = pos
        if rangeSeparator(), let b = period() { return ordered(a, b) }
        pos = afterFirst
        return list(startingWith: a, at: first)
    }

    // MARK: - Periods

    private mutating func period() -> DeadlinePeriod? {
        let start = pos
        let p: DeadlinePeriod?
        if word("ngày") {
            p = numericDate()
        } else if word("quý") {
            if let q = quarterNumber() { p = .quarter(yearSuffix(allowDash: true), q) } else { p = nil }
        } else if word("tháng") {
            p = monthWithYear()
        } else if let h = half() {
            p = h
        } else if word("năm") {
            p = year().map { .year($0) }
        } else if let y = year() {
            p = .year(y)
        } else {
            p = numericDate()
        }
        guard let p, p.isValid else { pos = start; return nil }
        return p
    }

    /// `20/3/2024`, `20-3-2024`, `20/3`, `15 tháng 7 năm 2021`, `3/2024` (a month).
    private mutating func numericDate() -> DeadlinePeriod? {
        guard let d = number(maxDigits: 2) else { return nil }
        if word("tháng") {
            guard let m = number(maxDigits: 2) else { return nil }
            return .date(word("năm") ? year() : nil, m, d)
        }
        guard let sep = peek, sep.kind == .mark, ["/", "-", "."].contains(sep.text) else { return nil }
        pos += 1
        guard let second = peek, second.kind == .number else { return nil }
        if second.digits == 4 { return year().map { .month($0, d) } }
        guard let m = number(maxDigits: 2) else { return nil }
        if mark(sep.text) {
            guard let y = year() else { return nil }
            return .date(y, m, d)
        }
        return .date(word("năm") ? year() : nil, m, d)
    }

    /// `6 tháng đầu năm 2024`, `06 tháng cuối năm`, `nửa đầu năm`.
    private mutating func half() -> DeadlinePeriod? {
        let start = pos
        let six = (peek?.kind == .number && peek?.value == 6 && (peek?.digits ?? 0) <= 2) || peekWord("sáu")
        if six {
            pos += 1
            guard word("tháng") else { pos = start; return nil }
        } else if !word("nửa") {
            return nil
        }
        let h = word("đầu") ? 1 : word("cuối") ? 2 : 0
        guard h > 0, word("năm") else { pos = start; return nil }
        return .half(year(), h)
    }

    /// `tháng m` and what follows: `/2024`, `-2024`, ` năm 2024` or nothing; nil for `tháng 10/9/2021`.
    private mutating func monthWithYear() -> DeadlinePeriod? {
        guard let m = monthNumber() else { return nil }
        if let sep = peek, sep.isMark("/") || sep.isMark("-") {
            guard tokens.indices.contains(pos + 1), tokens[pos + 1].digits == 4 else {
                // `tháng 3 - tháng 6` keeps its dash for the range; `tháng 10/9/2021` is not a month.
                return sep.isMark("-") ? .month(nil, m) : nil
            }
            pos += 1
            return year().map { .month($0, m) }
        }
        if word("năm") { return year().map { .month($0, m) } }
        return .month(nil, m)
    }

    private mutating func yearSuffix(allowDash: Bool) -> Int? {
        let start = pos
        if mark("/") || (allowDash && mark("-")) || word("năm"), let y = year() { return y }
        pos = start
        return nil
    }

    // MARK: - Lists, ranges, recurrence

    /// `Quý II và Quý III` (adjacent → one range), `Quý I, II/2022`, `Quý I và Quý III` (a list).
    private mutating func list(startingWith first: DeadlinePeriod, at firstToken: Int) -> DeadlineForm? {
        var items = [first]
        var ranges = [tokens[firstToken].range.lowerBound..<tokens[pos - 1].range.upperBound]
        while mark(",") || word("và") || mark("&") {
            let from = pos
            guard let next = period() ?? continuation(of: first.unit), next.unit == first.unit else { return nil }
            items.append(next)
            ranges.append(tokens[from].range.lowerBound..<tokens[pos - 1].range.upperBound)
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

    /// A bare item after a comma: `II/2022` after `Quý I`, `6/2024` after `tháng 3`.
    private mutating func continuation(of unit: DeadlinePeriod.Unit) -> DeadlinePeriod? {
        switch unit {
        case .quarter:
            guard let q = quarterNumber() else { return nil }
            return .quarter(yearSuffix(allowDash: false), q)
        case .month: return monthWithYear()
        default: return nil
        }
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
        if mark("-") { return true }
        guard word("đến") else { return false }
        _ = word("hết")
        return true
    }

    /// `và các năm tiếp theo`, `và những năm sau`, `trở đi`.
    private mutating func openEnd() -> Bool {
        let start = pos
        if words("trở", "đi") || words("trở", "về", "sau") { return true }
        _ = word("và")
        if word("các") || word("những"), word("năm"),
            words("tiếp", "theo") || word("tiếp") || word("sau") || words("về", "sau")
        {
            return true
        }
        pos = start
        return false
    }

    private mutating func every() -> String? {
        let start = pos
        if word("hàng") || word("mỗi"), let freq = unitFrequency() { return freq }
        pos = start
        return nil
    }

    private mutating func unitFrequency() -> String? {
        word("năm") ? "yearly" : word("quý") ? "quarterly" : word("tháng") ? "monthly" : nil
    }

    private mutating func dueOperator() -> Bool {
        word("trước") || word("vào") || word("trong") || words("chậm", "nhất")
    }

    /// A yearless day, month or quarter that a recurrence repeats: `ngày 15`, `tháng 1`, `quý I`, `20/12`.
    private mutating func anchor() -> (month: Int?, quarter: Int?, day: Int?)? {
        let start = pos
        if word("ngày") {
            guard let d = number(maxDigits: 2), (1...31).contains(d) else { pos = start; return nil }
            if mark("/") || mark("-") || word("tháng") {
                guard let m = monthNumber() else { pos = start; return nil }
                return (m, nil, d)
            }
            return (nil, nil, d)
        }
        if word("tháng") {
            guard let m = monthNumber() else { pos = start; return nil }
            return (m, nil, nil)
        }
        if word("quý") {
            guard let q = quarterNumber() else { pos = start; return nil }
            return (nil, q, nil)
        }
        if let d = number(maxDigits: 2), mark("/"), let m = monthNumber(), (1...31).contains(d) { return (m, nil, d) }
        pos = start
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

    // MARK: - Tokens

    private var atEnd: Bool { pos >= tokens.count }
    private var peek: DeadlineToken? { pos < tokens.count ? tokens[pos] : nil }
    private func peekWord(_ w: String) -> Bool { peek?.isWord(w) ?? false }

    private mutating func word(_ w: String) -> Bool {
        guard peekWord(w) else { return false }
        pos += 1
        return true
    }

    private mutating func words(_ ws: String...) -> Bool {
        guard pos + ws.count <= tokens.count else { return false }
        for (i, w) in ws.enumerated() where !tokens[pos + i].isWord(w) { return false }
        pos += ws.count
        return true
    }

    private mutating func mark(_ m: String) -> Bool {
        guard peek?.isMark(m) ?? false else { return false }
        pos += 1
        return true
    }

    private mutating func number(maxDigits: Int) -> Int? {
        guard let t = peek, t.kind == .number, t.digits <= maxDigits else { return nil }
        pos += 1
        return t.value
    }

    private mutating func year() -> Int? {
        guard let t = peek, t.kind == .number, t.digits == 4, (1900...2100).contains(t.value) else { return nil }
        pos += 1
        return t.value
    }

    private mutating func monthNumber() -> Int? {
        let start = pos
        if let m = number(maxDigits: 2), (1...12).contains(m) { return m }
        pos = start
        return nil
    }

    private mutating func quarterNumber() -> Int? {
        if let t = peek, t.kind == .word, let q = Self.roman[t.text], q <= 4 {
            pos += 1
            return q
        }
        let start = pos
        if let q = number(maxDigits: 1), (1...4).contains(q) { return q }
        pos = start
        return nil
    }

    private mutating func takeRest(from start: Int) -> DeadlineForm {
        let range = tokens[start].range.lowerBound..<tokens[tokens.count - 1].range.upperBound
        pos = tokens.count
        return .event(range)
    }

    private static let roman: [String: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
}
