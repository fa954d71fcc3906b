import Testing
@testable import PlanX

@Suite("Column mapping")
struct ColumnMapperTests {
    @Test(arguments: [
        ("STT", "stt"), ("TT", "stt"), ("Nội dung/ Nhiệm vụ", "task"), ("Nhiệm vụ/Hoạt động cụ thể", "task"),
        ("Lĩnh vực/ Tiêu chí/ Tiêu chí thành phần", "task"), ("Hoạt động", "activity"), ("Mục tiêu", "objective"),
        ("Mục tiêu năm 2024", "target"), ("Kết quả năm 2023", "prior_result"), ("Điểm tối đa", "max_score"),
        ("Kết quả/ Sản phẩm", "output"), ("Sản phẩm", "output"), ("Cơ quan chủ trì", "lead"), ("Cơ quan thực hiện", "lead"),
        ("Cơ quan chủ trì thực hiện", "lead"), ("Cơ quan theo dõi, phối hợp", "partners"), ("Phối hợp", "partners"),
        ("Thời gian hoàn thành", "deadline"), ("Tiến độ", "deadline"), ("Thời hạn", "deadline"), ("Kinh phí", "budget"),
        ("Nguồn kinh phí", "budget"), ("Ghi chú", "notes"),
    ])
    func canonicalFieldOfHeader(header: String, field: String) {
        #expect(ColumnMapper.canonical(leaf: header) == field)
    }

    @Test func subColumnsOfProductRequirementsUseTheirParent() {
        let parent = ["Yêu cầu của sản phẩm đầu ra (Tài liệu kiểm chứng)"]
        #expect(ColumnMapper.canonical(leaf: "Thẩm quyền ban hành", parents: parent) == "output_authority")
        #expect(ColumnMapper.canonical(leaf: "Chất lượng/ Nội dung", parents: parent) == "output_quality")
        #expect(ColumnMapper.canonical(leaf: "Mức độ hoàn thành", parents: parent) == "output_completion")
    }

    @Test func otherHeadersKeepAsciiSnakeCaseFields() {
        #expect(ColumnMapper.fields([("Lĩnh vực", []), ("Đơn vị chọn thí điểm", []), ("Lĩnh vực", [])])
                == ["linh_vuc", "don_vi_chon_thi_diem", "linh_vuc_2"])
    }

    @Test func multiLevelHeaderSplitsSubColumnsByMeaning() {
        let leaves = HeaderDetector.leaves([
            "STT", "Lĩnh vực/ Tiêu chí", "Điểm tối đa", "Yêu cầu của sản phẩm đầu ra", "Phân công trách nhiệm",
            "Thẩm quyền ban hành", "Chất lượng/ Nội dung", "Mức độ hoàn thành", "Thời gian ban hành/ thực hiện", "Chủ trì", "Phối hợp",
        ], columns: 9)
        #expect(leaves.map(HeaderDetector.headerText) == [
            "STT", "Lĩnh vực/ Tiêu chí", "Điểm tối đa",
            "Yêu cầu của sản phẩm đầu ra / Thẩm quyền ban hành", "Yêu cầu của sản phẩm đầu ra / Chất lượng/ Nội dung",
            "Yêu cầu của sản phẩm đầu ra / Mức độ hoàn thành", "Yêu cầu của sản phẩm đầu ra / Thời gian ban hành/ thực hiện",
            "Phân công trách nhiệm / Chủ trì", "Phân công trách nhiệm / Phối hợp",
        ])
    }
}

@Suite("Vietnamese lower case")
struct VietnameseLowercaseTests {
    @Test(arguments: ["Sở Nội vụ", "ỦY BAN NHÂN DÂN", "ĐÀI PHÁT THANH", "Ơn Ưu ẮT Ẽ", "Quý IV/2021", "CẢI CÁCH THỂ CHẾ"])
    func matchesStandardLowercase(text: String) {
        #expect(String(decoding: VietnameseLowercase.bytes(text), as: UTF8.self) == text.lowercased())
    }
}
