import Foundation

/// Maps a column's header text to its canonical field (design.md "Canonical column fields").
///
/// `Cơ quan chủ trì` → `lead`; `Phân công trách nhiệm / Phối hợp` → `partners`;
/// `Mục tiêu năm 2024` → `target`; a header without a canonical meaning keeps a snake_case ASCII
/// field of its own: `Lĩnh vực` → `linh_vuc`.
enum ColumnMapper {
    /// Header text folded for matching: lower case, no diacritics, `đ` → `d`, spaces collapsed.
    static func fold(_ s: String) -> String {
        if let fast = HeaderFold.fold(s) { return fast }
        let f = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
        return f.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// The canonical field of a leaf header (`leaf`), its parents' texts helping for sub-columns.
    static func canonical(leaf: String, parents: [String] = []) -> String? {
        canonical(folded: fold(leaf), foldedParents: fold(parents.joined(separator: " ")))
    }

    /// The same, on texts already folded (header search tries many parent choices).
    static func canonical(folded h: String, foldedParents p: String) -> String? {
        func has(_ s: StaticString) -> Bool { contains(h, s) }
        func starts(_ s: StaticString) -> Bool { hasPrefix(h, s) }
        if h == "stt" || h == "tt" || h == "so tt" || starts("so thu tu") || h == "thu tu" { return "stt" }
        if starts("ghi chu") { return "notes" }
        if has("diem toi da") || has("diem chuan") { return "max_score" }
        if contains(p, "yeu cau") || contains(p, "san pham") {
            if has("tham quyen") { return "output_authority" }
            if has("chat luong") || hasPrefix(h, "noi dung") { return "output_quality" }
            if has("muc do hoan thanh") || has("hoan thanh") && !has("thoi gian") { return "output_completion" }
        }
        if has("muc do hoan thanh") { return "output_completion" }
        if starts("muc tieu") { return hasYear(h) || has("nam") ? "target" : "objective" }
        if starts("ket qua nam") || has("nam truoc") || starts("diem nam") || starts("ket qua") && hasYear(h) { return "prior_result" }
        if starts("chi tieu") { return "target" }
        if has("chu tri") || has("co quan thuc hien") || has("don vi thuc hien") || starts("thuc hien") { return "lead" }
        if has("phoi hop") { return "partners" }
        if starts("thoi gian") || starts("thoi han") || starts("tien do") || starts("han hoan thanh") { return "deadline" }
        if has("kinh phi") || has("du toan") || starts("nguon von") { return "budget" }
        if starts("hoat dong") { return "activity" }
        if starts("san pham") || starts("ket qua") || has("/ san pham") || has("/san pham") { return "output" }
        if starts("noi dung") || starts("nhiem vu") || starts("ten nhiem vu") || starts("cong viec")
            || starts("linh vuc/") || starts("linh vuc,") || starts("linh vuc /") || starts("tieu chi") { return "task" }
        return nil
    }

    /// Fields for all leaf columns, made unique (`linh_vuc`, `linh_vuc_2`).
    static func fields(_ columns: [(leaf: String, parents: [String])]) -> [String] {
        var used: [String: Int] = [:]
        return columns.enumerated().map { i, c in
            var f = canonical(leaf: c.leaf, parents: c.parents) ?? snake(c.leaf)
            if f.isEmpty { f = "column_\(i + 1)" }
            used[f, default: 0] += 1
            return used[f]! > 1 ? "\(f)_\(used[f]!)" : f
        }
    }

    /// `Mô hình thí điểm` → `mo_hinh_thi_diem` (ASCII, whole words, at most 48 characters).
    static func snake(_ s: String) -> String {
        let words = fold(s).split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        var out = ""
        for w in words {
            if !out.isEmpty && out.count + 1 + w.count > 48 { break }
            out += out.isEmpty ? String(w) : "_" + w
        }
        return out
    }

    private static func hasYear(_ h: String) -> Bool {
        contains(h, "20") && h.utf8.filter { $0 >= 48 && $0 <= 57 }.count >= 4
    }

    /// Byte search of an ASCII word in folded text (Foundation's `contains` is slow here: header
    /// search calls this for every pair of header texts).
    static func contains(_ h: String, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard let first = w.first else { return true }
        var h = h
        return h.withUTF8 { b in
            guard b.count >= w.count else { return false }
            var i = 0
            while i <= b.count - w.count {
                if b[i] == first {
                    var k = 1
                    while k < w.count, b[i + k] == w[k] { k += 1 }
                    if k == w.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// `h.hasPrefix(word)` for an ASCII word, on bytes; `String.hasPrefix` (which compares
    /// characters) decides only when a non-ASCII byte is involved: a mark after the prefix, or a
    /// character where the word has a letter.
    static func hasPrefix(_ h: String, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var h = h
        let fast: Bool? = h.withUTF8 { b in
            var k = 0
            while k < w.count {
                guard k < b.count else { return false }
                if b[k] != w[k] { return b[k] < 0x80 ? false : nil }
                k += 1
            }
            return k == b.count || b[k] < 0x80 ? true : nil
        }
        return fast ?? h.hasPrefix(word.description)
    }

    /// Headers that group sub-columns rather than name a column of their own.
    static func isParentLike(_ s: String) -> Bool { isParentLike(folded: fold(s)) }

    static func isParentLike(folded h: String) -> Bool {
        return hasPrefix(h, "phan cong") || hasPrefix(h, "yeu cau") || hasPrefix(h, "trach nhiem")
            || hasPrefix(h, "mo hinh") || contains(h, "chia ra") || hasPrefix(h, "trong do") || hasPrefix(h, "bao gom")
    }
}
