/// Makes random plan-like documents from the shapes real ones have: headers, numbered
/// headings of every scheme, bullets, prose, pipe/tab/paragraph tables, chrome, noise.
struct DocumentGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next(_ n: Int) -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Int(state % UInt64(n))
    }

    mutating func pick(_ items: [String]) -> String { items[next(items.count)] }

    private static let prose = [
        "Tăng cường công tác kiểm tra, giám sát việc thực hiện các nhiệm vụ cải cách hành chính.",
        "Các cơ quan, đơn vị, địa phương xây dựng kế hoạch cụ thể; báo cáo kết quả trước ngày 15/12/2024.",
        "Phấn đấu 100% hồ sơ TTHC được giải quyết đúng hạn",
        "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.",
        "2021. Một câu bắt đầu bằng năm",
        "Hoàn thiện thể chế (sau đây viết tắt là HTTC) của tỉnh",
    ]
    private static let headings = [
        "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "1. Mục đích", "2. Yêu cầu", "1.1. Nội dung", "a) Mục tiêu",
        "b) Nhiệm vụ:", "đ) Khác", "A. PHẦN CHUNG", "Điều 1. Ban hành kèm theo", "Chương II", "PHỤ LỤC",
        "1.Công khai thủ tục", "A. MỤC ĐÍCH I. MỤC ĐÍCH", "III. TỔ CHỨC THỰC HIỆN", "5. Nhảy số",
    ]
    private static let noise = [
        "- Gạch đầu dòng", "+ Dấu cộng", "• Chấm tròn", "– Gạch ngang", "-------", "|", "||", " | ",
        "\u{00A0}", "Số hiệu | 12/KH-UBND |", "ỦY BAN NHÂN DÂN |", "Số: 12/KH-UBND", "Hà Nội, ngày 1 tháng 2 năm 2024",
        "KẾ HOẠCH", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Nơi nhận:",
        "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A", "Văn bản đang xem", "Loading…",
        "\tSTT", "\tNội dung", "STT | Nội dung | Thời gian |", "1 | Việc một | Quý I/2024 |", "2 | Việc hai ||",
        "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Sở Nội vụ", "Quý IV/2024", "1", "2",
        "Chính phủ5 đã ban hành", "1 Nghị quyết số 76/NQ-CP", "| a | b |", "|---|---|", "CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    ]

    mutating func document(lines: Int) -> String {
        var out: [String] = []
        for _ in 0..<lines {
            switch next(10) {
            case 0...2: out.append(pick(Self.prose))
            case 3...4: out.append(pick(Self.headings))
            case 5: out.append("")
            default: out.append(pick(Self.noise))
            }
        }
        return out.joined(separator: next(4) == 0 ? "\r\n" : "\n") + "\n"
    }
}
