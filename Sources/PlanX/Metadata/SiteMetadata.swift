/// The fields of a website's metadata box and its repeat of the title, from `site_metadata`
/// blocks (and `site_chrome` blocks a reader marked, for the fields).
///
/// `Số hiệu | 6832/KH-UBND |`, `Ngày ban hành: 31/05/2024`, `Người ký: Trương Hải Long`, and
/// `Kế hoạch 147/KH-UBND về cải thiện … năm 2024` (the site's title line). Only fills what the
/// document itself lacks.
struct SiteMetadata {
    var fields: [String: SiteField] = [:]
    var title: (text: String, line: Int)? = nil

    init(_ blocks: [SourceBlock]) {
        let groups = LineGroups(blocks)
        // A reader may have marked the whole site box chrome; its fields still count.
        for range in groups.ranges where blocks[range.lowerBound].role == .siteMetadata || blocks[range.lowerBound].role == .chrome {
            let slice = blocks[range]
            if let f = SiteField.parse(slice) {
                if fields[f.key] == nil, !f.value.isEmpty { fields[f.key] = f }
            } else if title == nil, let b = slice.first, b.role == .siteMetadata, b.kind == .text, SiteChromeFinder.isSiteTitle(b.text) {
                title = (b.text, b.line)
            }
        }
    }

    func value(_ keys: String...) -> SiteField? {
        for k in keys { if let f = fields[k] { return f } }
        return nil
    }

    /// The site title without its type, number and year: `Kế hoạch 147/KH-UBND về cải thiện …` → `Cải thiện …`.
    var strippedTitle: String? {
        guard let text = title?.text else { return nil }
        var words = text.split(separator: " ").map(String.init)
        guard let n = words.firstIndex(where: { $0.first?.isNumber == true && $0.contains("/") }) else { return nil }
        words.removeFirst(n + 1)
        if words.count >= 2, words[0] == "năm", words[1].count == 4, Int(words[1]) != nil { words.removeFirst(2) }
        if words.first == "về" { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        return SentenceCase.capitalisingFirstLetter(words.joined(separator: " "))
    }
}
