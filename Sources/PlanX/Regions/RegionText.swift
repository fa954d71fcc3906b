import Foundation

/// Cheap tests on one normalised line, on UTF-8 bytes where they run over every block.
///
/// `RegionText.starts("Căn cứ Luật …", with: RegionText.canCu)` is a byte comparison; only
/// the candidate lines that pass such a test get `unicodeScalars`-level checks (`isCaps`).
/// Patterns are NFC literals, the same form the Input stage guarantees for the text.
enum RegionText {
    typealias Bytes = [UInt8]

    static func bytes(_ s: String) -> Bytes { Array(s.utf8) }

    /// True when `text` begins with one of `prefixes` (exact bytes).
    static func starts(_ text: String, with prefixes: [Bytes]) -> Bool {
        for p in prefixes where starts(text, with: p) { return true }
        return false
    }

    static func starts(_ text: String, with prefix: Bytes) -> Bool {
        var it = text.utf8.makeIterator()
        for b in prefix {
            guard let c = it.next(), c == b else { return false }
        }
        return true
    }

    static func ends(_ text: String, with suffix: String) -> Bool {
        let t = text.utf8, s = suffix.utf8
        guard t.count >= s.count else { return false }
        return t.suffix(s.count).elementsEqual(s)
    }

    /// All cased letters are upper case and there are at least two: `KẾ HOẠCH`, `ỦY BAN NHÂN DÂN`.
    static func isCaps(_ text: String) -> Bool {
        var upper = 0
        for u in text.unicodeScalars {
            if u.value < 0x80 {
                if u.value >= 0x61 && u.value <= 0x7A { return false }
                if u.value >= 0x41 && u.value <= 0x5A { upper += 1 }
                continue
            }
            let p = u.properties
            if p.isLowercase { return false }
            if p.isUppercase { upper += 1 }
        }
        return upper >= 2
    }

    /// Caps lines have no ASCII lower-case letter in their first bytes; most body lines do,
    /// so this one loop rejects them before any string work.
    static func noLowerASCIIInHead(_ text: String) -> Bool {
        for b in text.utf8.prefix(8) where b >= 0x61 && b <= 0x7A { return false }
        return true
    }

