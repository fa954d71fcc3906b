/// A position in a deadline's tokens and the readers of its smallest pieces — words, numbers,
/// years, quarter and month numbers, and whole calendar periods — used by `DeadlineGrammar`.
///
/// Every public reader either consumes what it read and returns it, or returns nil/false and
/// leaves the position where it was (the private period parts may not; `period()` restores it).
struct DeadlineCursor {
    /// The phrase's tokens; positions are indices of this slice (no copy is made).
    let tokens: ArraySlice<DeadlineToken>
    var pos: Int

    init(_ tokens: ArraySlice<DeadlineToken>) {
        self.tokens = tokens
        pos = tokens.startIndex
    }

    // MARK: - Periods

    /// One calendar period: a date, a month, a quarter, a half or a year, its year possibly missing.
    mutating func period() -> DeadlinePeriod? {
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

    /// A bare item after a comma: `II/2022` after `Quý I`, `6/2024` after `tháng 3`.
    mutating func continuation(of unit: DeadlinePeriod.Unit) -> DeadlinePeriod? {
        switch unit {
        case .quarter:
            guard let q = quarterNumber() else { return nil }
            return .quarter(yearSuffix(allowDash: false), q)
        case .month: return monthWithYear()
        default: return nil
        }
    }

    // MARK: - Tokens

    var atEnd: Bool { pos >= tokens.endIndex }
    var peek: DeadlineToken? { pos < tokens.endIndex ? tokens[pos] : nil }
    func peekWord(_ w: String) -> Bool { peek?.isWord(w) ?? false }

    mutating func word(_ w: String) -> Bool {
        guard peekWord(w) else { return false }
        pos += 1
        return true
    }

    mutating func words(_ ws: String...) -> Bool {
        guard pos + ws.count <= tokens.endIndex else { return false }
        for (i, w) in ws.enumerated() where !tokens[pos + i].isWord(w) { return false }
        pos += ws.count
        return true
    }

    mutating func mark(_ m: String) -> Bool {
        guard peek?.isMark(m) ?? false else { return false }
        pos += 1
        return true
    }

    mutating func number(maxDigits: Int) -> Int? {
        guard let t = peek, t.kind == .number, t.digits <= maxDigits else { return nil }
        pos += 1
        return t.value
    }

    mutating func year() -> Int? {
        guard let t = peek, t.kind == .number, t.digits == 4, (1900...2100).contains(t.value) else { return nil }
        pos += 1
        return t.value
    }

    mutating func monthNumber() -> Int? {
        let start = pos
        if let m = number(maxDigits: 2), (1...12).contains(m) { return m }
        pos = start
        return nil
    }

    mutating func quarterNumber() -> Int? {
        if let t = peek, t.kind == .word, let q = Self.roman[t.text], q <= 4 {
            pos += 1
            return q
        }
        let start = pos
        if let q = number(maxDigits: 1), (1...4).contains(q) { return q }
        pos = start
        return nil
    }

    /// Everything from token `start` to the end, as an event phrase.
    mutating func takeRest(from start: Int) -> DeadlineForm {
        let range = tokens[start].range.lowerBound..<tokens[tokens.endIndex - 1].range.upperBound
        pos = tokens.endIndex
        return .event(range)
    }

    private static let roman: [String: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
}
