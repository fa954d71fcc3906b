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
