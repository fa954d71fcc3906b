/// Recognises a bullet at the start of a line: `-`, `+`, `*`, `•`, `–`, `—`, `·`, `●`, `○`,
/// `▪`, `◦`, `❖`, `➢`, `►`, and the Wingdings bullet `` of Word copies.
///
/// `- Đến năm 2025:` → marker `-`, text `Đến năm 2025:`; `-Tối thiểu 50%` (no space) is a
/// bullet too. Not bullets: separator lines (`-------`), doubled marks (`**`, `--`), a marker
/// alone, and `-`/`+` glued to a digit (`-5%`, `+84`).
enum BulletParser {
    struct Bullet: Equatable {
        var marker: String
        var text: String
    }

    private static let marks: [[UInt8]] = [
        "-", "+", "*", "•", "–", "—", "·", "●", "○", "▪", "◦", "❖", "➢", "►", "\u{F0B7}",
    ].map { Array($0.utf8) }

    static func parse(_ text: String) -> Bullet? {
        ByteScan.withBytes(text) { parse($0) }
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Bullet? {
        // Lead bytes of the marks: `-` `+` `*`, C2 (`·`), E2 (`•` `–` `—` `●` …), EF (``).
        guard let first = b.first, first == 0x2D || first == 0x2B || first == 0x2A || first == 0xC2 || first == 0xE2 || first == 0xEF
        else { return nil }
        guard let mark = marks.first(where: { ByteScan.hasWord(b, 0, $0) }) else { return nil }
        let n = mark.count
        guard n < b.count else { return nil }
        let next = b[n]
        if ByteScan.hasWord(b, n, mark) { return nil }
        if !ByteScan.isSpace(next) {
            if mark.count == 1, ByteScan.isDigit(next) { return nil }
            if next == 0x2D || next == 0x3D || next == 0x5F { return nil }
        }
        let text = ByteScan.rest(b, from: n)
        guard !text.isEmpty, text.utf8.contains(where: { $0 != 0x2D && $0 != 0x20 }) else { return nil }
        return Bullet(marker: String(decoding: mark, as: UTF8.self), text: text)
    }
}
