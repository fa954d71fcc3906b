/// The kinds of text a table cell can hold, as a small bit set computed once per unit.
///
/// `Sở Nội vụ` → agency; `Quý IV/2021` → period; `9.5` → number; `- Kế hoạch;` → bullet, document.
/// Computed on UTF-8 bytes of the lower-cased text: it runs on every paragraph of every table.
struct CellFeatures: Sendable, Equatable {
    static let count = 13
    enum F: Int, CaseIterable {
        case empty, stt, number, percent, period, agency, bullet, numbered, long, short, document, caps, funding
    }
    var bits: UInt32 = 0
    func has(_ f: F) -> Bool { bits & (1 << UInt32(f.rawValue)) != 0 }
    mutating func set(_ f: F) { bits |= 1 << UInt32(f.rawValue) }

    private static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    private static let agencyPrefixes = bytes([
        "sở ", "ubnd", "ủy ban", "uỷ ban", "văn phòng", "các sở", "các cơ quan", "các đơn vị", "ban ", "công an",
        "đài ", "báo ", "trung tâm", "cục ", "kho bạc", "bảo hiểm", "hội ", "liên đoàn", "thanh tra", "tỉnh đoàn",
        "bộ ", "các bộ", "cơ quan", "đơn vị", "hđnd", "trường ", "bộ chỉ huy", "ngân hàng", "viện ", "các huyện",
        "các địa phương", "mặt trận", "đoàn ", "các phòng", "phòng ",
    ])
    /// Words that start like a body but are not one: `Báo cáo` (report), `Ban hành` (issue).
    private static let agencyLookalikes = bytes(["báo cáo", "ban hành", "hội nghị", "hội thảo", "hội thi", "đoàn kiểm tra"])
    private static let periodWords = bytes([
        "quý", "tháng", "năm 20", "trước ngày", "thường xuyên", "hàng năm", "hằng năm", "định kỳ", "sau khi",
        "chậm nhất", "trong năm", "cả năm", "giai đoạn", "hàng quý", "hằng quý", "hàng tháng", "6 tháng", "đến năm",
    ])
    /// Timing written as a reference: `Theo Kế hoạch`, `Theo quy định`, `Theo lộ trình`.
    private static let periodStarts = bytes(["theo kế hoạch", "theo quyết định", "theo quy định", "theo lộ trình", "theo tiến độ", "theo yêu cầu"])
    private static let documentWords = bytes([
        "kế hoạch", "báo cáo", "quyết định", "nghị quyết", "văn bản", "công văn", "thông báo", "đề án", "chương trình",
        "tờ trình", "hướng dẫn", "danh mục", "phần mềm", "hệ thống", "cơ sở dữ liệu", "tài liệu", "các văn bản", "dự thảo",
    ])
    private static let fundingWords = bytes(["ngân sách", "kinh phí", "nguồn vốn", "xã hội hóa"])

    init(_ text: String) {
        guard !text.isEmpty else { set(.empty); return }
        if SttToken.isToken(text) { set(.stt) }
        if SttToken.isNumberish(text) { set(.number) }
        let n = text.utf8.count
        if n > 140 { set(.long) }
        if n <= 30 { set(.short) }
        let lower = VietnameseLowercase.bytes(text)
        if lower.contains(37) { set(.percent) }
        var start = 0
        if let f = lower.first, f == 45 || f == 43 || f == 42 || (f == 0xE2 && lower.count > 2 && lower[1] == 0x80 && (lower[2] == 0xA2 || lower[2] == 0x93)) {
            set(.bullet)
            start = f == 0xE2 ? 3 : 1
            while start < lower.count, lower[start] == 32 { start += 1 }
        }
        if let after = Self.numberedEnd(lower, from: start) {
            set(.numbered)
            start = after
        }
        if Self.startsWithAny(lower, start, Self.agencyPrefixes), !Self.startsWithAny(lower, start, Self.agencyLookalikes) { set(.agency) }
        if Self.startsWithAny(lower, start, Self.documentWords) { set(.document) }
        if Self.containsAny(lower, Self.periodWords, Self.periodFirsts) || Self.hasDate(lower) || Self.startsWithAny(lower, start, Self.periodStarts) {
            set(.period)
        }
        if Self.containsAny(lower, Self.fundingWords, Self.fundingFirsts) { set(.funding) }
        if n > 8, Self.isCaps(text) { set(.caps) }
    }

    /// `1. `, `2) `, `a) `: the index after the marker and its space.
    private static func numberedEnd(_ s: [UInt8], from start: Int) -> Int? {
        var i = start, digits = 0
        while i < s.count, s[i] >= 48, s[i] <= 57 { digits += 1; i += 1 }
        if digits == 0 {
            guard i + 2 < s.count, s[i] >= 97, s[i] <= 122, s[i + 1] == 41, s[i + 2] == 32 else { return nil }
            return i + 3
        }
        guard i + 1 < s.count, s[i] == 46 || s[i] == 41, s[i + 1] == 32 else { return nil }
        return i + 2
    }

    private static func startsWithAny(_ s: [UInt8], _ start: Int, _ words: [[UInt8]]) -> Bool {
        words.contains { w in
            guard s.count - start >= w.count else { return false }
            var k = 0
            while k < w.count, s[start + k] == w[k] { k += 1 }
            return k == w.count
        }
    }

    /// First bytes of `periodWords` and `fundingWords`, built once (not per cell).
    private static let periodFirsts = firstBytes(periodWords), fundingFirsts = firstBytes(fundingWords)

    private static func firstBytes(_ words: [[UInt8]]) -> [Bool] {
        var firsts = [Bool](repeating: false, count: 256)
        for w in words { firsts[Int(w[0])] = true }
        return firsts
    }

    private static func containsAny(_ s: [UInt8], _ words: [[UInt8]], _ firsts: [Bool]) -> Bool {
        // Words are few and start with a handful of bytes: test only where a first byte matches.
        var i = 0
        while i < s.count {
            if firsts[Int(s[i])] {
                for w in words where w[0] == s[i] && i + w.count <= s.count {
                    var k = 1
                    while k < w.count, s[i + k] == w[k] { k += 1 }
                    if k == w.count { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// `d/m/yyyy` or `m/yyyy` somewhere in the text.
    private static func hasDate(_ u: [UInt8]) -> Bool {
        var i = 1
        while i + 5 < u.count {
            if u[i] == 47, u[i - 1] >= 48, u[i - 1] <= 57, u[i + 1] >= 48, u[i + 1] <= 57 { return true }
            i += 1
        }
        return false
    }

    /// Upper-case ASCII letters present and no lower-case ones (`CẢI CÁCH THỂ CHẾ`): every
    /// Vietnamese word has an ASCII letter, so the bytes tell.
    private static func isCaps(_ s: String) -> Bool {
        var upper = false
        for b in s.utf8 {
            if b >= 97 && b <= 122 { return false }
            if b >= 65 && b <= 90 { upper = true }
        }
        return upper
    }
}
