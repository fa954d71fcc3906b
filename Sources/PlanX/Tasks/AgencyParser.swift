/// Reads a lead or partner cell into the bodies it names.
///
/// Splits first at `;`, line breaks and bullets, then at `,`/`và` only between whole bodies
/// (`AgencyScanner`); names each body from `AgencyDirectory` with abbreviations expanded
/// (`UBND` → `Ủy ban nhân dân`, `Sở TT&TT` → `Sở Thông tin và Truyền thông`) and case normalised
/// (`Sở Nội Vụ` → `Sở Nội vụ`). `text` keeps the body as written.
///
/// `Sở, ban, ngành; UBND cấp huyện, cấp xã` → `Các sở, ban, ngành` (group),
/// `Ủy ban nhân dân cấp huyện` and `Ủy ban nhân dân cấp xã` (committee).
/// `Sở Tư pháp: chủ trì thẩm định` → `Sở Tư pháp` with note `chủ trì thẩm định`.
enum AgencyParser {
    static func parse(_ text: String) -> [Agency] {
        var agencies: [Agency] = []
        for piece in CellSplitter.parts(of: text) {
            let item = CellSplitter.clean(piece)
            guard item.contains(where: \.isLetter) else { continue }
            let words = AgencyWords(item)
            // An item that names no body continues the previous body's instruction
            // (`Sở X: làm A; công khai tại B`, `UBND cấp huyện: - Rà soát … - Cung cấp …`),
            // when one is running or the item starts in lower case.
            if let last = agencies.indices.last, agencies[last].note != nil || item.first?.isLowercase == true,
                !AgencyScanner.startsBody(words, at: 0, afterGroup: false)
            {
                agencies[last].note = [agencies[last].note, item].compactMap { $0 }.joined(separator: "; ")
                continue
            }
            agencies += AgencyScanner.scan(words)
        }
        return agencies
    }
}
