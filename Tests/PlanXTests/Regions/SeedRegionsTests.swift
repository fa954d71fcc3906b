import Foundation
import Testing
@testable import PlanX

/// The five corpus seeds through Regions and the identity part of Metadata, with the values
/// read off each source by eye.
@Suite("Seed regions and identity")
struct SeedRegionsTests {
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var number: String
        var type: String
        var issued: String
        var issuer: String
        var province: String
        var signer: String
        var title: String
        /// Non-body role ranges that must be present (`header 3-13` style, separators left out).
        var ranges: [String]
        var description: String { file }
    }

    static let seeds: [Expected] = [
        Expected(file: "binh-duong-6832-2021.txt", number: "6832/KH-UBND", type: "Kế hoạch", issued: "2021-12-30",
                 issuer: "Ủy ban nhân dân tỉnh Bình Dương", province: "Bình Dương", signer: "Võ Văn Minh",
                 title: "Cải cách hành chính nhà nước tỉnh Bình Dương năm 2022",
                 ranges: ["site_metadata 1-8", "header 9-13", "title 14-14", "basis 15-15", "repeated_block 39-68", "signature 170-171"]),
        Expected(file: "son-la-2407-2021.txt", number: "2407/QĐ-UBND", type: "Quyết định", issued: "2021-10-01",
                 issuer: "Ủy ban nhân dân tỉnh Sơn La", province: "Sơn La", signer: "",
                 title: "Ban hành Kế hoạch cải cách hành chính nhà nước tỉnh Sơn La giai đoạn 2021-2030",
                 ranges: ["title 1-2", "header 3-3", "basis 4-7", "title 8-8", "recipients 14-26", "title 27-28", "caption 29-29", "basis 30-30"]),
        Expected(file: "ha-giang-147-2024.txt", number: "147/KH-UBND", type: "Kế hoạch", issued: "2024-05-31",
                 issuer: "Ủy ban nhân dân tỉnh Hà Giang", province: "Hà Giang", signer: "Nguyễn Văn Sơn",
                 title: "Cải thiện và nâng cao chỉ số cải cách hành chính tỉnh Hà Giang năm 2024",
                 ranges: ["site_chrome 1-10", "title 26-28", "basis 30-34", "recipients 269-282", "footnote 2698-2698", "site_chrome 2700-2700", "site_metadata 2702-2718"]),
        Expected(file: "binh-thuan-2992-2021.txt", number: "2992/KH-UBND", type: "Kế hoạch", issued: "2021-08-12",
                 issuer: "Ủy ban nhân dân tỉnh Bình Thuận", province: "Bình Thuận", signer: "Lê Tuấn Phong",
                 title: "Thực hiện các nhiệm vụ, giải pháp nâng cao Chỉ số cải cách hành chính (PAR Index), Chỉ số hiệu quả Quản trị và Hành chính công (PAPI), Chỉ số hài lòng của người dân đối với sự phục vụ của các cơ quan hành chính nhà nước trong thực hiện thủ tục hành chính (SIPAS) trên địa bàn tỉnh năm 2021 và giai đoạn 2021-2025",
                 ranges: ["related_documents 1-7", "header 8-9", "basis 10-11", "signature 229-229", "footnote 383-391", "related_documents 392-424", "site_metadata 425-434"]),
        Expected(file: "gia-lai-3638-2023.txt", number: "3638/KH-UBND", type: "Kế hoạch", issued: "2023-12-26",
                 issuer: "Ủy ban nhân dân tỉnh Gia Lai", province: "Gia Lai", signer: "Trương Hải Long",
                 title: "Cải cách hành chính năm 2024 của tỉnh Gia Lai",
                 ranges: ["site_chrome 1-1", "title 17-19", "basis 21-21", "recipients 244-253", "signature 255-256", "signature 261-261", "site_chrome 1330-1330", "site_metadata 1332-1342"]),
    ]

    static func load(_ file: String) throws -> String {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")
        return try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
    }

    @Test(arguments: seeds)
    func seedIdentityAndRoles(_ e: Expected) throws {
        let (blocks, _) = BlockFixture.classified(try Self.load(e.file))
        let ranges = BlockFixture.ranges(blocks)
        for r in e.ranges { #expect(ranges.contains(r), "\(e.file): missing \(r) in \(ranges)") }
        let (m, _) = MetadataExtractor.identify(blocks)
        #expect(m.number == e.number)
        #expect(m.type == e.type)
        #expect(m.issued == e.issued)
        #expect(m.issuer == e.issuer)
        #expect(m.province == e.province)
        #expect((m.signer?.name ?? "") == e.signer)
        #expect(m.title == e.title)
    }

    @Test(arguments: seeds)
    func seedIdentityWithPipeRowsKeptWhole(_ e: Expected) throws {
        let (blocks, _) = BlockFixture.classified(try Self.load(e.file), splitCells: false)
        let (m, _) = MetadataExtractor.identify(blocks)
        #expect(m.number == e.number)
        #expect(m.type == e.type)
        #expect(m.issued == e.issued)
        #expect(m.issuer == e.issuer)
        #expect(m.province == e.province)
        #expect((m.signer?.name ?? "") == e.signer)
        #expect(m.title == e.title)
    }

    @Test func sonLaCarriesItsPlan() throws {
        let (blocks, _) = BlockFixture.classified(try Self.load("son-la-2407-2021.txt"))
        let (m, _) = MetadataExtractor.identify(blocks)
        #expect(m.plan == AttachedPlan(type: "Kế hoạch", title: "Cải cách hành chính nhà nước tỉnh Sơn La giai đoạn 2021-2030",
                                       number: "2407/QĐ-UBND", issued: "2021-10-01", line: 27))
        #expect(m.bases.count == 5)
    }

    @Test func binhDuongRepeatIsReportedOnce() throws {
        let (_, d) = BlockFixture.classified(try Self.load("binh-duong-6832-2021.txt"))
        let repeats = d.filter { $0.code == "regions.repeated-block" }
        #expect(repeats.count == 1)
        #expect(repeats.first?.line == 39)
    }
}
