import Foundation

/// The document number and the type its code names.
///
/// `Số: 3638/KH-UBND` → `3638/KH-UBND`; `Nghị quyết số: 95/2025/UBTVQH15` → `95/2025/UBTVQH15`;
/// `2992 /KH-UBND` → `2992/KH-UBND`. The code after the first `/` names the type: `KH` → `Kế hoạch`.
enum NumberLineParser {
    /// The number written on a `Số: …` line, or nil when it is blank (`Số:   /KH-UBND`).
    static func parse(_ line: String) -> String? {
        let t = RegionText.strippingPipes(line)
        guard let r = t.range(of: "Số") ?? t.range(of: "số") ?? t.range(of: "SỐ") else { return nil }
        return clean(t[r.upperBound...])
    }

    /// `2407/QĐ-UBND`, trimmed of `:`, spaces around `/` and trailing punctuation; nil without a digit.
    static func clean<S: StringProtocol>(_ s: S) -> String? {
        var t = Substring(s)
        while let f = t.first, f == ":" || f == " " || f == "." { t = t.dropFirst() }
        if let cut = t.range(of: " | ") { t = t[..<cut.lowerBound] }
        var out = ""
        var pendingSpace = false
        for c in t {
            if c == " " { pendingSpace = true; continue }
            if pendingSpace, !(out.last == "/" || out.last == "-" || c == "/" || c == "-") { break }
            pendingSpace = false
            out.append(c)
        }
        while let l = out.last, l == "." || l == "," || l == ";" || l == ")" { out.removeLast() }
        guard out.first?.isNumber == true, out.contains("/") || out.allSatisfy(\.isNumber) else { return nil }
        return out
    }

    static let codes: [String: String] = [
        "KH": "Kế hoạch", "QĐ": "Quyết định", "NQ": "Nghị quyết", "CT": "Chỉ thị", "CTr": "Chương trình",
        "CTHĐ": "Chương trình hành động", "TB": "Thông báo", "BC": "Báo cáo", "HD": "Hướng dẫn", "ĐA": "Đề án",
        "KL": "Kết luận", "NĐ": "Nghị định", "TT": "Thông tư", "TTr": "Tờ trình", "QC": "Quy chế",
    ]

    /// `3638/KH-UBND` → `Kế hoạch`; nil for a code it does not know.
    static func type(ofNumber number: String) -> String? {
        for part in number.split(separator: "/").dropFirst() {
            let code = part.split(separator: "-").first.map(String.init) ?? ""
            if code.first?.isNumber == true { continue }
            return codes[code]
        }
        return nil
    }
}
