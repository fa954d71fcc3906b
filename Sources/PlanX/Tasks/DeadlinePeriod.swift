/// A calendar period named in a deadline — a day, a month, a quarter, a half or a year — whose year
/// may be missing from the text.
///
/// `Quý IV/2021` → quarter 4 of 2021, first day 2021-10-01, last day 2021-12-31;
/// `tháng 6` → month 6, year nil until the plan's year is applied.
struct DeadlinePeriod: Equatable {
    /// The length of the period.
    enum Unit: Equatable { case day, month, quarter, half, year }
    var unit: Unit
    var year: Int?
    /// Month 1…12 for `day` and `month`, quarter 1…4, half 1…2; 0 for `year`.
    var index: Int
    /// Day of the month for `day`; 0 otherwise.
    var day: Int

    static func date(_ y: Int?, _ m: Int, _ d: Int) -> DeadlinePeriod { .init(unit: .day, year: y, index: m, day: d) }
    static func month(_ y: Int?, _ m: Int) -> DeadlinePeriod { .init(unit: .month, year: y, index: m, day: 0) }
    static func quarter(_ y: Int?, _ q: Int) -> DeadlinePeriod { .init(unit: .quarter, year: y, index: q, day: 0) }
    static func half(_ y: Int?, _ h: Int) -> DeadlinePeriod { .init(unit: .half, year: y, index: h, day: 0) }
    static func year(_ y: Int?) -> DeadlinePeriod { .init(unit: .year, year: y, index: 0, day: 0) }

    /// The deadline kind of a deadline that is just this period.
    var kind: Deadline.Kind {
        switch unit {
        case .day: .date
        case .month: .month
        case .quarter: .quarter
        case .half: .half
        case .year: .year
        }
    }

    /// Whether the numbers make a real period (`31/2` does not).
    var isValid: Bool {
        if let year, !(1900...2100).contains(year) { return false }
        switch unit {
        case .day: return (1...12).contains(index) && day >= 1 && day <= CalendarDay.daysIn(month: index, year: year ?? 2000)
        case .month: return (1...12).contains(index)
        case .quarter: return (1...4).contains(index)
        case .half: return (1...2).contains(index)
        case .year: return true
        }
    }

    /// First and last month of the period.
    private var months: ClosedRange<Int> {
        switch unit {
        case .day, .month: index...index
        case .quarter: (index * 3 - 2)...(index * 3)
        case .half: (index * 6 - 5)...(index * 6)
        case .year: 1...12
        }
    }

    /// The first day, or nil while the year is unknown.
    var firstDay: CalendarDay? {
        guard let year else { return nil }
        return CalendarDay(year: year, month: months.lowerBound, day: unit == .day ? day : 1)
    }

    /// The last day, or nil while the year is unknown.
    var lastDay: CalendarDay? {
        guard let year else { return nil }
        let m = months.upperBound
        return CalendarDay(year: year, month: m, day: unit == .day ? day : CalendarDay.daysIn(month: m, year: year))
    }

    /// Position on a time line of same-unit periods, used to tell `Quý II, Quý III` (adjacent) from
    /// `Quý I, Quý III` (not) and to check that a range runs forward.
    var ordinal: Int {
        let y = year ?? 0
        switch unit {
        case .day: return (y * 12 + index) * 31 + day
        case .month: return y * 12 + index
        case .quarter: return y * 4 + index
        case .half: return y * 2 + index
        case .year: return y
        }
    }
}

/// A day of the calendar, written out as ISO `YYYY-MM-DD`.
struct CalendarDay: Equatable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : String(month), d = day < 10 ? "0\(day)" : String(day)
        return "\(y)-\(m)-\(d)"
    }

    /// The day before: `2024-07-01` → `2024-06-30`.
    var previous: CalendarDay {
        if day > 1 { return CalendarDay(year: year, month: month, day: day - 1) }
        if month > 1 { return CalendarDay(year: year, month: month - 1, day: CalendarDay.daysIn(month: month - 1, year: year)) }
        return CalendarDay(year: year - 1, month: 12, day: 31)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
