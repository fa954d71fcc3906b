import Foundation
import Testing
@testable import PlanX

/// Throughput of the Outline stage alone; run on purpose in release:
/// `PLANX_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter OutlineSpeed`.
@Suite("Outline speed", .disabled(if: ProcessInfo.processInfo.environment["PLANX_BENCH"] == nil))
struct OutlineSpeedTests {
    @Test func buildsLargeDocumentInLinearTime() throws {
        var blocks: [SourceBlock] = []
        var bytes = 0
        let names = OutlineFixtures.corpusNames
        var line = 1
        while bytes < 50_000_000 {
            for name in names {
                for b in try OutlineFixtures.corpusBlocks(name) {
                    var c = b
                    c.line = line + b.line
                    c.endLine = line + b.endLine
                    bytes += b.text.utf8.count + 1
                    blocks.append(c)
                }
                line += 3000
            }
        }
        let clock = ContinuousClock()
        var sections = 0
        let t = clock.measure { sections = OutlineBuilder.build(blocks).sections.count }
        let seconds = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
        print("outline: \(blocks.count) blocks, \(bytes / 1_000_000) MB of text, \(sections) top sections in \(seconds) s → \(Double(bytes) / 1e6 / seconds) MB/s")
        #expect(sections > 0)
        let texts = blocks.filter { $0.kind == .text }.map(\.text)
        func time(_ label: String, _ body: (String) -> Bool) {
            var n = 0
            let d = clock.measure { for t in texts where body(t) { n += 1 } }
            print("  \(label): \(d) (\(n) hits)")
        }
        time("baseline utf8 count") { $0.utf8.count > 1 }
        time("bullet") { BulletParser.parse($0) != nil }
        time("marker") { !MarkerParser.parse($0).isEmpty }
        time("caps") { HeadingJudge.isCapsHeading($0) }
        time("midSentence") { HeadingJudge.endsMidSentence($0) }
        time("glued") { InlineHeadings.gluedHeading(in: $0) { _ in false } != nil }
        time("judge") { HeadingJudge.judge($0) == .title }
    }
}
