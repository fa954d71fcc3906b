/// Dates as Vietnamese documents write them, to ISO `YYYY-MM-DD`.
///
/// `ngày 26 tháng 12 năm 2023` → `2023-12-26`; `26/12/2023` or `26-12-2023` → `2023-12-26`.
/// Impossible dates (`ngày 31 tháng 2 năm 2023`) give nil, never a guess.
enum VietnameseDate {
    /// The first date written in `text`, or nil.
    static func firstISO(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" || $0 == ";" })
        var i = 0
        while i < words.count {
            let w = words[i].lowercased()
            if w == "ngày", i + 5 < words.count, words[i + 2].lowercased() == "tháng", words[i + 4].lowercased() == "năm",
               let d = int(words[i + 1]), let m = int(words[i + 3]), let y = int(words[i + 5]) {
                if let iso = iso(day: d, month: m, year: y) { return iso }
            }
            if let iso = numeric(words[i]) { return iso }
            i += 1
        }
        return nil
    }

    /// `26/12/2023`, `01-10-2021`, `1.10.2021` → ISO.
    static func numeric<S: StringProtocol>(_ token: S) -> String? {
        var t = Substring(token)
        while let l = t.last, l == "." || l == ":" { t = t.dropLast() }
        for sep: Character in ["/", "-", "."] {
            let parts = t.split(separator: sep, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
                  let d = int(parts[0]), let m = int(parts[1]), let y = int(parts[2]) else { continue }
            return iso(day: d, month: m, year: y)
        }
        return nil
    }

    static func iso(day: Int, month: Int, year: Int) -> String? {
        guard (1900...2200).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return nil
        }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func int<S: StringProtocol>(_ s: S) -> Int? {
        var t = Substring(s)
        while let l = t.last, !l.isNumber { t = t.dropLast() }
        guard !t.isEmpty, t.count <= 4, t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(t)
    }
}
