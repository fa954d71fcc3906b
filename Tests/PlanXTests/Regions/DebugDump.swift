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
            print(BlockFixture.ranges(blocks).filter { !$0.hasPrefix("separator") }.joined(separator: ", "))
            for d in diags { print("  diag \(d.code) \(d.line ?? 0) \(d.message)") }
            let (m, md) = MetadataExtractor.identify(blocks)
            print("  number=\(m.number ?? "-") type=\(m.type ?? "-") issuer=\(m.issuer ?? "-") province=\(m.province ?? "-") place=\(m.place ?? "-") issued=\(m.issued ?? "-")")
            print("  title=\(m.title ?? "-")")
            print("  signer=\(String(describing: m.signer)) field=\(m.field ?? "-")")
            print("  plan=\(String(describing: m.plan))")
            print("  bases=\(m.bases.map { String($0.prefix(50)) })")
            print("  lines=\(m.lines.sorted { $0.key < $1.key })")
            for d in md { print("  mdiag \(d.code) \(d.line ?? 0) \(d.message)") }
        }
    }
}
