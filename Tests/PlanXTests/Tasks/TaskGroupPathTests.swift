import Testing
@testable import PlanX

@Suite("Task group path")
struct TaskGroupPathTests {
    @Test func aDecimalGroupDoesNotHoldItsSiblingRow() {
        var path = TaskGroupPath()
        path.enter(Task.Group(stt: "8", title: "Tác động của CCHC"))
        path.enter(Task.Group(stt: "8.3", title: "Mức độ phát triển doanh nghiệp"))
        #expect(path.groups(forRow: "8.3.2").map(\.stt) == ["8", "8.3"])
        #expect(path.groups(forRow: "8.5").map(\.stt) == ["8"])
        #expect(path.groups(forRow: "12").map(\.stt) == ["8", "8.3"], "a plain number keeps the whole path")
    }

    @Test func romanAndArabicGroupsNest() {
        var path = TaskGroupPath()
        path.enter(Task.Group(stt: "I", title: "Cải cách thể chế"))
        path.enter(Task.Group(stt: "1", title: "Xây dựng văn bản"))
        path.enter(Task.Group(stt: "II", title: "Cải cách TTHC"))
        #expect(path.groups(forRow: "3").map(\.stt) == ["II"])
    }
}
