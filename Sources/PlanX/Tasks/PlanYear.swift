/// The year a plan states for itself, used for deadlines written without a year.
///
/// `KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA TỈNH GIA LAI` → 2024. Only a year the title states
/// with `năm` counts, and only when it states one year: `giai đoạn 2021-2030` or `năm 2021 … năm 2022`
/// give nil (no guess), and `đến năm 2025` is an end, not the plan's year.
enum PlanYear {
    /// The year of the plan: the attached plan's title first, then the document's title.
    static func of(_ metadata: Metadata) -> Int? {
        stated(in: metadata.plan?.title) ?? stated(in: metadata.title)
    }

    /// The one year a title states with `năm`, or nil.
    static func stated(in title: String?) -> Int? {
        guard let title else { return nil }
        // A year is a number token of four digits: without a run of exactly four, there is none.
        guard hasFourDigitRun(title) else { return nil }
        let tokens = DeadlineTokenizer.tokenize(title)
        var years: Set<Int> = []
        for i in tokens.indices.dropLast() where tokens[i].isWord("năm") {
            let next = tokens[i + 1]
            guard next.kind == .number, next.digits == 4, (1900...2100).contains(next.value) else { continue }
            if i > 0, tokens[i - 1].isWord("đến") { continue }
            years.insert(next.value)
        }
        return years.count == 1 ? years.first : nil
    }

    private static func hasFourDigitRun(_ text: String) -> Bool {
        var run = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                run += 1
            } else {
                if run == 4 { return true }
                run = 0
            }
        }
        return run == 4
    }
}
