/// What one deadline phrase says, read by `DeadlineGrammar` before the plan's year is applied.
///
/// `Quý IV/2021` → `.period(quarter 4 of 2021)`; `Trước ngày 20/3` → `.by(day 20/3, year nil, .dayItself)`;
/// `Năm 2024 và các năm tiếp theo` → `.range(2024, nil)`.
enum DeadlineForm: Equatable {
    /// Where in a period a due date falls.
    enum Bound: Equatable {
        /// `trước ngày 20/3/2024`: the day named (the usual reading of an administrative deadline).
        case dayItself
        /// `trước tháng 6/2024`: the day before the period starts.
        case beforeStart
        /// `chậm nhất quý II/2024`, `đến hết năm 2025`: the period's last day.
        case periodEnd
    }

    case period(DeadlinePeriod)
    case by(DeadlinePeriod, Bound)
    /// From the first period's start to the second's end; an open end is nil.
    case range(DeadlinePeriod, DeadlinePeriod?)
    /// Same-unit periods that do not touch (`Quý I và Quý III`), with where each was written.
    case list([DeadlinePeriod], [Range<String.Index>])
    case recurring(Deadline.Recurrence)
    /// `Thường xuyên`, optionally bounded to a period (`Thường xuyên trong năm 2024`).
    case continuous(DeadlinePeriod?)
    /// `Sau khi …`, `Theo Kế hoạch`: the event phrase as written.
    case event(Range<String.Index>)
}
