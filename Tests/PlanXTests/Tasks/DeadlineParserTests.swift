import Testing
@testable import PlanX

@Suite("Deadline parser")
struct DeadlineParserTests {
    // MARK: - Seed cells

    @Test(arguments: SeedDeadlines.all)
    func seedCellReadsAsCheckedByHand(_ c: DeadlineCase) {
        let d = DeadlineParser.parse(c.text, defaultYear: c.year)
        #expect(d.kind == c.kind)
        #expect(d.start == c.start)
        #expect(d.end == c.end)
    }

    @Test func seedCellsLeftUnknownAreExactlyTheUnreadableOnes() {
        let unknown = SeedDeadlines.all.filter { DeadlineParser.parse($0.text, defaultYear: $0.year).kind == .unknown }
        #expect(unknown.map(\.text) == ["Định kỳ 06 tháng và năm", "Tháng 10/9/2021", "Lồng ghép trong báo cáo định kỳ CCHC"])
        #expect(SeedDeadlines.all.count == 76)
    }

    // MARK: - Periods

    @Test func quarterWithRomanNumeralIsWholeQuarter() {
        let d = DeadlineParser.parse("Quý IV/2021", defaultYear: nil)
        #expect(d == Deadline(text: "Quý IV/2021", kind: .quarter, start: "2021-10-01", end: "2021-12-31"))
    }

    @Test func quarterWithArabicNumberAndYearWord() {
        let d = DeadlineParser.parse("Quý 4 năm 2021", defaultYear: nil)
        #expect(d.kind == .quarter && d.start == "2021-10-01" && d.end == "2021-12-31")
    }

    @Test func enumeratedAdjacentQuartersShareTheLastYearAndMakeOneRange() {
        let d = DeadlineParser.parse("Quý I, II/2022", defaultYear: nil)
        #expect(d.kind == .range && d.start == "2022-01-01" && d.end == "2022-06-30")
    }

    @Test func quartersThatDoNotTouchAreMultiple() {
        let d = DeadlineParser.parse("Quý I và Quý III/2024", defaultYear: nil)
        #expect(d.kind == .multiple)
        #expect(d.parts?.map(\.kind) == [.quarter, .quarter])
        #expect(d.parts?.map(\.start) == ["2024-01-01", "2024-07-01"])
    }

    @Test(arguments: [
        ("Tháng 6/2022", "2022-06-01", "2022-06-30"), ("Tháng 12 năm 2024", "2024-12-01", "2024-12-31"),
        ("tháng 02/2024", "2024-02-01", "2024-02-29"), ("Tháng 2-2023", "2023-02-01", "2023-02-28"),
    ])
    func monthIsWholeMonth(_ text: String, _ start: String, _ end: String) {
        let d = DeadlineParser.parse(text, defaultYear: nil)
        #expect(d.kind == .month && d.start == start && d.end == end)
    }

    @Test func firstHalfAndSecondHalfOfTheYear() {
        let first = DeadlineParser.parse("6 tháng đầu năm 2024", defaultYear: nil)
        #expect(first.kind == .half && first.start == "2024-01-01" && first.end == "2024-06-30")
        let second = DeadlineParser.parse("06 tháng cuối năm", defaultYear: 2023)
        #expect(second.kind == .half && second.start == "2023-07-01" && second.end == "2023-12-31")
    }

    @Test(arguments: [
        ("ngày 15 tháng 7 năm 2021", "2021-07-15"), ("20/3/2024", "2024-03-20"), ("20-3-2024", "2024-03-20"),
        ("05.11.2021", "2021-11-05"), ("Ngày 29/02/2024", "2024-02-29"),
    ])
    func writtenDateIsThatDay(_ text: String, _ day: String) {
        let d = DeadlineParser.parse(text, defaultYear: nil)
        #expect(d.kind == .date && d.start == day && d.end == day)
    }

    // MARK: - Due dates

    @Test func beforeADateEndsOnThatDate() {
        let d = DeadlineParser.parse("Trước ngày 20/3/2024", defaultYear: nil)
        #expect(d.kind == .by && d.start == nil && d.end == "2024-03-20")
    }

    @Test func noLaterThanADateEndsOnThatDate() {
        #expect(DeadlineParser.parse("Chậm nhất ngày 15/10/2024", defaultYear: nil).end == "2024-10-15")
        #expect(DeadlineParser.parse("Chậm nhất là ngày 15/10/2024", defaultYear: nil).end == "2024-10-15")
    }

    @Test func beforeAPeriodEndsTheDayBeforeItStarts() {
        #expect(DeadlineParser.parse("Trước tháng 6/2024", defaultYear: nil).end == "2024-05-31")
        #expect(DeadlineParser.parse("Trước Quý III/2024", defaultYear: nil).end == "2024-06-30")
    }

