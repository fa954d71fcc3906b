/// Splits an output cell (`Sản phẩm`, `Kết quả`) into its products.
///
/// Items are separated by bullets, line breaks and `;` (`CellSplitter`); each keeps its words as
/// written, without the bullet and closing punctuation.
/// `Quyết định; Báo cáo` → `Quyết định`, `Báo cáo`; `- Kế hoạch\n- Báo cáo` → `Kế hoạch`, `Báo cáo`.
enum OutputSplitter {
    static func split(_ text: String) -> [String] {
        CellSplitter.items(of: text)
    }
}
