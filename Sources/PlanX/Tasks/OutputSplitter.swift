/// Splits an output cell (`Sản phẩm`, `Kết quả`) into its products.
///
/// Bulleted or line-separated items are the products; a `;` splits only a cell whose parts are
/// all short names of products, because a long product often lists documents with `;` inside
/// it (`Quyết định … của Quốc hội; Pháp lệnh, …` is one product).
/// `Quyết định; Báo cáo` → `Quyết định`, `Báo cáo`; `- Kế hoạch\n- Báo cáo` → `Kế hoạch`, `Báo cáo`.
enum OutputSplitter {
    /// Parts longer than this many words are sentences, not product names.
    static let maxWordsPerListedProduct = 12

    static func split(_ text: String) -> [String] {
        PlainText.withPlainBytes(text, splitPlain) ?? splitAny(text)
    }

    // MARK: - Private

    /// `splitAny` on the bytes of plain text.
    private static func splitPlain(_ p: UnsafeBufferPointer<UInt8>) -> [String] {
        var items: [String] = []
        var start = 0
        for i in 0...p.count where i == p.count || p[i] == UInt8(ascii: "\n") {
            defer { start = i + 1 }
            guard start < i else { continue }
            let line = start..<i
            let parts = PlainCell.split(p, line).pieces.map { PlainCell.clean(p, $0) }.filter { !$0.isEmpty }
            let short = parts.allSatisfy { wordCount(p, $0) <= maxWordsPerListedProduct }
            if parts.count > 1 && !short {
                let whole = PlainCell.clean(p, line)
                if !whole.isEmpty { items.append(PlainCell.string(p, whole)) }
            } else {
                items += parts.map { PlainCell.string(p, $0) }
            }
        }
        return items
    }

    /// Space-separated runs in the range (`split(separator: " ").count`).
    private static func wordCount(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var n = 0
        var inWord = false
        for i in r {
            let space = p[i] == 0x20
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }

    private static func splitAny(_ text: String) -> [String] {
        var items: [String] = []
        for line in text.split(separator: "\n") {
            let parts = CellSplitter.items(of: String(line))
            let short = parts.allSatisfy { $0.split(separator: " ").count <= maxWordsPerListedProduct }
            if parts.count > 1 && !short {
                let whole = CellSplitter.clean(line)
                if !whole.isEmpty { items.append(whole) }
            } else {
                items += parts
            }
        }
        return items
    }
}