    /// Has at least one letter (ASCII or any byte of a multi-byte scalar counts as one).
    static func hasLetter(_ text: String) -> Bool {
        for b in text.utf8 where (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0xC3 { return true }
        return false
    }

    static func wordCount(_ text: String) -> Int {
        var n = 0, inWord = false
        for b in text.utf8 {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    /// Text with a trailing layout pipe (`Số: 6832/KH-UBND |`) and surrounding pipes removed.
    static func strippingPipes(_ text: String) -> String {
        let u = text.utf8
        guard let f = u.first, let l = u.last, f == 0x7C || f == 0x20 || l == 0x7C || l == 0x20 else { return text }
        var s = Substring(text)
        while let f = s.first, f == "|" || f == " " { s = s.dropFirst() }
        while let l = s.last, l == "|" || l == " " { s = s.dropLast() }
        return String(s)
    }

    /// The cells of a layout row kept on one line: `Số: 2992/KH-UBND | Bình Thuận, ngày 12 tháng 8 năm 2021 |`
    /// → two cells; a line without ` | ` inside is one cell (its edge pipes stripped).
    static func cells(_ text: String) -> [String] {
        guard text.utf8.contains(0x7C) else { return [text] }
        let parts = text.split(separator: "|").map { strippingPipes(String($0)) }.filter { !$0.isEmpty }
        return parts.isEmpty ? [""] : parts
    }

    /// Lines made only of dashes, underscores, stars, pipes, dots or spaces: `-------`, `___`, `|`.
    static func isRule(_ text: String) -> Bool {
        var any = false
        for b in text.utf8 {
            switch b {
            case 0x2D, 0x5F, 0x2A, 0x7C, 0x2E, 0x20, 0x3D: any = true
            default: return false
            }
        }
        return any
    }

    /// A numbered heading marker at the start: `I.`, `II.`, `1.`, `1.2.`, `a)`, `A.`, `Điều 1`, `Chương`, `PHỤ LỤC`.
    static func startsWithHeadingMarker(_ text: String) -> Bool {
        let u = Array(text.utf8.prefix(12))
        guard let first = u.first else { return false }
        var i = 0
        if first >= 0x30 && first <= 0x39 {
            var dots = 0
            while i < u.count, (u[i] >= 0x30 && u[i] <= 0x39) || u[i] == 0x2E {
                if u[i] == 0x2E { dots += 1 }
                i += 1
            }
            return dots > 0 || (i < u.count && u[i] == 0x29)
        }
        let romans: Set<UInt8> = [0x49, 0x56, 0x58, 0x4C]  // I V X L
        if romans.contains(first) {
            while i < u.count, romans.contains(u[i]) { i += 1 }
            if i < u.count, u[i] == 0x2E || u[i] == 0x29 { return true }
        }
        if u.count >= 2, (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A), u[1] == 0x29 || (first <= 0x5A && u[1] == 0x2E) {
            return true
        }
        return starts(text, with: headingWords)
    }

    // MARK: - Vocabulary

    static let headingWords: [Bytes] = ["Điều ", "Chương ", "CHƯƠNG ", "Mục ", "PHỤ LỤC", "Phụ lục "].map(bytes)

    /// The document type words as a document writes its type line, upper case.
    static let typeWords: [String] = [
        "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH", "KẾ HOẠCH HÀNH ĐỘNG", "KẾ HOẠCH", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ",
        "THÔNG BÁO", "BÁO CÁO", "ĐỀ ÁN", "HƯỚNG DẪN", "QUY ĐỊNH", "PHƯƠNG ÁN", "CÔNG VĂN", "NGHỊ ĐỊNH",
        "THÔNG TƯ", "QUY CHẾ", "KẾT LUẬN", "TỜ TRÌNH",
    ]

    static let typeFirstBytes: Set<UInt8> = Set(typeWords.compactMap(\.utf8.first))

    /// `KẾ HOẠCH` (alone on its line, leading space and trailing colon tolerated) → `KẾ HOẠCH`.
    static func typeWord(_ text: String) -> String? {
        guard text.utf8.count <= 48, let f = text.utf8.first, typeFirstBytes.contains(f) || f == 0x20 || f == 0x7C,
              noLowerASCIIInHead(text) else { return nil }
        var t = strippingPipes(text)
        if t.hasSuffix(":") { t.removeLast(); while t.hasSuffix(" ") { t.removeLast() } }
        guard t.utf8.count <= 40 else { return nil }
        for w in typeWords where t == w { return w }
        return nil
    }

    /// `QUYẾT ĐỊNH:` / `QUYẾT NGHỊ:` — the enacting line of a decision or resolution.
    static func isEnactingLine(_ text: String) -> Bool {
        let t = strippingPipes(text)
        guard t.hasSuffix(":"), t.utf8.count <= 30 else { return false }
        return isCaps(t)
    }

    static let basisPrefixes: [Bytes] = [
        "Căn cứ", "CĂN CỨ", "Thực hiện ", "Theo đề nghị", "Xét đề nghị", "Trên cơ sở", "Xét Tờ trình",
    ].map(bytes)

    static func isBasis(_ text: String) -> Bool { starts(text, with: basisPrefixes) }

    /// A preamble paragraph ending the front matter: `… ban hành Kế hoạch … như sau:`.
    static func isPreamble(_ text: String) -> Bool {
        guard ends(text, with: "như sau:") || ends(text, with: "như sau") else { return false }
        return text.contains("ban hành") || text.contains("xây dựng Kế hoạch") || text.contains("triển khai")
    }

    static let captionPrefixes: [Bytes] = ["(Kèm theo", "(Ban hành kèm theo", "(kèm theo", "(ban hành kèm theo"].map(bytes)

    static func isCaption(_ text: String) -> Bool { starts(text, with: captionPrefixes) }

    static let mottoPrefixes: [Bytes] = ["CỘNG HÒA", "CỘNG HOÀ", "Độc lập", "ĐỘC LẬP", "CHỦ NGHĨA VIỆT NAM", "Hạnh phúc"].map(bytes)

    static func isMotto(_ text: String) -> Bool { starts(text, with: mottoPrefixes) }

    /// `Số: 3638/KH-UBND`, `Số 12/QĐ-UBND`, `Nghị quyết số: 95/2025/UBTVQH15`.
    static func isNumberLine(_ text: String) -> Bool {
        for p in soPrefixes where starts(text, with: p) {
            // `Số: 12/…`, `Số 12/…`, `Số:   /KH-UBND` — not `Số lượng …`.
            for b in text.utf8.dropFirst(p.count) where b != 0x20 && b != 0x3A {
                return (b >= 0x30 && b <= 0x39) || b == 0x2F
            }
            return false
        }
        guard text.utf8.count <= 80, let r = text.range(of: " số") else { return false }
        let head = text[..<r.lowerBound]
        return RegionText.wordCount(String(head)) <= 3 && text.contains("/")
    }

    static let soPrefixes: [Bytes] = ["Số", "SỐ"].map(bytes)

    /// `Gia Lai, ngày 26 tháng 12 năm 2023` — short, with `ngày … tháng … năm`.
    static func isPlaceDate(_ text: String) -> Bool {
        guard text.utf8.count <= 90 else { return false }
        guard let r = text.range(of: "ngày") else { return false }
        return text[r.upperBound...].contains("tháng") && text.contains("năm")
    }

    /// Leading words of an issuing body in upper case: `ỦY BAN NHÂN DÂN`, `UBND TỈNH`, `BỘ …`.
    static let issuerPrefixes: [Bytes] = [
        "ỦY BAN", "UỶ BAN", "UBND", "BỘ ", "HỘI ĐỒNG", "SỞ ", "BAN ", "CHÍNH PHỦ", "THỦ TƯỚNG", "VĂN PHÒNG",
        "TỔNG CỤC", "CỤC ", "TỈNH ", "THÀNH PHỐ", "HUYỆN ", "QUẬN ", "THỊ XÃ", "XÃ ", "PHƯỜNG ", "ĐẢNG BỘ",
        "TỈNH ỦY", "TỈNH UỶ", "MẶT TRẬN", "CHỦ TỊCH", "BỘ TRƯỞNG", "QUỐC HỘI", "TRƯỜNG ", "TRUNG TÂM",
    ].map(bytes)

    static func isIssuerLike(_ text: String) -> Bool { starts(text, with: issuerPrefixes) && isCaps(text) }
}
