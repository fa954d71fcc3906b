/// The kinds of text a table cell can hold, as a small bit set computed once per unit.
///
/// `Sở Nội vụ` → agency; `Quý IV/2021` → period; `9.5` → number; `- Kế hoạch;` → bullet, document.
struct CellFeatures: Sendable, Equatable {
    static let count = 13
    enum F: Int, CaseIterable {
        case empty, stt, number, percent, period, agency, bullet, numbered, long, short, document, caps, funding
    }
    var bits: UInt32 = 0
    func has(_ f: F) -> Bool { bits & (1 << UInt32(f.rawValue)) != 0 }
    mutating func set(_ f: F) { bits |= 1 << UInt32(f.rawValue) }

    private static let agencyPrefixes = [
        "sở ", "ubnd", "ủy ban", "uỷ ban", "văn phòng", "các sở", "các cơ quan", "các đơn vị", "ban ", "công an",
        "đài ", "báo ", "trung tâm", "cục ", "kho bạc", "bảo hiểm", "hội ", "liên đoàn", "thanh tra", "tỉnh đoàn",
        "bộ ", "các bộ", "cơ quan", "đơn vị", "hđnd", "trường ", "bộ chỉ huy", "ngân hàng", "viện ", "các huyện",
        "các địa phương", "mặt trận", "đoàn ", "các phòng", "phòng ",
    ]
    /// Words that start like a body but are not one: `Báo cáo` (report), `Ban hành` (issue).
    private static let agencyLookalikes = ["báo cáo", "ban hành", "hội nghị", "hội thảo", "hội thi", "đoàn kiểm tra"]
    private static let periodWords = [
        "quý", "tháng", "năm 20", "trước ngày", "thường xuyên", "hàng năm", "hằng năm", "định kỳ", "sau khi",
        "chậm nhất", "trong năm", "cả năm", "giai đoạn", "hàng quý", "hằng quý", "hàng tháng", "6 tháng", "đến năm",
    ]
    /// Timing written as a reference: `Theo Kế hoạch`, `Theo quy định`, `Theo lộ trình`.
    private static let periodStarts = ["theo kế hoạch", "theo quyết định", "theo quy định", "theo lộ trình", "theo tiến độ", "theo yêu cầu"]
    private static let documentWords = [
        "kế hoạch", "báo cáo", "quyết định", "nghị quyết", "văn bản", "công văn", "thông báo", "đề án", "chương trình",
        "tờ trình", "hướng dẫn", "danh mục", "phần mềm", "hệ thống", "cơ sở dữ liệu", "tài liệu", "các văn bản", "dự thảo",
    ]

    init(_ text: String) {
        guard !text.isEmpty else { set(.empty); return }
        if SttToken.isToken(text) { set(.stt) }
        if SttToken.isNumberish(text) { set(.number) }
        if text.utf8.contains(37) { set(.percent) }
        let n = text.utf8.count
        if n > 140 { set(.long) }
        if n <= 30 { set(.short) }
        let lower = text.lowercased()
        var body = Substring(lower)
        if let f = body.unicodeScalars.first, f == "-" || f == "+" || f == "•" || f == "–" || f == "*" {
            set(.bullet)
            body = body.dropFirst().drop { $0 == " " }
        }
        if Self.startsNumbered(body) {
            set(.numbered)
            body = body.drop { $0 != " " }.dropFirst()
        }
        if Self.agencyPrefixes.contains(where: { body.hasPrefix($0) }),
           !Self.agencyLookalikes.contains(where: { body.hasPrefix($0) }) { set(.agency) }
        if Self.documentWords.contains(where: { body.hasPrefix($0) }) { set(.document) }
        if Self.periodWords.contains(where: { lower.contains($0) }) || Self.hasDate(lower) || Self.periodStarts.contains(where: { body.hasPrefix($0) }) { set(.period) }
        if lower.contains("ngân sách") || lower.contains("kinh phí") || lower.contains("nguồn vốn") || lower.contains("xã hội hóa") { set(.funding) }
        if n > 8, text.contains(where: \.isLetter), text == text.uppercased() { set(.caps) }
    }

    /// `1. `, `2) `, `a) `.
    private static func startsNumbered(_ s: Substring) -> Bool {
        var digits = 0
        var it = s.utf8.makeIterator()
        while let b = it.next() {
            if b >= 48 && b <= 57 { digits += 1; continue }
            if (b == 46 || b == 41) && digits > 0 { return it.next() == 32 }
            if digits == 0 && b >= 97 && b <= 122 { return it.next() == 41 }
            return false
        }
        return false
    }

    /// `d/m/yyyy` or `m/yyyy` somewhere in the text.
    private static func hasDate(_ s: String) -> Bool {
        let u = Array(s.utf8)
        var i = 0
        while i + 5 < u.count {
            if u[i] == 47, i > 0, u[i - 1] >= 48, u[i - 1] <= 57, u[i + 1] >= 48, u[i + 1] <= 57 { return true }
            i += 1
        }
        return false
    }
}
