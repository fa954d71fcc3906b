import Foundation
@testable import PlanX

/// Hand-built documents for the schema tests: one with every optional filled, one nearly empty,
/// and helpers to render, parse and break them.
enum SchemaFixtures {
    /// The repository root, found from this file's path (Tests/PlanXTests/Schema/…).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = root.appendingPathComponent("schemas/planx-document.schema.json")

    static let sha = String(repeating: "0123456789abcdef", count: 4)

    /// Every optional filled: nested sections and bullets, a table with `continues`, a task with
    /// a multiple deadline, recurrence, agencies, budget, scores and extra, signer and plan,
    /// regions and diagnostics.
    static var full: PlanDocument {
        let multiple = Deadline(
            text: "- Trước ngày 20/3/2024; - Tháng 6 hàng năm", kind: .multiple,
            start: "2024-01-01", end: "2024-12-31",
            parts: [
                Deadline(text: "Trước ngày 20/3/2024", kind: .by, end: "2024-03-20", note: "năm lấy từ kế hoạch"),
                Deadline(text: "Tháng 6 hàng năm", kind: .recurring,
                         recurrence: .init(freq: "yearly", month: 6, quarter: 2, day: 30)),
                Deadline(text: "Sau khi Bộ Nội vụ công bố chỉ số", kind: .event, event: "Bộ Nội vụ công bố chỉ số"),
            ],
            note: "hai mốc")
        let task = Task(
            id: "task-1", table: 0, line: 42, stt: "1",
            groups: [.init(stt: "I", title: "Cải cách thể chế"), .init(stt: nil, title: "Nhóm không số")],
            objective: "Nâng cao chỉ số PAR INDEX", task: "Rà soát văn bản quy phạm pháp luật",
            activity: "Tổ chức hội nghị", outputs: ["Báo cáo", "Quyết định công bố"],
            lead: [Agency(name: "Sở Tư pháp", text: "STP", kind: "department", note: "chủ trì tham mưu")],
            partners: [
                Agency(name: "Văn phòng Ủy ban nhân dân tỉnh", text: "VP UBND tỉnh", kind: "office"),
                Agency(name: "Ủy ban nhân dân các huyện, thị xã, thành phố", text: "UBND các huyện, thị xã, thành phố", kind: "committee"),
                Agency(name: "Bộ Nội vụ", text: "Bộ Nội vụ", kind: "central"),
                Agency(name: "Các sở, ban, ngành", text: "Các sở, ban, ngành", kind: "group"),
                Agency(name: "Báo Gia Lai", text: "Báo Gia Lai", kind: "other"),
            ],
            deadline: multiple, budget: .init(text: "Ngân sách tỉnh", sources: ["ngân sách tỉnh"]),
            notes: "Ghi chú \"trích dẫn\"\ndòng hai", scores: .init(max: 2.5, prior: 1, target: 2),
            extra: ["Ghi chú khác": "x", "ma_so": "A-1"])
        let table = Table(
            id: "table-1", title: "PHỤ LỤC I", caption: "(Kèm theo Kế hoạch số 3638/KH-UBND)", kind: "tasks",
            dialect: "pipe_rows", span: Span(startLine: 38, endLine: 45),
            columns: [.init(header: "STT", field: "stt"), .init(header: "Nội dung", field: "task"),
                      .init(header: "Mã số", field: "ma_so")],
            rows: [
                .init(kind: "header", line: 38, cells: ["STT", "Nội dung", "Mã số"]),
                .init(kind: "group", line: 40, stt: "I", cells: ["I", "Cải cách thể chế", ""]),
                .init(kind: "data", line: 42, stt: "1", cells: ["1", "Rà soát", "A-1"]),
                .init(kind: "data", line: 44, stt: "2", cells: ["2", "Rà soát", "A-2"], continues: 42),
                .init(kind: "total", line: 45, cells: ["", "Tổng", ""]),
            ])
        let raw = Table(id: "table-2", kind: "raw", dialect: "tab_cells", span: Span(line: 50),
                        rows: [.init(kind: "raw", line: 50, cells: ["\tô 1"])])
        let bullets = Block(kind: .bullet, marker: "-", text: "Mục a", line: 12, children: [
            Block(kind: .bullet, marker: "+", text: "Mục con", line: 13),
        ])
        let outline = [
            Section(marker: "I.", scheme: .roman, level: 1, title: "MỤC ĐÍCH, YÊU CẦU", line: 10,
                    span: Span(startLine: 10, endLine: 30),
                    blocks: [Block(kind: .paragraph, text: "Đoạn mở đầu.", line: 11), bullets],
                    children: [
                        Section(marker: "1.", scheme: .arabic, level: 2, title: "Mục đích", line: 14,
                                span: Span(startLine: 14, endLine: 20),
                                children: [Section(marker: "a)", scheme: .letter, level: 3, title: nil, line: 15,
                                                   span: Span(line: 15),
                                                   blocks: [Block(kind: .paragraph, text: "Nội dung dài.", line: 15)])]),
                    ]),
            Section(marker: nil, scheme: .caps, level: 1, title: "PHỤ LỤC", line: 36,
                    span: Span(startLine: 36, endLine: 50),
                    blocks: [Block(kind: .table, text: "", line: 38, table: 0), Block(kind: .table, text: "", line: 50, table: 1)]),
        ]
        let metadata = Metadata(
            number: "3638/KH-UBND", type: "Kế hoạch", issuer: "Ủy ban nhân dân tỉnh Gia Lai", province: "Gia Lai",
            place: "Gia Lai", issued: "2023-12-26", title: "Cải cách hành chính năm 2024",
            signer: Signer(name: "Nguyễn Văn A", title: "Phó Chủ tịch", authority: "KT. Chủ tịch"),
            field: "cải cách hành chính", bases: ["Căn cứ Luật Tổ chức chính quyền địa phương"],
            plan: AttachedPlan(type: "Kế hoạch", title: "Thực hiện", number: "12/QĐ-UBND", issued: "2024-01-05", line: 60),
            lines: ["number": 3, "issued": 4, "title": 7])
        return PlanDocument(
            source: SourceInfo(name: "plan.txt", format: "text", encoding: "utf-8", sha256: sha, bytes: 2048, lines: 70),
            metadata: metadata, outline: outline, tables: [table, raw], tasks: [task],
            citations: [Citation(kind: "Nghị quyết", number: "76/NQ-CP", issuer: "Chính phủ", date: "2021-07-15", line: 8)],
            abbreviations: [Abbreviation(short: "CCHC", long: "cải cách hành chính", line: 9)],
            footnotes: [Footnote(marker: "1", text: "Chú thích.", line: 69)],
            regions: [Region(kind: "site_chrome", span: Span(startLine: 1, endLine: 2)),
                          Region(kind: "separator", span: Span(line: 35))],
            diagnostics: [Diagnostic(.warning, "outline.numbering-jump", "expected '2.' but found '3.'", line: 20),
                          Diagnostic(.info, "tables.continued", "row continues the row above", line: nil)])
    }

    /// Empty lists, null metadata and a source with no lines.
    static var minimal: PlanDocument {
        PlanDocument(source: SourceInfo(name: "-", format: "html", encoding: "utf-8", sha256: sha, bytes: 0, lines: 0))
    }

    static func json(_ doc: PlanDocument) -> Data { Data(PlanX.render(doc, as: .json)) }

    static func tree(_ doc: PlanDocument) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: json(doc)) as? [String: Any] ?? [:]
    }

    static func data(_ tree: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys])
    }
}
