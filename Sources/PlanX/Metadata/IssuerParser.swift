/// The issuing body from the header's caps lines, in sentence case, and its province.
///
/// `ỦY BAN NHÂN DÂN` + `TỈNH GIA LAI` → `Ủy ban nhân dân tỉnh Gia Lai`, province `Gia Lai`;
/// `UBND TỈNH HÀ GIANG` → `Ủy ban nhân dân tỉnh Hà Giang`; a body under a parent
/// (`UBND TỈNH GIA LAI` / `SỞ NỘI VỤ`) → `Sở Nội vụ tỉnh Gia Lai`.
enum IssuerParser {
    struct Result: Equatable {
        var issuer: String
        var province: String?
        /// False when no administrative unit was named (`ỦY BAN NHÂN DÂN` alone).
        var hasUnit: Bool
    }

    static let units: [(caps: String, lower: String)] = [
        ("THÀNH PHỐ", "thành phố"), ("THỊ XÃ", "thị xã"), ("THỊ TRẤN", "thị trấn"), ("TỈNH", "tỉnh"),
        ("HUYỆN", "huyện"), ("QUẬN", "quận"), ("PHƯỜNG", "phường"), ("XÃ", "xã"), ("TP.", "thành phố"),
    ]

    /// Words that start a body of its own under the line above (`UBND TỈNH GIA LAI` / `SỞ NỘI VỤ`);
    /// any other line continues the body above (`ỦY BAN NHÂN DÂN` / `TỈNH GIA LAI`, `ỦY BAN THƯỜNG VỤ` / `QUỐC HỘI`).
    static let newBodyPrefixes: [RegionText.Bytes] = [
        "SỞ ", "BAN ", "PHÒNG ", "VĂN PHÒNG", "CỤC ", "CHI CỤC", "TỔNG CỤC", "TRUNG TÂM", "TRƯỜNG ", "VIỆN ", "BỘ ",
        "THANH TRA", "ĐOÀN ", "ỦY BAN", "UỶ BAN", "HỘI ĐỒNG", "ĐẢNG ỦY", "ĐẢNG UỶ",
    ].map(RegionText.bytes)

    /// Cities that are provinces themselves (thành phố trực thuộc trung ương).
    static let centralCities: Set<String> = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"]

    static let expansions: [(String, String)] = [
        ("UBND", "ỦY BAN NHÂN DÂN"), ("UỶ BAN", "ỦY BAN"), ("HĐND", "HỘI ĐỒNG NHÂN DÂN"),
    ]

    /// Parses the caps issuer lines of a header; nil when there are none.
    static func parse(_ lines: [String], names: ProperNameIndex = ProperNameIndex()) -> Result? {
        let cleaned = lines.map { expand(RegionText.strippingPipes($0)) }.filter { !$0.isEmpty }
        guard !cleaned.isEmpty else { return nil }
        // Join lines that continue one body (`ỦY BAN NHÂN DÂN` / `TỈNH GIA LAI`); a line that starts
        // a new body (`SỞ NỘI VỤ`) makes the earlier ones its parent.
        var bodies: [String] = []
        for line in cleaned {
            if let last = bodies.last, !RegionText.starts(line, with: newBodyPrefixes) {
                bodies[bodies.count - 1] = last + " " + line
            } else {
                bodies.append(line)
            }
        }
        let own = parseBody(bodies.last!, names: names)
        guard bodies.count >= 2 else { return own.result }
        let parent = parseBody(bodies[bodies.count - 2], names: names)
        if own.result.hasUnit {
            return Result(issuer: own.result.issuer, province: own.result.province ?? parent.result.province, hasUnit: true)
        }
        // Under a people's committee the unit is enough (`Sở Nội vụ tỉnh Gia Lai`); under any other
        // body the whole parent is named (`Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh`).
        let committee = parent.result.issuer.hasPrefix("Ủy ban nhân dân") || parent.result.issuer.hasPrefix("Hội đồng nhân dân")
        let suffix = committee ? (parent.unitPart ?? parent.result.issuer) : parent.result.issuer
        return Result(issuer: own.result.issuer + " " + suffix, province: parent.result.province, hasUnit: parent.result.hasUnit)
    }

    /// `Tỉnh Bình Dương` (a site's `Nơi ban hành`) → `Bình Dương`.
    static func province(fromSite value: String) -> String? {
        let caps = value.uppercased()
        for u in units where u.caps == "TỈNH" || u.caps == "THÀNH PHỐ" || u.caps == "TP." {
            if caps.hasPrefix(u.caps + " ") {
                return titleCased(String(caps.dropFirst(u.caps.count + 1)))
            }
        }
        return nil
    }

