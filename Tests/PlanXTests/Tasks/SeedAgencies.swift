@testable import PlanX

/// One agency cell and the bodies it must name, as (canonical name, kind).
struct AgencyCase: Sendable, CustomStringConvertible {
    let text: String
    let bodies: [Body]
    var description: String { text.replacingOccurrences(of: "\n", with: " ⏎ ") }

    struct Body: Sendable, Equatable {
        let name: String
        let kind: String
    }

    init(_ text: String, _ bodies: [(String, String)]) {
        self.text = text
        self.bodies = bodies.map { Body(name: $0.0, kind: $0.1) }
    }
}

/// Distinct lead/partner cells of the five seed documents, with the bodies checked by hand.
enum SeedAgencies {
    static let ubnd = "Ủy ban nhân dân"
    static let sbn = ("Các sở, ban, ngành", "group")
    static let sbnTinh = ("Các sở, ban, ngành tỉnh", "group")
    static let huyen = ("Ủy ban nhân dân cấp huyện", "committee")
    static let xa = ("Ủy ban nhân dân cấp xã", "committee")
    static let vp = ("Văn phòng Ủy ban nhân dân tỉnh", "office")
    static let tttt = ("Sở Thông tin và Truyền thông", "department")
    static let huyenTxTp = ("Ủy ban nhân dân các huyện, thị xã, thành phố", "group")
    static let huyenTp = ("Ủy ban nhân dân các huyện, thành phố", "group")
    static let noiVu = ("Sở Nội vụ", "department")
    static let taiChinh = ("Sở Tài chính", "department")
    static let tuPhap = ("Sở Tư pháp", "department")

