/// The known bodies and abbreviations that `AgencyParser` names agencies from — DATA only.
///
/// Adding a province's body or a new abbreviation is an edit of the lists below, not of the parser:
/// a `fields` row gives both `Sở <field>` (department) and `Bộ <field>` (central);
/// `bodies` holds every other named body with its kind and the other ways it is written.
/// Names are canonical (modern tone marks, official capitalisation); matching ignores case and
/// old-style tone placement (`Văn hoá` = `Văn hóa`), and runs after abbreviations are expanded.
enum AgencyDirectory {
    /// One named body: canonical name, kind, other spellings.
    struct Entry: Sendable {
        let name: String
        let kind: String
        let aliases: [String]
        init(_ name: String, _ kind: String, _ aliases: [String] = []) {
            self.name = name
            self.kind = kind
            self.aliases = aliases
        }
    }

    /// Fields of provincial departments (`Sở …`) and ministries (`Bộ …`), with other spellings.
    static let fields: [(name: String, aliases: [String])] = [
        ("Nội vụ", []), ("Tư pháp", []), ("Tài chính", []), ("Kế hoạch và Đầu tư", ["Kế hoạch - Đầu tư"]),
        ("Công Thương", []), ("Xây dựng", []), ("Y tế", []), ("Ngoại vụ", []), ("Du lịch", []),
        ("Giao thông vận tải", ["Giao thông - Vận tải", "Giao thông Vận tải"]),
        ("Tài nguyên và Môi trường", ["Tài nguyên - Môi trường"]),
        ("Thông tin và Truyền thông", ["Thông tin - Truyền thông"]),
        ("Lao động - Thương binh và Xã hội", ["Lao động, Thương binh và Xã hội", "Lao động Thương binh và Xã hội"]),
        ("Văn hóa, Thể thao và Du lịch", ["Văn hóa - Thể thao và Du lịch", "Văn hóa Thể thao và Du lịch"]),
        ("Văn hóa và Thể thao", []), ("Khoa học và Công nghệ", []), ("Giáo dục và Đào tạo", []),
        ("Nông nghiệp và Phát triển nông thôn", []), ("Nông nghiệp và Môi trường", []),
        ("Dân tộc và Tôn giáo", []), ("Quy hoạch - Kiến trúc", []),
    ]

    /// Named bodies that are not `Sở`/`Bộ` + field. Longer names win over shorter ones.
    static let bodies: [Entry] = [
        Entry("Các sở, ban, ngành", "group", ["sở, ban, ngành", "các sở, ban ngành", "sở, ban ngành", "các sở ban ngành", "sở ban ngành"]),
        Entry("Các sở, ngành", "group", ["sở, ngành"]),
        Entry("Ủy ban nhân dân", "committee"),
        Entry("Hội đồng nhân dân", "committee"),
        Entry("Thường trực Hội đồng nhân dân", "committee"),
        Entry("Thường trực Ủy ban nhân dân", "committee"),
        Entry("Chủ tịch Ủy ban nhân dân", "committee"),
        Entry("Ban Chỉ đạo", "committee"),
        Entry("Ủy ban Mặt trận Tổ quốc Việt Nam", "committee", ["Ủy ban Mặt trận Tổ quốc"]),
        Entry("Văn phòng Ủy ban nhân dân", "office"),
        Entry("Văn phòng Hội đồng nhân dân", "office"),
        Entry("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân", "office"),
        Entry("Văn phòng Đoàn đại biểu Quốc hội", "office"),
        Entry("Văn phòng Tỉnh ủy", "office"),
        Entry("Văn phòng Chính phủ", "central"),
        Entry("Chính phủ", "central"),
        Entry("Thủ tướng Chính phủ", "central", ["Thủ tướng"]),
        Entry("Bộ Công an", "central"), Entry("Bộ Quốc phòng", "central"), Entry("Bộ Ngoại giao", "central"),
        Entry("Thanh tra tỉnh", "department"),
        Entry("Ban Dân tộc", "department"),
        Entry("Ban Quản lý Khu kinh tế", "department"),
        Entry("Ban Quản lý các khu công nghiệp", "department"),
        Entry("Bộ Chỉ huy Quân sự", "other"),
        Entry("Bộ Chỉ huy Bộ đội Biên phòng", "other"),
        Entry("Công an tỉnh", "other"),
        Entry("Cục Thuế", "central"),
        Entry("Cục Hải quan", "central"),
        Entry("Cục Thống kê", "central"),
        Entry("Kho bạc Nhà nước", "other"),
        Entry("Bảo hiểm xã hội", "other"),
        Entry("Ngân hàng Nhà nước", "other"),
        Entry("Đài Phát thanh và Truyền hình", "other", ["Đài Phát thanh - Truyền hình", "Đài Phát thanh Truyền hình"]),
        Entry("Trung tâm Phục vụ hành chính công", "other"),
        Entry("Trung tâm Hành chính công", "other"),
        Entry("Ban Tuyên giáo Tỉnh ủy", "other"),
        Entry("Ban Tổ chức Tỉnh ủy", "other"),
        Entry("Ban Nội chính Tỉnh ủy", "other"),
        Entry("Tỉnh đoàn", "other"),
        Entry("Liên đoàn Lao động", "other"),
        Entry("Hội Liên hiệp Phụ nữ", "other"),
        Entry("Tòa án nhân dân", "other"),
        Entry("Viện kiểm sát nhân dân", "other"),
        Entry("Bưu điện", "other"),
    ]