    /// `ủy ban nhân dân` + province → `Ủy ban nhân dân tỉnh Bình Dương`.
    static func completing(_ issuer: String, province: String) -> String { issuer + " tỉnh " + province }

    // MARK: - Private

    private static func parseBody(_ text: String, names: ProperNameIndex) -> (result: Result, unitPart: String?) {
        let words = text.split(separator: " ").map(String.init)
        for i in words.indices {
            for u in units {
                let unitWords = u.caps.split(separator: " ").map(String.init)
                guard i + unitWords.count < words.count, Array(words[i..<i + unitWords.count]) == unitWords else { continue }
                let name = titleCased(words[(i + unitWords.count)...].joined(separator: " "))
                let head = Array(words[..<i]).joined(separator: " ")
                let unit = u.lower + " " + name
                let issuer = head.isEmpty ? SentenceCase.capitalisingFirstLetter(unit) : bodyName(head, names: names) + " " + unit
                let province = u.caps == "TỈNH" || (u.lower == "thành phố" && centralCities.contains(name)) ? name : nil
                return (Result(issuer: issuer, province: province, hasUnit: true), unit)
            }
        }
        return (Result(issuer: bodyName(text, names: names), province: nil, hasUnit: false), nil)
    }

    /// `ỦY BAN NHÂN DÂN` → `Ủy ban nhân dân`; `SỞ NỘI VỤ` → `Sở Nội vụ` (the name's first word capitalised).
    private static func bodyName(_ caps: String, names: ProperNameIndex) -> String {
        let fixed: [String: String] = ["ỦY BAN NHÂN DÂN": "Ủy ban nhân dân", "HỘI ĐỒNG NHÂN DÂN": "Hội đồng nhân dân",
                                       "CHÍNH PHỦ": "Chính phủ", "THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ"]
        if let f = fixed[caps] { return f }
        // `CHỦ TỊCH ỦY BAN NHÂN DÂN` → `Chủ tịch Ủy ban nhân dân`: an office, then the body it heads.
        for office in ["CHỦ TỊCH", "BỘ TRƯỞNG", "GIÁM ĐỐC", "TRƯỞNG BAN"] where caps.hasPrefix(office + " ") {
            return SentenceCase.office(office) + " " + bodyName(String(caps.dropFirst(office.count + 1)), names: names)
        }
        if let written = names.writtenForm(of: phraseWords(caps)) { return SentenceCase.capitalisingFirstLetter(written) }
        let recased = SentenceCase.apply(caps, names: names)
        var words = recased.split(separator: " ").map(String.init)
        let kinds: Set<String> = ["Sở", "Bộ", "Ban", "Cục", "Tổng", "Văn", "Phòng", "Trung", "Hội", "Ủy", "Đảng"]
        if words.count >= 2, kinds.contains(words[0]) {
            let second = words[0] == "Văn" || words[0] == "Trung" || words[0] == "Tổng" || words[0] == "Ủy" ? 2 : 1
            if second < words.count { words[second] = SentenceCase.capitalisingFirstLetter(words[second]) }
        }
        return words.joined(separator: " ")
    }

    /// `SỞ NỘI VỤ` → `["sở", "nội", "vụ"]`: the form `ProperNameIndex` looks up.
    static func phraseWords(_ caps: String) -> [String] {
        caps.split(separator: " ").map { ProperNameIndex.core($0).lowercased() }.filter { !$0.isEmpty }
    }

    /// The body names (before any administrative unit) of caps issuer lines, for `ProperNameIndex`.
    static func bodyPhrases(_ lines: [String]) -> [[String]] {
        var out: [[String]] = []
        for line in lines {
            let words = expand(RegionText.strippingPipes(line)).split(separator: " ").map(String.init)
            let cut = words.indices.first { i in units.contains { u in words[i...].starts(with: u.caps.split(separator: " ").map(String.init)) } } ?? words.count
            if cut > 1 { out.append(phraseWords(words[..<cut].joined(separator: " "))) }
        }
        return out
    }

    private static func expand(_ text: String) -> String {
        var t = text
        for (short, long) in expansions where t.hasPrefix(short) { t = long + t.dropFirst(short.count) }
        return t
    }


    /// `GIA LAI` → `Gia Lai`.
    static func titleCased(_ caps: String) -> String {
        caps.lowercased().split(separator: " ").map { SentenceCase.capitalisingFirstLetter(String($0)) }.joined(separator: " ")
    }
}