    @Test func noLaterThanAPeriodEndsWithIt() {
        #expect(DeadlineParser.parse("Chậm nhất tháng 6/2024", defaultYear: nil).end == "2024-06-30")
        let d = DeadlineParser.parse("Đến hết năm 2025", defaultYear: nil)
        #expect(d.kind == .by && d.end == "2025-12-31")
    }

    @Test func leadInBeforeTheDeadlineWordsIsAllowed() {
        let d = DeadlineParser.parse("Ban hành Kế hoạch trước ngày 31/12/2023", defaultYear: nil)
        #expect(d.kind == .by && d.end == "2023-12-31")
        let labelled = DeadlineParser.parse("Báo cáo: Quý IV/2024", defaultYear: nil)
        #expect(labelled.kind == .quarter && labelled.start == "2024-10-01")
    }

    @Test func leadInHoldingANumberIsNotSkipped() {
        #expect(DeadlineParser.parse("Báo cáo 6 tháng trước ngày 20/6/2024", defaultYear: nil).kind == .unknown)
    }

    // MARK: - Ranges

    @Test(arguments: [
        ("Năm 2022 - 2024", "2022-01-01", "2024-12-31"), ("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"),
        ("2021 - 2025", "2021-01-01", "2025-12-31"), ("Từ tháng 3 đến tháng 6/2024", "2024-03-01", "2024-06-30"),
        ("Từ năm 2022 đến năm 2025", "2022-01-01", "2025-12-31"), ("Quý II và Quý III/2024", "2024-04-01", "2024-09-30"),
        ("Từ tháng 10 đến tháng 3/2025", "2024-10-01", "2025-03-31"), ("Quý III-IV/2024", "2024-07-01", "2024-12-31"),
        ("Tháng 3-6/2024", "2024-03-01", "2024-06-30"), ("Tháng 01 - 02/2024", "2024-01-01", "2024-02-29"),
        ("Quý I/2024 - Quý II/2025", "2024-01-01", "2025-06-30"), ("Năm 2024, 2025", "2024-01-01", "2025-12-31"),
    ])
    func rangeRunsFromFirstStartToLastEnd(_ text: String, _ start: String, _ end: String) {
        let d = DeadlineParser.parse(text, defaultYear: nil)
        #expect(d.kind == .range && d.start == start && d.end == end)
    }

    @Test func followingYearsMakeAnOpenRangeWithANote() {
        let d = DeadlineParser.parse("Năm 2024 và các năm tiếp theo", defaultYear: nil)
        #expect(d.kind == .range && d.start == "2024-01-01" && d.end == nil)
        #expect(d.note == "open-ended: no end date written")
    }

    @Test func rangeRunningBackwardsIsUnknown() {
        #expect(DeadlineParser.parse("Năm 2025 - 2022", defaultYear: nil).kind == .unknown)
    }

    // MARK: - Recurring, continuous, events

    @Test(arguments: [
        ("Tháng 1 hàng năm", Deadline.Recurrence(freq: "yearly", month: 1)),
        ("Quý I hằng năm", Deadline.Recurrence(freq: "yearly", quarter: 1)),
        ("Hàng năm", Deadline.Recurrence(freq: "yearly")), ("Định kỳ hàng năm", Deadline.Recurrence(freq: "yearly")),
        ("Hàng quý", Deadline.Recurrence(freq: "quarterly")), ("Hàng tháng", Deadline.Recurrence(freq: "monthly")),
        ("Trước ngày 15 hàng tháng", Deadline.Recurrence(freq: "monthly", day: 15)),
        ("Trước ngày 20/12 hàng năm", Deadline.Recurrence(freq: "yearly", month: 12, day: 20)),
        ("Hàng năm, trước ngày 31/01", Deadline.Recurrence(freq: "yearly", month: 1, day: 31)),
        ("Theo quý", Deadline.Recurrence(freq: "quarterly")),
    ])
    func repeatingDeadlineIsRecurring(_ text: String, _ recurrence: Deadline.Recurrence) {
        let d = DeadlineParser.parse(text, defaultYear: 2024)
        #expect(d.kind == .recurring && d.recurrence == recurrence && d.start == nil && d.end == nil)
    }

    @Test func monthlyRecurrenceNamingAMonthIsUnknown() {
        #expect(DeadlineParser.parse("Tháng 3 hàng tháng", defaultYear: nil).kind == .unknown)
    }

