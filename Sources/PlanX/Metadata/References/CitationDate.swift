/// Reads the date a citation gives after `ngày`: `15/7/2021`, `02-9-2021`, `15.7.2021`,
/// `15 tháng 7 năm 2021`, and the copy slip `3 0/8/2021` (a space inside the day), as ISO `2021-07-15`.
enum CitationDate {
    private static let ngayForms = ["ngày", "Ngày", "NGÀY"].map { Array($0.utf8) }
    private static let thang = Array("tháng".utf8)
    private static let nam = Array("năm".utf8)

    /// The date written as `ngày <date>` at `i`, with the index after it.
    static func readAfterNgay(at i: Int, in s: ReferenceBytes.Bytes) -> (iso: String, end: Int)? {
        guard let word = ngayForms.first(where: { ReferenceBytes.hasWord($0, at: i, in: s) }) else { return nil }
        return read(at: ReferenceBytes.skipSpaces(i + word.count, in: s), in: s)
    }

    /// The date that starts at `i` (its day's first digit).
    static func read(at i: Int, in s: ReferenceBytes.Bytes) -> (iso: String, end: Int)? {
        guard let (first, n) = ReferenceBytes.digits(at: i, in: s, max: 2) else { return nil }
        var day = first
        var k = i + n
        // `3 0/8/2021`: one digit, a space, one digit glued to the separator.
        if n == 1, k + 2 < s.count, s[k] == 0x20, ReferenceBytes.isDigit(s[k + 1]), isSeparator(s[k + 2]) {
            day = day * 10 + Int(s[k + 1] - 0x30)
            k += 2
        }
        guard k < s.count else { return nil }
        if isSeparator(s[k]) {
            let sep = s[k]
            guard let (month, mn) = ReferenceBytes.digits(at: k + 1, in: s, max: 2) else { return nil }
            k += 1 + mn
            guard k < s.count, s[k] == sep, let (year, yn) = ReferenceBytes.digits(at: k + 1, in: s, max: 4), yn == 4
            else { return nil }
            return iso(year, month, day).map { ($0, k + 1 + yn) }
        }
        k = ReferenceBytes.skipSpaces(k, in: s)
        guard ReferenceBytes.hasWord(thang, at: k, in: s) else { return nil }
        k = ReferenceBytes.skipSpaces(k + thang.count, in: s)
        guard let (month, mn) = ReferenceBytes.digits(at: k, in: s, max: 2) else { return nil }
        k = ReferenceBytes.skipSpaces(k + mn, in: s)
        guard ReferenceBytes.hasWord(nam, at: k, in: s) else { return nil }
        k = ReferenceBytes.skipSpaces(k + nam.count, in: s)
        guard let (year, yn) = ReferenceBytes.digits(at: k, in: s, max: 4), yn == 4 else { return nil }
        return iso(year, month, day).map { ($0, k + yn) }
    }

    /// A four-digit year written alone at `i` (`2015`, not `2021-2025` or `2015/QH13`), with the index after it.
    static func year(at i: Int, in s: ReferenceBytes.Bytes) -> (year: Int, end: Int)? {
        guard let (value, n) = ReferenceBytes.digits(at: i, in: s, max: 4), n == 4, (1945...2100).contains(value)
        else { return nil }
        let k = i + n
        if k < s.count, s[k] == 0x2D || s[k] == 0x2F || (s[k] == 0x2E && k + 1 < s.count && ReferenceBytes.isDigit(s[k + 1])) {
            return nil
        }
        return ReferenceBytes.isBoundary(k, in: s) ? (value, k) : nil
    }

    private static func isSeparator(_ b: UInt8) -> Bool { b == 0x2F || b == 0x2D || b == 0x2E }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
