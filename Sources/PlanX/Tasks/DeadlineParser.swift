/// Reads a deadline cell into a typed `Deadline`, keeping the text as written.
///
/// `Quý IV/2021` → quarter 2021-10-01…2021-12-31; `Trước ngày 20/3/2024` → by, end 2024-03-20;
/// `Tháng 1 hàng năm` → recurring yearly, month 1; `Thường xuyên` → continuous;
/// `Sau khi Bộ Nội vụ công bố …` → event; `- Trước ngày 20/3/2024; - Trước ngày 20/6/2024` → multiple.
///
/// Invariants: pure (same text and year, same result); a phrase is typed only when the grammar reads
/// all of it — otherwise `unknown`, never a guess. A missing year is taken from `defaultYear` (the
/// plan's own year) with a `note` saying so; without one, the dates stay nil. A lead-in before the
/// deadline words (`Ban hành Kế hoạch trước ngày 31/12/2023`, `Báo cáo: Quý IV`) is allowed, and a
/// closing parenthesised remark is set aside in the note.
enum DeadlineParser {
    static func parse(_ text: String, defaultYear: Int?) -> Deadline {
        let written = CellSplitter.trimmed(text)
        let tokens = DeadlineTokenizer.tokenize(written)
        // A cell wrapped over lines (`Trong Quý IV` / `năm 2024`) is one phrase; bullets and `;` never are.
        let (pieces, listed) = CellSplitter.split(written)
        if !listed, var whole = single(written, tokens[...], defaultYear: defaultYear) {
            whole.text = written
            return whole
        }
        guard pieces.count > 1 else { return Deadline(text: written, kind: .unknown) }
        let parsed = pieces.map { piece -> Deadline in
            let t = String(piece)
            return single(t, DeadlineTokenizer.tokenize(t)[...], defaultYear: defaultYear)
                ?? Deadline(text: CellSplitter.clean(piece), kind: .unknown)
        }
        guard parsed.contains(where: { $0.kind != .unknown }) else { return Deadline(text: written, kind: .unknown) }
        return multiple(written, parsed)
    }

    // MARK: - One phrase

    private static func single(_ text: String, _ all: ArraySlice<DeadlineToken>, defaultYear: Int?) -> Deadline? {
        var toks = trimmedTokens(all)
        guard let first = toks.first, let last = toks.last else { return nil }
        let written = String(text[first.range.lowerBound..<last.range.upperBound])
        var remark: String? = nil
        if last.isMark(")"), let open = matchingOpen(toks), open > toks.startIndex {
            remark = String(text[toks[open].range.lowerBound..<last.range.upperBound])
            toks = trimmedTokens(toks[..<open])
        }
        guard let form = DeadlineGrammar.parse(toks) ?? afterLeadIn(toks) else { return nil }
        var d = DeadlineResolver.resolve(form, text: written, source: text, defaultYear: defaultYear)
        if let remark { d.note = [d.note, "remark not read: '\(remark)'"].compactMap { $0 }.joined(separator: "; ") }
        return d
    }

    /// Tries the phrase after a lead-in: after a `:` label, or from a word that can start a deadline
    /// (`trước`, `chậm nhất`, `trong`, `sau`, …), in order, until one reads to the end. A number ends
    /// the search, since it may be a date the grammar could not read.
    private static func afterLeadIn(_ toks: ArraySlice<DeadlineToken>) -> DeadlineForm? {
        var i = toks.startIndex + 1
        while i < toks.endIndex, toks[i - 1].kind != .number {
            let t = toks[i]
            if t.isMark(":") {
                if let form = DeadlineGrammar.parse(trimmedTokens(toks[(i + 1)...])) { return form }
            } else if t.kind == .word, let needs = leadInEnds[t.text] {
                let fits = needs.isEmpty || (i + 1 < toks.endIndex && needs.contains(toks[i + 1].text))
                if fits, let form = DeadlineGrammar.parse(toks[i...]) { return form }
            }
            i += 1
        }
        return nil
    }

    /// Words that can start the deadline after a lead-in, with the word that must follow (if any).
    private static let leadInEnds: [String: Set<String>] = [
        "trước": [], "trong": [], "sau": [], "từ": [], "đến": [], "vào": [], "khi": [],
        "chậm": ["nhất"], "kể": ["từ"], "hạn": ["chót", "cuối"], "định": ["kỳ"], "hàng": ["năm", "quý", "tháng"],
        "thường": ["xuyên"],
    ]

    private static func matchingOpen(_ toks: ArraySlice<DeadlineToken>) -> Int? {
        var depth = 0
        for i in toks.indices.reversed() {
            if toks[i].isMark(")") { depth += 1 }
            if toks[i].isMark("(") {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }

    private static func trimmedTokens(_ toks: ArraySlice<DeadlineToken>) -> ArraySlice<DeadlineToken> {
        var t = toks
        while let f = t.first, f.kind == .mark, leadingMarks.contains(f.text) { t = t.dropFirst() }
        while let l = t.last, l.kind == .mark, trailingMarks.contains(l.text) { t = t.dropLast() }
        return t
    }

    private static let leadingMarks: Set<String> = ["-", "+", "•", "*", "·", "."]
    private static let trailingMarks: Set<String> = [".", ";", ",", ":", "-"]

    // MARK: - Several phrases

    private static func multiple(_ text: String, _ parts: [Deadline]) -> Deadline {
        var d = Deadline(text: text, kind: .multiple, parts: parts)
        let typed = !parts.contains { $0.kind == .unknown }
        if typed, parts.allSatisfy({ $0.start != nil }) { d.start = parts.compactMap(\.start).min() }
        if typed, parts.allSatisfy({ $0.end != nil }) { d.end = parts.compactMap(\.end).max() }
        return d
    }
}
