/// The document type words a citation starts with (`Nghị quyết`, `Chỉ thị`, `Luật`, …), kept as data,
/// and a byte matcher for them.
///
/// Each kind is matched as written in sentence case (`Nghị quyết`), lower case (`nghị quyết`), upper
/// case (`NGHỊ QUYẾT`) and title case (`Nghị Quyết`); the citation's `kind` is always the sentence-case
/// form. Longer kinds are tried first, so `Chương trình hành động` wins over `Chương trình`.
enum DocumentKind {
    /// Sentence-case kind names. Adding a document type is a change here only.
    static let names: [String] = [
        "Chương trình hành động", "Chương trình", "Thông tư liên tịch", "Thông tư", "Thông tri",
        "Thông báo", "Nghị quyết liên tịch", "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị",
        "Công văn", "Công điện", "Kế hoạch", "Kết luận", "Bộ luật", "Luật", "Hướng dẫn", "Tờ trình",
        "Báo cáo", "Đề án", "Pháp lệnh", "Hiến pháp", "Quy định", "Quy chế", "Văn bản",
    ]

    /// Kinds that are cited by name and year as well as by number:
    /// `Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`, `Hiến pháp năm 2013`.
    static let namedByTitle: Set<String> = ["Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh"]

    /// One written form of a kind.
    struct Form: Sendable {
        let bytes: [UInt8]
        let kind: String
        /// `nghị quyết`: such a mention needs a document number to count.
        let isLowercase: Bool
    }

    /// Forms indexed by their first byte, longest first.
    static let formsByFirstByte: [[Form]] = {
        var table = [[Form]](repeating: [], count: 256)
        for name in names {
            let title = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined(separator: " ")
            var seen = Set<[UInt8]>()
            for (text, lower) in [(name, false), (name.lowercased(), true), (name.uppercased(), false), (title, false)] {
                let bytes = Array(text.utf8)
                guard seen.insert(bytes).inserted else { continue }
                table[Int(bytes[0])].append(Form(bytes: bytes, kind: name, isLowercase: lower && text != name))
            }
        }
        return table.map { $0.sorted { $0.bytes.count > $1.bytes.count } }
    }()

    /// Whether some kind starts with these two bytes (index `b0 << 8 | b1`): the scanner's cheap first test.
    static let isFirstPair: [Bool] = {
        var table = [Bool](repeating: false, count: 1 << 16)
        for bucket in formsByFirstByte {
            for form in bucket { table[Int(form.bytes[0]) << 8 | Int(form.bytes[1])] = true }
        }
        return table
    }()

    /// The kind written at `i`, ending at a word boundary, or nil.
    static func match(at i: Int, in s: ReferenceBytes.Bytes) -> (form: Form, end: Int)? {
        guard i < s.count else { return nil }
        for form in formsByFirstByte[Int(s[i])] where ReferenceBytes.hasWord(form.bytes, at: i, in: s) {
            return (form, i + form.bytes.count)
        }
        return nil
    }

    /// Whether a kind that is not written in lower case starts at `i` (a new citation, not part of a name).
    static func startsCapitalised(at i: Int, in s: ReferenceBytes.Bytes) -> Bool {
        guard let m = match(at: i, in: s) else { return false }
        return !m.form.isLowercase
    }
}