    /// Abbreviations expanded wherever they stand as a whole word (case as written).
    static let abbreviations: [String: String] = [
        "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "VP": "Văn phòng",
        "VPUBND": "Văn phòng Ủy ban nhân dân", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc", "MTTQ": "Mặt trận Tổ quốc",
        "ĐBQH": "Đoàn đại biểu Quốc hội", "BCĐ": "Ban Chỉ đạo", "KBNN": "Kho bạc Nhà nước",
        "BHXH": "Bảo hiểm xã hội", "NHNN": "Ngân hàng Nhà nước", "TAND": "Tòa án nhân dân",
        "VKSND": "Viện kiểm sát nhân dân", "TW": "Trung ương", "CCHC": "cải cách hành chính",
        "TTHC": "thủ tục hành chính", "CNTT": "công nghệ thông tin",
        "SNV": "Sở Nội vụ", "STP": "Sở Tư pháp", "STC": "Sở Tài chính", "SXD": "Sở Xây dựng", "SYT": "Sở Y tế",
        "STTTT": "Sở Thông tin và Truyền thông", "SKHĐT": "Sở Kế hoạch và Đầu tư",
        "STNMT": "Sở Tài nguyên và Môi trường", "SGDĐT": "Sở Giáo dục và Đào tạo",
        "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội", "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
        "SNNPTNT": "Sở Nông nghiệp và Phát triển nông thôn", "SGTVT": "Sở Giao thông vận tải",
        "SKHCN": "Sở Khoa học và Công nghệ", "SCT": "Sở Công Thương",
    ]