    @Test func ongoingIsContinuousAndBoundedByAStatedYear() {
        #expect(DeadlineParser.parse("Thường xuyên", defaultYear: 2024) == Deadline(text: "Thường xuyên", kind: .continuous))
        let bounded = DeadlineParser.parse("Thường xuyên trong năm 2024", defaultYear: nil)
        #expect(bounded.kind == .continuous && bounded.start == "2024-01-01" && bounded.end == "2024-12-31")
        #expect(DeadlineParser.parse("Thường xuyên, liên tục", defaultYear: nil).kind == .continuous)
    }

    @Test(arguments: [
        "Sau khi Bộ Nội vụ công bố Chỉ số CCHC", "Theo tiến độ của Bộ Nội vụ", "Khi có yêu cầu",
        "Ngay sau khi Kế hoạch được ban hành", "Theo Kế hoạch",
    ])
    func eventKeepsItsPhrase(_ text: String) {
        let d = DeadlineParser.parse(text, defaultYear: nil)
        #expect(d.kind == .event && d.event == text)
    }

    @Test func eventAfterADueWordStartsAtTheDueWord() {
        let d = DeadlineParser.parse("Ban hành chậm nhất sau 15 ngày kể từ ngày tỉnh ban hành Kế hoạch", defaultYear: nil)
        #expect(d.kind == .event && d.event == "chậm nhất sau 15 ngày kể từ ngày tỉnh ban hành Kế hoạch")
    }

    // MARK: - Several parts

    @Test func bulletedDueDatesAreMultipleWithTypedParts() {
        let d = DeadlineParser.parse("- Trước ngày 20/3/2024; - Trước ngày 20/6/2024", defaultYear: nil)
        #expect(d.kind == .multiple)
        #expect(d.parts?.map(\.text) == ["Trước ngày 20/3/2024", "Trước ngày 20/6/2024"])
        #expect(d.parts?.map(\.end) == ["2024-03-20", "2024-06-20"])
        #expect(d.end == "2024-06-20")
    }

    @Test func partNotUnderstoodIsUnknownInsideMultiple() {
        let d = DeadlineParser.parse("- Quý IV hàng năm\n- Báo cáo quý, 6 tháng và năm.", defaultYear: nil)
        #expect(d.parts?.map(\.kind) == [.recurring, .unknown])
        #expect(d.start == nil && d.end == nil)
    }

    @Test func cellWrappedOverTwoLinesIsOnePhrase() {
        let d = DeadlineParser.parse("Sau khi Bộ Nội vụ công bố\nChỉ số CCHC năm 2023", defaultYear: nil)
        #expect(d.kind == .event)
    }

    // MARK: - Years and notes

    @Test func missingYearIsTakenFromThePlanWithANote() {
        let d = DeadlineParser.parse("Trước ngày 20/12", defaultYear: 2024)
        #expect(d.kind == .by && d.end == "2024-12-20")
        #expect(d.note == "year not written; taken from the plan (2024)")
    }

    @Test func missingYearWithoutAPlanYearLeavesDatesUnknown() {
        let d = DeadlineParser.parse("Quý IV", defaultYear: nil)
        #expect(d.kind == .quarter && d.start == nil && d.end == nil && d.note == "year not written")
    }

    @Test func statedYearNeedsNoNote() {
        #expect(DeadlineParser.parse("Quý IV/2024", defaultYear: 2024).note == nil)
    }

    @Test func closingRemarkInParenthesesIsSetAsideInTheNote() {
        let d = DeadlineParser.parse("Tháng 9/2021 (tổng hợp từ Quý I/2022)", defaultYear: nil)
        #expect(d.kind == .month && d.start == "2021-09-01")
        #expect(d.note == "remark not read: '(tổng hợp từ Quý I/2022)'")
    }

    // MARK: - Never a guess

    @Test(arguments: [
        "Cuối năm 2024", "Tháng 10/9/2021", "20/3/24", "31/2/2024", "Quý V/2024", "Tháng 13/2024", "Đầu quý II/2024",
        "Kịp thời", "Năm học 2024-2025", "Định kỳ 6 tháng", "",
    ])
    func unreadablePhraseIsUnknownAndKeepsItsText(_ text: String) {
        let d = DeadlineParser.parse(text, defaultYear: 2024)
        #expect(d == Deadline(text: text, kind: .unknown))
    }

    @Test func parsingIsPure() {
        let text = "- Ban hành Kế hoạch trước ngày 31/12/2023.\n- Báo cáo kết quả thực hiện trong Quý IV."
        #expect(DeadlineParser.parse(text, defaultYear: 2024) == DeadlineParser.parse(text, defaultYear: 2024))
    }

    @Test func textIsKeptAsWrittenWithoutSurroundingSpace() {
        #expect(DeadlineParser.parse("  Quý I/2022 \u{A0}", defaultYear: nil).text == "Quý I/2022")
    }
}
