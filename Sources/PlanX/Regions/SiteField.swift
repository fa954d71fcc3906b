import Foundation

/// One line of a website's metadata box, split into key and value.
///
/// The same box arrives in several text forms: `Số hiệu | 6832/KH-UBND |`,
/// `Ngày ban hành: 31/05/2024`, `- Người ký: Lê Tuấn Phong`, `  • Loại văn bản: Kế hoạch`,
/// or two layout cells on one line (`Số hiệu` / `6832/KH-UBND`).
struct SiteField: Sendable, Equatable {
    var key: String
    var value: String
    var line: Int

    /// Keys a site box uses; `Số` alone is the document's own header, not a site key.
    static let keys: Set<String> = [
        "Số hiệu", "Loại văn bản", "Nơi ban hành", "Cơ quan ban hành", "Người ký", "Ngày ban hành",
        "Ngày có hiệu lực", "Ngày hiệu lực", "Ngày hết hiệu lực", "Ngày công báo", "Số công báo",
        "Tình trạng", "Tình trạng hiệu lực", "Lĩnh vực", "Lĩnh vực, ngành", "Ngày đăng", "Ngày cập nhật",
        "Ngày đăng công báo", "Ngày áp dụng", "Phạm vi", "Nguồn thu thập", "Cập nhật",
    ]

    /// Keys that alone make a run of site fields a site box.
    static let strongKeys: Set<String> = [
        "Số hiệu", "Người ký", "Ngày ban hành", "Loại văn bản", "Nơi ban hành", "Cơ quan ban hành",
    ]

    /// Parses the blocks of one source line (one block, or several layout cells).
    static func parse(_ group: ArraySlice<SourceBlock>) -> SiteField? {
        guard let first = group.first, first.kind == .text else { return nil }
        if group.count >= 2 {
            guard startsWithKeyWord(first.text) else { return nil }
            var key = RegionText.strippingPipes(first.text)
            if key.hasSuffix(":") { key.removeLast() }
            key = trimmed(key)
            guard keys.contains(key) else { return nil }
            let value = group.dropFirst().map { RegionText.strippingPipes($0.text) }.filter { !$0.isEmpty }.joined(separator: " ")
            return SiteField(key: key, value: value, line: first.line)
        }
        return parse(first.text, line: first.line)
    }

    static func parse(_ raw: String, line: Int) -> SiteField? {
        guard raw.utf8.count <= 200, startsWithKeyWord(raw) else { return nil }
        var text = Substring(RegionText.strippingPipes(raw))
        while let f = text.first, f == "-" || f == "•" || f == "*" || f == " " || f == "+" { text = text.dropFirst() }
        let sep = text.range(of: " | ") ?? text.range(of: ":") ?? text.range(of: "|")
        guard let sep else { return nil }
        let key = trimmed(String(text[..<sep.lowerBound]))
        guard keys.contains(key) else { return nil }
        let value = trimmed(RegionText.strippingPipes(String(text[sep.upperBound...])))
        return SiteField(key: key, value: value, line: line)
    }

    /// Byte test run on every line before any string work: after bullets, the first word of a key.
    static func startsWithKeyWord(_ text: String) -> Bool {
        var u = Substring(text).utf8[...]
        while let f = u.first, f == 0x2D || f == 0x20 || f == 0x2A || f == 0x2B || f == 0x7C { u = u.dropFirst() }
        if u.starts(with: bullet) { u = u.dropFirst(bullet.count) }
        while let f = u.first, f == 0x20 { u = u.dropFirst() }
        guard let f = u.first, keyFirstBytes.contains(f) else { return false }
        for w in keyWords where u.starts(with: w) { return true }
        return false
    }

    private static let keyFirstBytes: Set<UInt8> = Set(keyWords.compactMap(\.first))
    private static let bullet: [UInt8] = Array("•".utf8)
    private static let keyWords: [[UInt8]] = ["Số hiệu", "Loại văn bản", "Nơi ban hành", "Cơ quan ban hành", "Người ký", "Ngày ",
                                              "Số công báo", "Tình trạng", "Lĩnh vực", "Phạm vi", "Nguồn thu thập", "Cập nhật"].map { Array($0.utf8) }

    private static func trimmed(_ s: String) -> String {
        var t = Substring(s)
        while let f = t.first, f == " " { t = t.dropFirst() }
        while let l = t.last, l == " " { t = t.dropLast() }
        return String(t)
    }
}