    /// Field abbreviations, expanded only right after `Sở` or `Bộ` (`Sở TP` is Tư pháp, `TP` alone is a city).
    static let fieldAbbreviations: [String: String] = [
        "TT&TT": "Thông tin và Truyền thông", "TTTT": "Thông tin và Truyền thông", "TT-TT": "Thông tin và Truyền thông",
        "KH&ĐT": "Kế hoạch và Đầu tư", "KHĐT": "Kế hoạch và Đầu tư", "KH-ĐT": "Kế hoạch và Đầu tư",
        "KH&CN": "Khoa học và Công nghệ", "KHCN": "Khoa học và Công nghệ",
        "LĐ-TB&XH": "Lao động - Thương binh và Xã hội", "LĐTBXH": "Lao động - Thương binh và Xã hội",
        "LĐ-TBXH": "Lao động - Thương binh và Xã hội", "LĐTB&XH": "Lao động - Thương binh và Xã hội",
        "TN&MT": "Tài nguyên và Môi trường", "TNMT": "Tài nguyên và Môi trường", "TN-MT": "Tài nguyên và Môi trường",
        "GD&ĐT": "Giáo dục và Đào tạo", "GDĐT": "Giáo dục và Đào tạo", "GD-ĐT": "Giáo dục và Đào tạo",
        "VH-TT&DL": "Văn hóa, Thể thao và Du lịch", "VHTTDL": "Văn hóa, Thể thao và Du lịch",
        "VH,TT&DL": "Văn hóa, Thể thao và Du lịch", "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
        "NN&PTNT": "Nông nghiệp và Phát triển nông thôn", "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
        "NN-PTNT": "Nông nghiệp và Phát triển nông thôn", "NN&MT": "Nông nghiệp và Môi trường",
        "GTVT": "Giao thông vận tải", "GT-VT": "Giao thông vận tải", "DT&TG": "Dân tộc và Tôn giáo",
        "TP": "Tư pháp", "NV": "Nội vụ", "TC": "Tài chính", "XD": "Xây dựng", "YT": "Y tế", "CT": "Công Thương",
    ]

    /// First words of a body whose name is not in the lists, with the kind they give it.
    /// Single words count only when written with a capital (`Ban`, not the `ban` of `sở, ban, ngành`).
    static let heads: [(words: String, kind: String)] = [
        ("sở", "department"), ("ban", "department"), ("thanh tra", "department"),
        ("văn phòng", "office"),
        ("ủy ban", "committee"), ("hội đồng", "committee"), ("thường trực", "committee"), ("chủ tịch", "committee"),
        ("bộ", "central"), ("chính phủ", "central"), ("thủ tướng", "central"), ("tổng cục", "central"), ("cục", "central"),
        ("chi cục", "other"), ("công an", "other"), ("đài", "other"), ("báo", "other"), ("trung tâm", "other"),
        ("kho bạc", "other"), ("bảo hiểm", "other"), ("ngân hàng", "other"), ("liên đoàn", "other"), ("hội", "other"),
        ("mặt trận", "other"), ("tỉnh đoàn", "other"), ("đoàn", "other"), ("tỉnh ủy", "other"), ("thành ủy", "other"),
        ("huyện ủy", "other"), ("tòa án", "other"), ("viện", "other"), ("bưu điện", "other"), ("trường", "other"),
        ("bệnh viện", "other"), ("phòng", "other"), ("bộ phận", "other"), ("hội đồng nhân dân", "committee"),
    ]

    /// Common nouns that make a collective body (`các cơ quan, đơn vị có liên quan`) and may follow
    /// a comma inside it without starting a new body.
    static let collectiveNouns: Set<String> = [
        "sở", "ban", "ngành", "cơ quan", "đơn vị", "địa phương", "tổ chức", "huyện", "xã", "phường", "quận",
        "thị xã", "thành phố", "thị trấn", "doanh nghiệp", "hội", "đoàn thể", "cơ sở", "bộ", "phòng", "trường",
        "cấp", "tỉnh", "trung tâm", "thành viên", "ủy ban", "hội đồng",
    ]

    /// Administrative units that follow a committee's name (`UBND huyện …`, `UBND các xã, phường, thị trấn`).
    static let localities: Set<String> = ["tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn"]

    /// Lower-case verbs that end a body's name and start its instruction (`Sở Nội vụ theo dõi, tổng hợp`).
    static let roles: Set<String> = [
        "chủ trì", "phối hợp", "thực hiện", "theo dõi", "tham mưu", "đôn đốc", "kiểm tra", "tổng hợp",
        "hướng dẫn", "triển khai", "báo cáo", "hỗ trợ", "giám sát", "thẩm định", "trình", "ban hành", "cập nhật",
    ]
}
