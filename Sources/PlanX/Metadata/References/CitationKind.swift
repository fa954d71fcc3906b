/// The document type words a citation starts with (`Nghị quyết`, `Chỉ thị`, `Luật`, …), kept as data,
/// and a byte matcher for them.
///
/// Each kind is matched as written in sentence case (`Nghị quyết`), lower case (`nghị quyết`), upper
/// case (`NGHỊ QUYẾT`) and title case (`Nghị Quyết`); the citation's `kind` is always the sentence-case
/// form. Longer kinds are tried first, so `Chương trình hành động` wins over `Chương trình`.
enum CitationKind {
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

    /// Every form, grouped by its first two bytes, longest first within a group.
    static let forms: [Form] = {
        var all: [Form] = []
        for name in names {
            let title = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined(separator: " ")
            var seen = Set<[UInt8]>()
            for (text, lower) in [(name, false), (name.lowercased(), true), (name.uppercased(), false), (title, false)] {
                let bytes = Array(text.utf8)
                guard seen.insert(bytes).inserted else { continue }
                all.append(Form(bytes: bytes, kind: name, isLowercase: lower && text != name))
            }
        }
        return all.sorted { (Table.pairKey($0.bytes), $1.bytes.count) < (Table.pairKey($1.bytes), $0.bytes.count) }
    }()

    /// The forms laid out flat for the scanner's hot loop (no per-form arrays to retain).
    struct Table: Sendable {
        /// Bit `b0 << 8 | b1` is set when some form starts with these two bytes (8 KB: stays in L1).
        let firstPairBits: [UInt64]
        /// `forms[pairStart[key]..<pairStart[key + 1]]` start with the two bytes `key`.
        let pairStart: [Int32]
        /// First four bytes of each form (every form has at least four).
        let prefixes: [UInt32]
        /// All forms' bytes, one after another; form `f` is `bytes[offsets[f]..<offsets[f + 1]]`.
        let bytes: [UInt8]
        let offsets: [Int]

        init(_ forms: [Form]) {
            var starts = [Int32](repeating: 0, count: (1 << 16) + 1)
            for form in forms { starts[Self.pairKey(form.bytes) + 1] += 1 }
            for k in 1..<starts.count { starts[k] += starts[k - 1] }
            var bits = [UInt64](repeating: 0, count: (1 << 16) / 64)
            for key in 0..<(1 << 16) where starts[key] < starts[key + 1] { bits[key >> 6] |= 1 << UInt64(key & 63) }
            pairStart = starts
            firstPairBits = bits
            prefixes = forms.map { Self.load4($0.bytes[0], $0.bytes[1], $0.bytes[2], $0.bytes[3]) }
            bytes = forms.flatMap(\.bytes)
            offsets = forms.reduce(into: [0]) { $0.append($0.last! + $1.bytes.count) }
        }

        static func pairKey(_ bytes: [UInt8]) -> Int { Int(bytes[0]) << 8 | Int(bytes[1]) }

        static func load4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> UInt32 {
            UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16 | UInt32(d) << 24
        }

        /// Whether some form may start at `i` (its first two bytes).
        @inline(__always) func mayStart(at i: Int, in s: ReferenceBytes.Bytes) -> Bool {
            let key = Int(s[i]) << 8 | Int(s[i + 1])
            return firstPairBits[key >> 6] >> UInt64(key & 63) & 1 != 0
        }

        /// Index of the form written at `i` and ending at a word boundary, with the index after it.
        func match(at i: Int, in s: ReferenceBytes.Bytes) -> (index: Int, end: Int)? {
            guard i + 4 <= s.count else { return nil }
            let key = Int(s[i]) << 8 | Int(s[i + 1])
            let head = Self.load4(s[i], s[i + 1], s[i + 2], s[i + 3])
            var f = Int(pairStart[key])
            let hi = Int(pairStart[key + 1])
            while f < hi {
                defer { f += 1 }
                guard prefixes[f] == head else { continue }
                let a = offsets[f], n = offsets[f + 1] - a
                guard i + n <= s.count else { continue }
                var k = 4
                while k < n && s[i + k] == bytes[a + k] { k += 1 }
                if k == n && ReferenceBytes.isBoundary(i + n, in: s) { return (f, i + n) }
            }
            return nil
        }
    }

    static let table = Table(forms)

    /// The kind written at `i`, ending at a word boundary, or nil.
    static func match(at i: Int, in s: ReferenceBytes.Bytes) -> (form: Form, end: Int)? {
        table.match(at: i, in: s).map { (forms[$0.index], $0.end) }
    }

    /// Whether a kind that is not written in lower case starts at `i` (a new citation, not part of a name).
    static func startsCapitalised(at i: Int, in s: ReferenceBytes.Bytes) -> Bool {
        guard let m = match(at: i, in: s) else { return false }
        return !m.form.isLowercase
    }
}
