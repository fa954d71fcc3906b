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
/// Plain text (`PlainText`, nearly every cell) is read on its bytes (`PlainAgencyWords`), any other
/// text with `String`s (`AgencyWords`); both read the same bodies.
enum AgencyParser {
    static func parse(_ text: String) -> [Agency] {
        PlainText.withPlainBytes(text, parsePlain) ?? parseAny(text)
    }

    // MARK: - Private

    private static func parsePlain(_ p: UnsafeBufferPointer<UInt8>) -> [Agency] {
        var agencies: [Agency] = []
        for piece in PlainCell.split(p, 0..<p.count).pieces {
            let item = PlainCell.clean(p, piece)
            guard PlainCell.contains(p, item, PlainText.letter) else { continue }
            let words = PlainAgencyWords(UnsafeBufferPointer(rebasing: p[item]))
            let lowercase = PlainText.classes(PlainText.scalar(p, at: item.lowerBound).value) & PlainText.lowercase != 0
            add(words, item: { PlainCell.string(p, item) }, startsLowercase: lowercase, to: &agencies)
        }
        return agencies
    }

    private static func parseAny(_ text: String) -> [Agency] {
        var agencies: [Agency] = []
        for piece in CellSplitter.parts(of: text) {
            let item = CellSplitter.clean(piece)
            guard item.contains(where: \.isLetter) else { continue }
            add(AgencyWords(item), item: { item }, startsLowercase: item.first?.isLowercase == true, to: &agencies)
        }
        return agencies
    }

    private static func add<P: AgencyPhrase>(
        _ words: P, item: () -> String, startsLowercase: Bool, to agencies: inout [Agency]
    ) {
        // An item that names no body continues the previous body's instruction
        // (`Sở X: làm A; công khai tại B`, `UBND cấp huyện: - Rà soát … - Cung cấp …`),
        // when one is running or the item starts in lower case.
        if let last = agencies.indices.last, agencies[last].note != nil || startsLowercase,
            !AgencyScanner<P>.startsBody(words, at: 0, afterGroup: false)
        {
            agencies[last].note = [agencies[last].note, item()].compactMap { $0 }.joined(separator: "; ")
            return
        }
        agencies += AgencyScanner<P>.scan(words)
    }
}
