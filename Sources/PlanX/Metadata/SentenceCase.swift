/// Recasing of caps headings as a reader would write them.
///
/// `CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA TỈNH GIA LAI` → `Cải cách hành chính năm 2024 của tỉnh Gia Lai`
/// with the proper names and acronyms the document writes elsewhere (`ProperNameIndex`);
/// mixed-case text keeps its own casing and only gets a capital first letter.
enum SentenceCase {
    /// Sentence case for `text`; caps text is recased word by word.
    static func apply(_ text: String, names: ProperNameIndex = ProperNameIndex()) -> String {
        guard RegionText.isCaps(text) else { return capitalisingFirst(text) }
        let raws = text.split(separator: " ")
        let cores = raws.map { ProperNameIndex.core($0).lowercased() }
        var capital = [Bool](repeating: false, count: raws.count)
        var keep = [Bool](repeating: false, count: raws.count)
        for i in raws.indices {
            if names.isAcronym(cores[i]) || isRoman(ProperNameIndex.core(raws[i])) { keep[i] = true }
            if i + 1 < raws.count, !cores[i].isEmpty, !cores[i + 1].isEmpty, !endsClause(raws[i]),
               names.isProperPair(cores[i], cores[i + 1]) {
                capital[i] = true
                capital[i + 1] = true
            }
        }
        var out: [String] = []
        for i in raws.indices {
            if keep[i] { out.append(String(raws[i])); continue }
            let lower = raws[i].lowercased()
            out.append(capital[i] || i == 0 ? capitalisingFirstLetter(lower) : lower)
        }
        return out.joined(separator: " ")
    }

    /// The words of `text`, lower case and without punctuation: the vocabulary `ProperNameIndex` needs.
    static func words(_ text: String) -> Set<String> {
        Set(text.split(separator: " ").map { ProperNameIndex.core($0).lowercased() }.filter { !$0.isEmpty })
    }

    static func capitalisingFirst(_ text: String) -> String { capitalisingFirstLetter(text) }

    /// Upper-cases the first letter, skipping leading punctuation: `(phụ lục` → `(Phụ lục`.
    static func capitalisingFirstLetter(_ text: String) -> String {
        guard let idx = text.firstIndex(where: { $0.isLetter }) else { return text }
        let c = text[idx]
        guard c.isLowercase else { return text }
        return String(text[..<idx]) + c.uppercased() + String(text[text.index(after: idx)...])
    }

    /// An office in sentence case: `PHÓ CHỦ TỊCH` → `Phó Chủ tịch`, `GIÁM ĐỐC` → `Giám đốc`.
    static func office(_ text: String) -> String {
        let lower = text.lowercased()
        if lower.hasPrefix("phó ") {
            return "Phó " + capitalisingFirstLetter(String(lower.dropFirst(4)))
        }
        return capitalisingFirstLetter(lower)
    }

    private static func isRoman(_ w: Substring) -> Bool {
        !w.isEmpty && w.count <= 5 && w.allSatisfy { "IVXLC".contains($0) } && w != "C" && w != "L"
    }

    private static func endsClause(_ raw: Substring) -> Bool {
        guard let l = raw.last else { return false }
        return l == "," || l == "." || l == ";" || l == ":"
    }
}
