/// The words that open a task table's header row, kept as data.
///
/// A region becomes a table (not a layout box) when its first cell is one of these:
/// `STT`, `TT`, `Số TT`, or a column title such as `Nội dung`, `Nhiệm vụ`,
/// `Lĩnh vực/ Tiêu chí`. Adding a header word is a data change here.
enum HeaderWords {
    /// Whole first cells, lower-cased (`STT` → `stt`).
    static let exact: Set<String> = ["stt", "tt", "stt.", "tt.", "số tt", "số thứ tự", "thứ tự"]

    /// Prefixes of a first cell, lower-cased.
    static let prefixes: [String] = [
        "nội dung", "nhiệm vụ", "tên nhiệm vụ", "tên hoạt động", "tên đề án", "tên thủ tục",
        "mục tiêu", "lĩnh vực", "hoạt động", "danh mục", "chỉ tiêu", "tiêu chí",
    ]

    /// Lower-case ASCII first letters of all the words above (a fast filter on bytes).
    static let firstLetters: Set<UInt8> = Set((Array(exact) + prefixes).compactMap { $0.utf8.first })

    /// `STT`, `TT`, `Số TT` alone on a line (after trimming), on bytes.
    static func isLoneHeader(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var len = e - s
        if b[e - 1] == 0x2E { len -= 1 }  // "STT."
        func upper(_ i: Int) -> UInt8 { b[i] & 0xDF }
        if len == 3 { return upper(s) == 0x53 && upper(s + 1) == 0x54 && upper(s + 2) == 0x54 }
        if len == 2 { return upper(s) == 0x54 && upper(s + 1) == 0x54 }
        // "Số TT" / "SỐ TT": S, ố (E1 BB 91) or Ố (E1 BB 90), space, T, T.
        if len == 7 {
            return upper(s) == 0x53 && b[s + 1] == 0xE1 && b[s + 2] == 0xBB && (b[s + 3] & 0xFE) == 0x90
                && b[s + 4] == 0x20 && upper(s + 5) == 0x54 && upper(s + 6) == 0x54
        }
        return false
    }

    /// How a first cell opens a header: with the row-number column, or with a column title.
    enum Match { case none, number, title }

    /// Whether `cell` (one cell's text) opens a header row.
    static func match<S: StringProtocol>(_ cell: S) -> Match {
        guard cell.utf8.count <= 80 else { return .none }
        let lower = cell.lowercased()
        let key = lower.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
        if exact.contains(key) { return .number }
        return prefixes.contains { key.hasPrefix($0) } ? .title : .none
    }
}
