import Foundation
import Testing
@testable import PlanX

@Suite("Pipeline smoke")
struct SmokeTests {
    @Test func extractsAPlainLine() throws {
        let doc = try PlanX.extract(Data("KẾ HOẠCH\nNội dung".utf8), name: "x.txt")
        #expect(doc.source.lines == 2)
        #expect(doc.source.format == "text")
    }
}
