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
    /// Bits no text has: features not computed yet (`GridCell`).
    static let deferredBits = UInt32.max

    init(bits: UInt32) { self.bits = bits }
    func has(_ f: F) -> Bool { bits & (1 << UInt32(f.rawValue)) != 0 }
    mutating func set(_ f: F) { bits |= 1 << UInt32(f.rawValue) }

    private static func bytes(_ words: [String]) -> ByteWordSet { ByteWordSet(words) }

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
        if let f = text.utf8.withContiguousStorageIfAvailable({ Self(nonEmpty: $0) }) {
            self = f
        } else {
            var copy = text
            self = copy.withUTF8 { Self(nonEmpty: $0) }
        }
    }

    /// The features of a non-empty text's UTF-8 bytes; lower-cased on a stack buffer.
    private init(nonEmpty text: UnsafeBufferPointer<UInt8>) {
        if SttToken.kind(bytes: text) != nil { set(.stt) }
        if SttToken.isNumberish(bytes: text) { set(.number) }
        let n = text.count
        if n > 140 { set(.long) }
        if n <= 30 { set(.short) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { buffer in
            _ = buffer.initialize(from: text)
            VietnameseLowercase.lower(buffer)
            classify(UnsafeBufferPointer(buffer))
        }
        if n > 8, Self.isCaps(text) { set(.caps) }
    }

    private mutating func classify(_ lower: UnsafeBufferPointer<UInt8>) {
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
        if Self.agencyPrefixes.matches(lower, at: start), !Self.agencyLookalikes.matches(lower, at: start) { set(.agency) }
        if Self.documentWords.matches(lower, at: start) { set(.document) }
        // One pass for `%`, dates and the period and funding words anywhere in the text (the
        // static sets read once: each read of a static is a call).
        var percent = false, period = false, funding = false
        let keys = Self.anywhereKeys, periodWords = Self.periodWords, fundingWords = Self.fundingWords
        let n = lower.count
        // The last four bytes read: a word of at least four bytes may start at `i - 3`.
        var window: UInt32 = 0
        keys.bits.withUnsafeBufferPointer { bits in
            for i in 0..<n {
                let b = lower[i]
                window = window << 8 | UInt32(b)
                if b < 48 {
                    if b == 37 { percent = true }
                    if b == 47, !period, i >= 1, i + 5 < n, lower[i - 1] >= 48, lower[i - 1] <= 57, lower[i + 1] >= 48, lower[i + 1] <= 57 {
                        period = true  // `d/m/yyyy` or `m/yyyy`
                    }
                }
                let h = ByteKeySet.hash(window)
                if i >= 3, bits[h >> 6] & (1 << UInt64(h & 63)) != 0 {
                    if !period, periodWords.matchesWithoutKey(lower, at: i - 3) { period = true }
                    if !funding, fundingWords.matchesWithoutKey(lower, at: i - 3) { funding = true }
                }
            }
        }
        if percent { set(.percent) }
        if period || Self.periodStarts.matches(lower, at: start) { set(.period) }
        if funding { set(.funding) }
    }

    /// `1. `, `2) `, `a) `: the index after the marker and its space.
    private static func numberedEnd(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start, digits = 0
        while i < s.count, s[i] >= 48, s[i] <= 57 { digits += 1; i += 1 }
        if digits == 0 {
            guard i + 2 < s.count, s[i] >= 97, s[i] <= 122, s[i + 1] == 41, s[i + 2] == 32 else { return nil }
            return i + 3
        }
        guard i + 1 < s.count, s[i] == 46 || s[i] == 41, s[i + 1] == 32 else { return nil }
        return i + 2
    }

    /// Four-byte starts of `periodWords` and `fundingWords`: the only places a scan must look.
    private static let anywhereKeys: ByteKeySet = {
        assert(periodWords.minLength >= 4 && fundingWords.minLength >= 4, "the scan keys words by four bytes")
        return periodWords.keys.union(fundingWords.keys)
    }()

    /// Upper-case ASCII letters present and no lower-case ones (`CẢI CÁCH THỂ CHẾ`): every
    /// Vietnamese word has an ASCII letter, so the bytes tell.
    private static func isCaps(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var upper = false
        for b in s {
            if b >= 97 && b <= 122 { return false }
            if b >= 65 && b <= 90 { upper = true }
        }
        return upper
    }
}
