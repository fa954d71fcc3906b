@testable import PlanX

/// One deadline cell and what it must read as.
struct DeadlineCase: Sendable, CustomStringConvertible {
    let text: String
    /// The plan's year, as `PlanYear` finds it in the document the cell comes from.
    let year: Int?
    let kind: Deadline.Kind
    let start: String?
    let end: String?
    var description: String { text.replacingOccurrences(of: "\n", with: " ⏎ ") }

    init(_ text: String, _ year: Int?, _ kind: Deadline.Kind, _ start: String? = nil, _ end: String? = nil) {
        self.text = text
        self.year = year
        self.kind = kind
        self.start = start
        self.end = end
    }
}

/// Every distinct deadline cell of the five seed documents (corpus/), with the value checked by hand.
/// Plan years: 000 → 2022 (`… NĂM 2022`), 001 → none (`GIAI ĐOẠN 2021-2030`), 002 → 2024,
/// 003 → 2021 (`… năm 2021 và giai đoạn 2021-2025`), 004 → 2024.
enum SeedDeadlines {
    static let all: [DeadlineCase] = doc000 + doc001 + doc002 + doc003 + doc004

    static let doc000: [DeadlineCase] = [
        .init("Quý IV/2021", 2022, .quarter, "2021-10-01", "2021-12-31"),
        .init("Tháng 01/2022", 2022, .month, "2022-01-01", "2022-01-31"),
        .init("Quý I/2022", 2022, .quarter, "2022-01-01", "2022-03-31"),
        .init("Sau khi Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2021", 2022, .event),
        .init("Quý II/2022", 2022, .quarter, "2022-04-01", "2022-06-30"),
        .init("Năm 2022", 2022, .year, "2022-01-01", "2022-12-31"),
        .init("Quý IV/2022", 2022, .quarter, "2022-10-01", "2022-12-31"),
        .init("Thường xuyên", 2022, .continuous),
        .init("Năm 2022 - 2024", 2022, .range, "2022-01-01", "2024-12-31"),
    ]

    static let doc001: [DeadlineCase] = [
        .init("Năm 2021", nil, .year, "2021-01-01", "2021-12-31"),
        .init("Tháng 1 hàng năm", nil, .recurring),
        .init("Sau khi HĐND, UBND tỉnh ban hành các văn bản QPPL", nil, .event),
        .init("2021-2022", nil, .range, "2021-01-01", "2022-12-31"),
        .init("Quý I hàng năm", nil, .recurring),
        .init("Năm 2021- 2025", nil, .range, "2021-01-01", "2025-12-31"),
        .init("2025", nil, .year, "2025-01-01", "2025-12-31"),
        .init("2022", nil, .year, "2022-01-01", "2022-12-31"),
        .init("2024", nil, .year, "2024-01-01", "2024-12-31"),
        .init("2021", nil, .year, "2021-01-01", "2021-12-31"),
        .init("- Quý IV hàng năm\n- Báo cáo quý, 6 tháng và năm.", nil, .multiple),
    ]

    static let doc002: [DeadlineCase] = [
        .init("Trong năm 2024", 2024, .year, "2024-01-01", "2024-12-31"),
        .init("Trước ngày 31/01 năm 2025", 2024, .by, nil, "2025-01-31"),
        .init("Trước ngày 20/12/2024", 2024, .by, nil, "2024-12-20"),
        .init("Quý IV", 2024, .quarter, "2024-10-01", "2024-12-31"),
        .init("Quý II và Quý III", 2024, .range, "2024-04-01", "2024-09-30"),
        .init("Theo yêu cầu nhiệm vụ", 2024, .event),
        .init("- Trước ngày 20/3/2024;\n- Trước ngày 20/6/2024;\n- Trước ngày 20/9/2024;\n- Trước ngày 20/12/2024.", 2024,
              .multiple, nil, "2024-12-20"),
        .init("- Kế hoạch trong quý IV năm trước liền kề năm kế hoạch;\n- Báo cáo trước ngày 20/12", 2024, .multiple),
    ]

