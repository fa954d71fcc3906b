import Foundation
import Testing
@testable import PlanX

@Suite("RegionsDebug")
struct RegionsDebug {
    @Test func dump() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let (blocks, diags) = BlockFixture.classified(text)
            print("=== \(name)")
            print(BlockFixture.ranges(blocks).joined(separator: "\n"))
            for d in diags { print("  diag \(d.code) \(d.line ?? 0) \(d.message)") }
        }
    }
}
