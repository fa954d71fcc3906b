/// Reads a money cell (`Kinh phí`, `Nguồn kinh phí`): the text as written and the funding sources it names.
///
/// `Ngân sách tỉnh và nguồn xã hội hóa` → sources `Ngân sách tỉnh`, `Xã hội hóa`.
/// Sources are listed in the order written, each once; a longer phrase wins over a shorter one
/// inside it (`ngân sách nhà nước` is not also `ngân sách`). The phrases are data (`sources`).
enum BudgetParser {
    static func parse(_ text: String) -> Task.Budget? {
        let written = CellSplitter.trimmed(text)
        guard written.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        // Punctuation becomes space, so phrases match between word boundaries.
        let hay = PlainText.withPlainBytes(written, foldedWords) ?? {
            let folded = " " + TextFold.phrase(String(written.map { $0.isLetter || $0.isNumber ? $0 : " " })) + " "
            return Array(folded.utf8)
        }()
        // Byte offsets in `folded`; phrases are NFC like the folded text, so bytes match as characters do.
        var found: [(at: Int, end: Int, label: String)] = []
        for (needle, label) in Self.needles {
            var from = 0
            while let r = Self.find(needle, in: hay, from: from) {
                // The phrase without the spaces around it, which neighbours share.
                let inner = (r + 1)..<(r + needle.count - 1)
                let claimed = found.contains { $0.at < inner.upperBound && inner.lowerBound < $0.end }
                if !claimed { found.append((inner.lowerBound, inner.upperBound, label)) }
                from = inner.upperBound
            }
        }
        var labels: [String] = []
        for f in found.sorted(by: { $0.at < $1.at }) where !labels.contains(f.label) { labels.append(f.label) }
        return Task.Budget(text: written, sources: labels)
    }

    /// The plain text's runs of letters and digits, folded, each between single spaces.
    private static func foldedWords(_ p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = [0x20]
        var start = -1
        var i = 0
        while i <= p.count {
            let (v, n) = i < p.count ? PlainText.scalar(p, at: i) : (0, 1)
            let inWord = i < p.count && PlainText.classes(v) & (PlainText.letter | PlainText.number) != 0
            if inWord, start < 0 { start = i }
            if !inWord, start >= 0 {
                if out.count > 1 { out.append(0x20) }
                TextFold.word(p, start..<i, into: &out)
                start = -1
            }
            i += n
        }
        out.append(0x20)
        return out
    }

    /// `sources` as the bytes searched for: each phrase between two spaces.
    private static let needles: [(bytes: [UInt8], label: String)] = sources.map { (Array((" " + $0.phrase + " ").utf8), $0.label) }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard hay.count >= needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == needle[0] {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Folded phrase → source label; longer phrases first so they claim their words.
    static let sources: [(phrase: String, label: String)] = [
        ("ngân sách nhà nước", "Ngân sách nhà nước"), ("nsnn", "Ngân sách nhà nước"),
        ("ngân sách trung ương", "Ngân sách trung ương"), ("nstw", "Ngân sách trung ương"),
        ("ngân sách địa phương", "Ngân sách địa phương"),
        ("ngân sách cấp tỉnh", "Ngân sách tỉnh"), ("ngân sách tỉnh", "Ngân sách tỉnh"), ("ns tỉnh", "Ngân sách tỉnh"),
        ("ngân sách cấp huyện", "Ngân sách cấp huyện"), ("ngân sách huyện", "Ngân sách cấp huyện"),
        ("ngân sách cấp xã", "Ngân sách cấp xã"), ("ngân sách xã", "Ngân sách cấp xã"),
        ("kinh phí chi thường xuyên", "Kinh phí chi thường xuyên"), ("chi thường xuyên", "Kinh phí chi thường xuyên"),
        ("vốn đầu tư công", "Vốn đầu tư công"), ("đầu tư công", "Vốn đầu tư công"),
        ("vốn đầu tư phát triển", "Vốn đầu tư phát triển"),
        ("chương trình mục tiêu quốc gia", "Chương trình mục tiêu quốc gia"),
        ("xã hội hóa", "Xã hội hóa"), ("oda", "Vốn ODA"),
        ("tài trợ", "Tài trợ, viện trợ"), ("viện trợ", "Tài trợ, viện trợ"),
        ("hợp pháp khác", "Nguồn hợp pháp khác"), ("lồng ghép", "Lồng ghép"),
    ]
}