    static let doc003: [DeadlineCase] = [
        .init("- Kế hoạch của Sở, ngành và UBND cấp huyện ban hành chậm nhất sau 15 ngày, kể từ ngày tỉnh ban hành Kế hoạch; - Kế hoạch của UBND cấp xã ban hành chậm nhất sau 15 ngày, kể từ ngày huyện ban hành Kế hoạch.",
              2021, .multiple),
        .init("Trước 30/8/2021", 2021, .by, nil, "2021-08-30"),
        .init("Trước 30/9/2021", 2021, .by, nil, "2021-09-30"),
        .init("Trước 15/10/2021", 2021, .by, nil, "2021-10-15"),
        .init("Trước 05/11/2021", 2021, .by, nil, "2021-11-05"),
        .init("Trước 15/9/2021 (Định kỳ thường xuyên cập nhật, bổ sung hàng năm)", 2021, .by, nil, "2021-09-15"),
        .init("Trước 30/10/2021", 2021, .by, nil, "2021-10-30"),
        .init("Trước 15/11/2021", 2021, .by, nil, "2021-11-15"),
        .init("Sau 03 ngày kể từ ngày cấp huyện cung cấp thông tin để cấp xã công khai", 2021, .event),
        .init("Trước 30/11/2021", 2021, .by, nil, "2021-11-30"),
        .init("Trước 15/12/2021", 2021, .by, nil, "2021-12-15"),
        .init("Trước 15/9/2021 (cập nhật thường xuyên trong năm)", 2021, .by, nil, "2021-09-15"),
        .init("- Các thông tin quy định thuộc thẩm quyền của địa phương: Hoàn thành trước 20/9/2021. - Các thông tin quy định thuộc thẩm quyền của tỉnh: Hoàn thành việc niêm yết công khai sau 15 ngày kể từ ngày Sở, ngành công bố.",
              2021, .multiple),
        .init("Định kỳ 06 tháng và năm", 2021, .unknown),
        .init("Trước 10/9/2021", 2021, .by, nil, "2021-09-10"),
        .init("Trước 15/9/2021", 2021, .by, nil, "2021-09-15"),
        .init("Trước 20/9/2021", 2021, .by, nil, "2021-09-20"),
        .init("Tháng 9/2021", 2021, .month, "2021-09-01", "2021-09-30"),
        .init("Tháng 10/9/2021", 2021, .unknown),
        .init("Tháng 6/2022", 2021, .month, "2022-06-01", "2022-06-30"),
        .init("Tháng 9/2021 (Tổng hợp đánh giá, lựa chọn giải pháp sáng kiến đưa vào thực hiện từ Quý I/2022)", 2021,
              .month, "2021-09-01", "2021-09-30"),
    ]

    static let doc004: [DeadlineCase] = [
        .init("Sau khi có thông báo bằng văn bản của Bộ Tư pháp", 2024, .event),
        .init("Thường xuyên trong năm 2024", 2024, .continuous, "2024-01-01", "2024-12-31"),
        .init("- Ban hành Kế hoạch trước ngày 31/12/2023.\n- Báo cáo kết quả thực hiện trong Quý IV năm 2024.", 2024,
              .multiple, nil, "2024-12-31"),
        .init("- Ban hành Kế hoạch theo dõi thi hành pháp luật trước ngày 30/01/2024.\n- Báo cáo kết quả theo dõi thi hành pháp luật chậm nhất ngày 10/12/2024.",
              2024, .multiple, nil, "2024-12-10"),
        .init("Trước ngày 31/12/2023", 2024, .by, nil, "2023-12-31"),
        .init("Theo Kế hoạch", 2024, .event),
        .init("Năm 2024 và các năm tiếp theo", 2024, .range, "2024-01-01", nil),
        .init("Ban hành Kế hoạch trong tháng 01/2024", 2024, .month, "2024-01-01", "2024-01-31"),
        .init("Báo cáo kết quả trước ngày 15/8/2024", 2024, .by, nil, "2024-08-15"),
        .init("Báo cáo kết quả về Văn phòng Chính phủ trước ngày 15/9/2024", 2024, .by, nil, "2024-09-15"),
        .init("Trong Quý IV\nnăm 2024", 2024, .quarter, "2024-10-01", "2024-12-31"),
        .init("Trong tháng 12 năm 2024", 2024, .month, "2024-12-01", "2024-12-31"),
        .init("Lồng ghép trong báo cáo định kỳ CCHC", 2024, .unknown),
        .init("Ban hành kế hoạch trước 31/12/2023", 2024, .by, nil, "2023-12-31"),
        .init("Trong quý I năm 2024", 2024, .quarter, "2024-01-01", "2024-03-31"),
        .init("Trong quý II năm 2024", 2024, .quarter, "2024-04-01", "2024-06-30"),
        .init("Trong Quý I/2024", 2024, .quarter, "2024-01-01", "2024-03-31"),
        .init("Trong Quý I năm 2024", 2024, .quarter, "2024-01-01", "2024-03-31"),
        .init("Thường xuyên trong năm", 2024, .continuous, "2024-01-01", "2024-12-31"),
        .init("Trong tháng 01 năm 2024", 2024, .month, "2024-01-01", "2024-01-31"),
        .init("Sau khi có thông tư, hướng dẫn của cơ quan chủ quản và cơ quan cấp trên", 2024, .event),
        .init("Sau khi UBND tỉnh ban hành kế hoạch thực hiện", 2024, .event),
        .init("Sau khi Chính phủ, các Bộ, ngành Trung ương có văn bản chỉ đạo, hướng dẫn của Văn phòng Chính phủ, Bộ Tư pháp",
              2024, .event),
        .init("Theo hướng dẫn của Trung ương", 2024, .event),
        .init("Trước 28/02/2024", 2024, .by, nil, "2024-02-28"),
        .init("Trước 31/12/2024", 2024, .by, nil, "2024-12-31"),
        .init("Năm 2024", 2024, .year, "2024-01-01", "2024-12-31"),
    ]
}
