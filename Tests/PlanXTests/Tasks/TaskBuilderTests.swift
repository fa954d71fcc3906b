import Testing
@testable import PlanX

@Suite("Task builder")
struct TaskBuilderTests {
    /// A task table as the Tables stage hands it over: `STT | Nội dung | Sản phẩm | Chủ trì | Phối hợp |
    /// Thời gian | Kinh phí | Ghi chú | Hình thức`.
    static let taskTable = Table(
        id: "table-1", title: "NHIỆM VỤ TRỌNG TÂM", kind: "tasks", dialect: "pipe_cells", span: Span(startLine: 10, endLine: 40),
        columns: [
            .init(header: "STT", field: "stt"), .init(header: "Nội dung/ Nhiệm vụ", field: "task"),
            .init(header: "Sản phẩm", field: "output"), .init(header: "Cơ quan chủ trì", field: "lead"),
            .init(header: "Cơ quan phối hợp", field: "partners"), .init(header: "Thời gian hoàn thành", field: "deadline"),
            .init(header: "Kinh phí", field: "budget"), .init(header: "Ghi chú", field: "notes"),
            .init(header: "Hình thức", field: "hinh_thuc"),
        ],
        rows: [
            .init(kind: "header", line: 10, cells: ["STT", "Nội dung/ Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                                    "Thời gian hoàn thành", "Kinh phí", "Ghi chú", "Hình thức"]),
            .init(kind: "group", line: 12, stt: "I", cells: ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", "", "", "", ""]),
            .init(kind: "group", line: 13, stt: "1", cells: ["1", "Xây dựng văn bản", "", "", "", "", "", "", ""]),
            .init(kind: "data", line: 14, stt: "1.1", cells: [
                "1.1", "Xây dựng Kế hoạch CCHC năm 2024", "- Kế hoạch;\n- Báo cáo", "Sở Nội vụ",
                "Sở, ban, ngành; UBND cấp huyện, cấp xã", "Quý IV", "Ngân sách tỉnh", "Trọng tâm", "Văn bản",
            ]),
            .init(kind: "data", line: 16, stt: "1.2", cells: [
                "1.2", "Rà soát văn bản", "Báo cáo", "Sở Tư pháp", "\u{A0}", "Trước ngày 20/12/2024", " ", "-", "",
            ]),
            .init(kind: "group", line: 18, stt: "2", cells: ["2", "Kiểm tra", "", "", "", "", "", "", ""]),
            .init(kind: "data", line: 19, stt: "2.1", cells: ["2.1", "Kiểm tra công tác CCHC", "Kết luận", "Sở Nội vụ", "", "Kịp thời", "", "", ""]),
            .init(kind: "group", line: 21, stt: "II", cells: ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", "", "", ""]),
            .init(kind: "data", line: 22, stt: "1", cells: ["1", "Công bố thủ tục hành chính", "Quyết định", "Văn phòng UBND tỉnh", "", "Thường xuyên", "", "", ""]),
            .init(kind: "total", line: 24, cells: ["", "Tổng cộng", "", "", "", "", "", "", ""]),
        ])

    static let listTable = Table(
        id: "table-2", kind: "list", dialect: "pipe_rows", span: Span(line: 50),
        columns: [.init(header: "TT", field: "stt"), .init(header: "Thủ tục", field: "task")],
        rows: [.init(kind: "data", line: 50, stt: "1", cells: ["1", "Thủ tục A"])])

    static let metadata = Metadata(title: "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024")

    static func build(_ tables: [Table] = [listTable, taskTable], metadata: Metadata = metadata) -> TaskBuilder.Result {
        TaskBuilder.build(tables, metadata: metadata)
    }

    // MARK: - Rows and ids

    @Test func oneTaskPerDataRowOfTaskTablesOnly() {
        let tasks = Self.build().tasks
        #expect(tasks.map(\.id) == ["t-2-1", "t-2-2", "t-2-3", "t-2-4"])
        #expect(tasks.map(\.table) == [1, 1, 1, 1])
        #expect(tasks.map(\.line) == [14, 16, 19, 22])
        #expect(tasks.map(\.stt) == ["1.1", "1.2", "2.1", "1"])
    }

    @Test func groupsAreThePathOfGroupRowsAbove() {
        let groups = Self.build().tasks.map { $0.groups.map { "\($0.stt ?? "-") \($0.title)" } }
        #expect(groups == [
            ["I CẢI CÁCH THỂ CHẾ", "1 Xây dựng văn bản"],
            ["I CẢI CÁCH THỂ CHẾ", "1 Xây dựng văn bản"],
            ["I CẢI CÁCH THỂ CHẾ", "2 Kiểm tra"],
            ["II CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
        ])
    }

    @Test func upperLetterGroupReplacesDeeperRomanAndArabicGroups() {
        let table = Table(
            id: "t", kind: "tasks", dialect: "html", span: Span(line: 1),
            columns: [.init(header: "STT", field: "stt"), .init(header: "Nhiệm vụ", field: "task")],
            rows: [
                .init(kind: "group", line: 1, stt: "A", cells: ["A", "Nhóm A"]),
                .init(kind: "group", line: 2, stt: "I", cells: ["I", "Mục I"]),
                .init(kind: "group", line: 3, stt: "1", cells: ["1", "Tiểu mục 1"]),
                .init(kind: "data", line: 4, cells: ["-", "Việc một"]),
                .init(kind: "group", line: 5, cells: ["B", "Nhóm B"]),
                .init(kind: "group", line: 6, cells: ["", "Không số"]),
                .init(kind: "data", line: 7, cells: ["-", "Việc hai"]),
            ])
        let tasks = TaskBuilder.build([table], metadata: Metadata()).tasks
        #expect(tasks.map { $0.groups.map(\.title) } == [["Nhóm A", "Mục I", "Tiểu mục 1"], ["Nhóm B", "Không số"]])
        #expect(tasks[1].groups.map(\.stt) == ["B", nil])
    }

    // MARK: - Fields

    @Test func cellsGoToTheFieldsTheirColumnsName() throws {
        let t = try #require(Self.build().tasks.first)
        #expect(t.task == "Xây dựng Kế hoạch CCHC năm 2024")
        #expect(t.outputs == ["Kế hoạch", "Báo cáo"])
        #expect(t.lead.map(\.name) == ["Sở Nội vụ"])
        #expect(t.partners.map(\.name) == ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"])
        #expect(t.budget == Task.Budget(text: "Ngân sách tỉnh", sources: ["Ngân sách tỉnh"]))
        #expect(t.notes == "Trọng tâm")
        #expect(t.extra == ["Hình thức": "Văn bản"])
        #expect(t.scores == nil)
    }

    @Test func deadlineWithoutYearTakesThePlanYear() throws {
        let d = try #require(Self.build().tasks.first?.deadline)
        #expect(d.kind == .quarter && d.start == "2024-10-01" && d.end == "2024-12-31")
        #expect(d.note == "year not written; taken from the plan (2024)")
    }

    @Test func tableTitleYearWinsOverThePlanYear() throws {
        var table = Self.taskTable
        table.title = "NHỮNG NHIỆM VỤ TRỌNG TÂM NĂM 2022"
        let d = try #require(Self.build([table]).tasks.first?.deadline)
        #expect(d.start == "2022-10-01")
    }

    @Test func emptyAndBlankCellsLeaveFieldsEmpty() throws {
        let t = try #require(Self.build().tasks.dropFirst().first)
        #expect(t.partners.isEmpty)
        #expect(t.budget == nil)
        #expect(t.notes == nil)
        #expect(t.extra.isEmpty)
        #expect(t.deadline?.end == "2024-12-20")
    }

    @Test func scoreColumnsGoToScoresAndRequirementColumnsToExtra() throws {
        let table = Table(
            id: "table-1", kind: "scores", dialect: "paragraph_cells", span: Span(startLine: 300, endLine: 320),
            columns: [
                .init(header: "STT", field: "stt"), .init(header: "Lĩnh vực/ Tiêu chí", field: "task"),
                .init(header: "Điểm tối đa", field: "max_score"), .init(header: "Kết quả năm 2023", field: "prior_result"),
                .init(header: "Mục tiêu năm 2024", field: "target"),
                .init(header: "Yêu cầu của sản phẩm đầu ra / Thẩm quyền ban hành", field: "output_authority"),
                .init(header: "Yêu cầu của sản phẩm đầu ra / Mức độ hoàn thành", field: "output_completion"),
                .init(header: "Thời gian ban hành/ thực hiện", field: "deadline"),
                .init(header: "Chủ trì", field: "lead"), .init(header: "Phối hợp", field: "partners"),
            ],
            rows: [
                .init(kind: "group", line: 301, stt: "1", cells: ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", "9.5", "7.83", "9.5", "", "", "", "", ""]),
                .init(kind: "data", line: 305, stt: "1.1", cells: [
                    "1.1", "Thực hiện Kế hoạch CCHC năm", "1.5", "1,42", "Tăng so với năm 2023", "Báo cáo CCHC năm", "100%",
                    "- Trước ngày 20/3/2024;\n- Trước ngày 20/6/2024", "Sở Nội vụ", "Các Sở, ban, ngành; UBND các huyện, thành phố",
                ]),
            ])
        let result = TaskBuilder.build([table], metadata: Metadata())
        let t = try #require(result.tasks.first)
        #expect(t.scores == Task.Scores(max: 1.5, prior: 1.42, target: nil))
        #expect(t.extra == ["Yêu cầu của sản phẩm đầu ra / Thẩm quyền ban hành": "Báo cáo CCHC năm",
                            "Yêu cầu của sản phẩm đầu ra / Mức độ hoàn thành": "100%"])
        #expect(t.deadline?.kind == .multiple && t.deadline?.parts?.count == 2)
        #expect(t.groups == [Task.Group(stt: "1", title: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC")])
        #expect(result.diagnostics.map(\.code) == ["tasks.score-not-numeric"])
    }

    // MARK: - Diagnostics

    @Test func unreadDeadlineIsUnknownAndReportedWithItsLine() throws {
        let result = Self.build()
        let t = try #require(result.tasks.first { $0.line == 19 })
        #expect(t.deadline == Deadline(text: "Kịp thời", kind: .unknown))
        #expect(result.diagnostics == [.deadlineUnknown("Kịp thời", line: 19)])
        #expect(result.diagnostics.first?.message == "deadline not understood: 'Kịp thời'")
    }

    @Test func cellsBeyondTheColumnsAreKeptInExtraAndReported() throws {
        let table = Table(
            id: "t", kind: "tasks", dialect: "pipe_rows", span: Span(line: 5),
            columns: [.init(header: "STT", field: "stt"), .init(header: "Nhiệm vụ", field: "task")],
            rows: [.init(kind: "data", line: 5, stt: "1", cells: ["1", "Việc", "Thừa"])])
        let result = TaskBuilder.build([table], metadata: Metadata())
        #expect(result.tasks.first?.extra == ["column_3": "Thừa"])
        #expect(result.diagnostics.map(\.code) == ["tasks.cells-beyond-columns"])
        #expect(result.diagnostics.first?.severity == .warning)
    }

    @Test func rowWithoutAnyTaskTextIsReported() {
        let table = Table(
            id: "t", kind: "tasks", dialect: "pipe_rows", span: Span(line: 5),
            columns: [.init(header: "STT", field: "stt"), .init(header: "Nhiệm vụ", field: "task"), .init(header: "Chủ trì", field: "lead")],
            rows: [.init(kind: "data", line: 7, stt: "3", cells: ["3", "", "Sở Nội vụ"])])
        let result = TaskBuilder.build([table], metadata: Metadata())
        #expect(result.tasks.count == 1)
        #expect(result.diagnostics == [.taskWithoutText(line: 7)])
    }

    @Test func noTablesNoTasks() {
        let result = TaskBuilder.build([], metadata: Metadata())
        #expect(result.tasks.isEmpty && result.diagnostics.isEmpty)
    }
}