    static let all: [AgencyCase] = [
        // 000 (pipe cells)
        .init("Sở Nội vụ", [noiVu]),
        .init("Các sở, ban, ngành", [sbn]),
        .init("Sở, ban, ngành; UBND cấp huyện", [sbn, huyen]),
        .init("Sở, ban, ngành; UBND cấp huyện,cấp xã", [sbn, huyen, xa]),
        .init("Sở, ban, ngành; UBND cấp huyện, cấp xã", [sbn, huyen, xa]),
        .init("Các đơn vị, địa phương có liên quan", [("Các đơn vị, địa phương có liên quan", "group")]),
        .init("Văn phòng UBND tỉnh", [vp]),
        .init("Sở Thông tin và Truyền thông; Sở Tài chính", [tttt, taiChinh]),
        .init("Sở Nội vụ; Đài Phát thanh và Truyền hình Bình Dương; Báo Bình Dương",
              [noiVu, ("Đài Phát thanh và Truyền hình Bình Dương", "other"), ("Báo Bình Dương", "other")]),
        .init("Sở Tài chính; các cơ quan, đơn vị có liên quan", [taiChinh, ("Các cơ quan, đơn vị có liên quan", "group")]),
        .init("Sở Nội vụ; Văn phòng UBND tỉnh; Sở Tài chính", [noiVu, vp, taiChinh]),
        .init("Các sở, ban, ngành; UBND cấp huyện", [sbn, huyen]),
        .init("Sở Tài chính; Sở Nội vụ", [taiChinh, noiVu]),
        .init("Các đơn vị có liên quan", [("Các đơn vị có liên quan", "group")]),
        .init("Sở Tư pháp", [tuPhap]),
        // 001 (tab cells)
        .init("Sở Kế hoạch và Đầu tư", [("Sở Kế hoạch và Đầu tư", "department")]),
        .init("Các sở, ban, ngành, UBND cấp huyện", [sbn, huyen]),
        .init("Các sở, ban, ngành, UBND cấp huyện.", [sbn, huyen]),
        .init("Sở, ban, ngành, UBND cấp huyện", [sbn, huyen]),
        .init("- Văn phòng UBND tỉnh; Sở Tư pháp", [vp, tuPhap]),
        .init("Trung tâm thông tin, Văn phòng UBND tỉnh; Trung tâm lưu trữ lịch sử, Sở Nội vụ",
              [("Trung tâm thông tin", "other"), vp, ("Trung tâm lưu trữ lịch sử", "other"), noiVu]),
        .init("Các sở, ban, ngành; UBND cấp huyện.", [sbn, huyen]),
        .init("Các sở, ban, ngành, UBND các huyện, thành phố", [sbn, huyenTp]),
        .init("Văn phòng UBND tỉnh; Sở, ban, ngành tỉnh;\nUBND cấp huyện; UBND cấp xã", [vp, sbnTinh, huyen, xa]),
        .init("Sở Nội vụ, Sở Tài chính", [noiVu, taiChinh]),
        .init("Các sở, ngành, đơn vị có liên quan", [("Các sở, ngành, đơn vị có liên quan", "group")]),
        .init("Sở Khoa học và Công nghệ", [("Sở Khoa học và Công nghệ", "department")]),
        .init("Sở Y tế", [("Sở Y tế", "department")]),
        .init("Sở Giáo dục và Đào tạo", [("Sở Giáo dục và Đào tạo", "department")]),
        .init("Các sở, ban ngành; các đơn vị sự nghiệp; UBND cấp huyện; UBND cấp xã; các cơ sở đào tạo.",
              [sbn, ("Các đơn vị sự nghiệp", "group"), huyen, xa, ("Các cơ sở đào tạo", "group")]),
        .init("Các sở, ban, ngành, UBND các huyện, thành phố; UBND các xã",
              [sbn, huyenTp, ("Ủy ban nhân dân các xã", "group")]),
        .init("Sở Tài chính; các sở, ban, ngành, UBND huyện, thành phố",
              [taiChinh, sbn, ("Ủy ban nhân dân huyện, thành phố", "group")]),
        .init("Sở, ban, ngành, UBND huyện, thành phố", [sbn, ("Ủy ban nhân dân huyện, thành phố", "group")]),
        .init("Các cơ quan quản lý chuyển ngành theo Quyết định số 2833/QĐ-UBND ngày 22/11/2019 của UBND tỉnh",
              [("Các cơ quan quản lý chuyển ngành theo Quyết định số 2833/QĐ-UBND ngày 22/11/2019 của Ủy ban nhân dân tỉnh", "group")]),
        // 002 (paragraph cells)
        .init("Các Sở, ban, ngành; UBND các huyện, thành phố", [sbn, huyenTp]),
        .init("Các Sở, ban, ngành; UBND cấp huyện; UBND cấp xã", [sbn, huyen, xa]),
        .init("Sở Thông tin và Truyền thông.", [tttt]),
        .init("Cục thuế tỉnh", [("Cục Thuế tỉnh", "central")]),
        .init("Văn phòng UBND tỉnh theo dõi, đôn đốc", [vp]),
        .init("Sở Nội vụ tham mưu, theo dõi, kiểm tra", [noiVu]),
        .init("Các Sở, ban, ngành; UBND cấp huyện; UBND cấp xã thực hiện", [sbn, huyen, xa]),
        .init("UBND cấp huyện, UBND cấp xã", [huyen, xa]),
        .init("UBND các xã, phường, thị trấn", [("Ủy ban nhân dân các xã, phường, thị trấn", "group")]),
        .init("- Sở Nội vụ\n- Văn phòng UBND tỉnh;", [noiVu, vp]),
        // 003 (pipe rows; "Sở X: instruction" cells)
        .init("- Các Sở, ngành; - UBND cấp huyện; - UBND cấp xã.", [("Các sở, ngành", "group"), huyen, xa]),
        .init("Trung tâm hành chính công tỉnh (thuộc Văn phòng UBND tỉnh): Xây dựng Kế hoạch triển khai thí điểm mô hình",
              [("Trung tâm Hành chính công tỉnh (thuộc Văn phòng Ủy ban nhân dân tỉnh)", "other")]),
        .init("Các Sở, ngành: Hoàn thành 100% các mẫu hướng dẫn; công khai tại Trung tâm hành chính công tỉnh.",
              [("Các sở, ngành", "group")]),
        .init("UBND cấp huyện: - Trên cơ sở các mẫu hướng dẫn do các Sở, ngành công khai. - Cung cấp đầy đủ các mẫu hướng dẫn cho UBND cấp xã.",
              [huyen]),
        .init("Sở Tài nguyên và Môi trường chủ trì, phối hợp với UBND cấp huyện: Mẫu hóa quy trình",
              [("Sở Tài nguyên và Môi trường", "department")]),
        .init("UBND thành phố Phan Thiết, huyện Hàm Thuận Bắc, huyện Tuy Phong: Xây dựng Kế hoạch triển khai thí điểm 03 mô hình",
              [("\(ubnd) thành phố Phan Thiết", "committee"), ("\(ubnd) huyện Hàm Thuận Bắc", "committee"),
               ("\(ubnd) huyện Tuy Phong", "committee")]),
        .init("UBND thị xã La Gi và các huyện Đức Linh, Tánh Linh, Hàm Tân, Hàm Thuận Nam, Phú Quý, Bắc Bình: Xây dựng Kế hoạch",
              [("\(ubnd) thị xã La Gi", "committee"),
               ("\(ubnd) các huyện Đức Linh, Tánh Linh, Hàm Tân, Hàm Thuận Nam, Phú Quý, Bắc Bình", "group")]),
        .init("Sở Xây dựng, Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường: Tổ chức kiểm tra việc thực hiện niêm yết",
              [("Sở Xây dựng", "department"), ("Sở Kế hoạch và Đầu tư", "department"),
               ("Sở Tài nguyên và Môi trường", "department")]),
        .init("Sở Lao động, Thương binh và Xã hội: Kiểm tra, đôn đốc, hướng dẫn UBND các xã, phường, thị trấn",
              [("Sở Lao động - Thương binh và Xã hội", "department")]),
        .init("UBND cấp huyện, cấp xã: Thực hiện niêm yết, công khai tại địa phương mình.", [huyen, xa]),
        .init("Các Sở, ban, ngành; UBND cấp huyện: Xây dựng hoàn thiện quy trình liên thông điện tử", [sbn, huyen]),
        .init("Các Sở, ngành, địa phương", [("Các sở, ngành, địa phương", "group")]),
        .init("- Sở xây dựng: Công bố các quy hoạch. Đồng thời có văn bản hướng dẫn. - Sở Kế hoạch và Đầu tư: Rà soát công bố",
              [("Sở Xây dựng", "department"), ("Sở Kế hoạch và Đầu tư", "department")]),
        // 004 (paragraph cells, hierarchical rows)
        .init("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh; Văn phòng UBND tỉnh; các Sở, ban, ngành có liên quan",
              [("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "office"), vp,
               ("Các sở, ban, ngành có liên quan", "group")]),
        .init("Sở Tư pháp; các cơ quan có liên quan theo chức năng, nhiệm vụ",
              [tuPhap, ("Các cơ quan có liên quan theo chức năng, nhiệm vụ", "group")]),
        .init("Văn phòng UBND tỉnh; các sở, ban, ngành có liên quan", [vp, ("Các sở, ban, ngành có liên quan", "group")]),
        .init("Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố", [sbnTinh, huyenTxTp]),
        .init("Sở, ban, ngành tỉnh, UBND cấp huyện và các cơ quan, đơn vị liên quan",
              [sbnTinh, huyen, ("Các cơ quan, đơn vị liên quan", "group")]),
        .init("Sở Thông tin và Truyền thông, các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố", [tttt, sbnTinh, huyenTxTp]),
        .init("Sở Thông tin và Truyền thông, Công an tỉnh và các đơn vị có liên quan",
              [tttt, ("Công an tỉnh", "other"), ("Các đơn vị có liên quan", "group")]),
        .init("Sở Thông tin và Truyền thông và các sở, ban, ngành tỉnh có liên quan", [tttt, ("Các sở, ban, ngành tỉnh có liên quan", "group")]),
        .init("Sở Thông tin và Truyền thông, các sở, ban, ngành tỉnh; UBND thành phố Pleiku, UBND các huyện, thị xã, thành phố",
              [tttt, sbnTinh, ("\(ubnd) thành phố Pleiku", "committee"), huyenTxTp]),
        .init("Sở Thông tin và Truyền thông, Văn phòng Ủy ban nhân dân tỉnh, Sở Nội vụ", [tttt, vp, noiVu]),
        .init("Các sở, ban, ngành tỉnh; cơ quan trung ương được tổ chức theo ngành dọc đóng tại địa bàn tỉnh; UBND các huyện, thị xã, thành phố",
              [sbnTinh, ("Cơ quan trung ương được tổ chức theo ngành dọc đóng tại địa bàn tỉnh", "group"), huyenTxTp]),
        .init("Cục Thuế tỉnh; Sở Tài chính; UBND các huyện, thị xã, thành phố", [("Cục Thuế tỉnh", "central"), taiChinh, huyenTxTp]),
        .init("Văn phòng Ủy ban nhân dân tỉnh và các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố", [vp, sbnTinh, huyenTxTp]),
        .init("Các sở, ban, ngành tỉnh, Văn phòng Ủy ban nhân dân tỉnh, UBND các huyện, thị xã, thành phố", [sbnTinh, vp, huyenTxTp]),
        .init("Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố; Bưu điện tỉnh",
              [sbnTinh, huyenTxTp, ("Bưu điện tỉnh", "other")]),
        .init("Ban Tuyên giáo Tỉnh ủy; Các Sở, ban, ngành; UBND các huyện, thành phố", [("Ban Tuyên giáo Tỉnh ủy", "other"), sbn, huyenTp]),
        .init("Các cơ quan ngành dọc tại địa phương, UBND cấp huyện, cấp xã",
              [("Các cơ quan ngành dọc tại địa phương", "group"), huyen, xa]),
        .init("Sở Thông tin và Truyền thông; Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố và các đơn vị liên quan",
              [tttt, sbnTinh, huyenTxTp, ("Các đơn vị liên quan", "group")]),
        .init("Sở Thông tin và Truyền thông, các sở, ban, ngành tỉnh, UBND thành phố Pleiku và các đơn vị liên quan",
              [tttt, sbnTinh, ("\(ubnd) thành phố Pleiku", "committee"), ("Các đơn vị liên quan", "group")]),
        .init("Sở Thông tin và Truyền thông, Sở Nội vụ, các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố",
              [tttt, noiVu, sbnTinh, huyenTxTp]),
        .init("Sở Thông tin và Truyền thông, UBND các huyện, thị xã, thành phố", [tttt, huyenTxTp]),
        .init("Sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã và các cơ quan, đơn vị liên quan",
              [sbnTinh, huyen, xa, ("Các cơ quan, đơn vị liên quan", "group")]),
        .init("Văn phòng UBND tỉnh và các cơ quan, đơn vị có liên quan", [vp, ("Các cơ quan, đơn vị có liên quan", "group")]),
        .init("Văn phòng UBND tỉnh; UBND các huyện, thị xã, thành phố", [vp, huyenTxTp]),
        .init("Các sở, ban, ngành, UBND cấp huyện và các cơ quan, đơn vị liên quan",
              [sbn, huyen, ("Các cơ quan, đơn vị liên quan", "group")]),
    ]
}
