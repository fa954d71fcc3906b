import Foundation
import Testing
@testable import PlanX

@Suite("Outline dump", .disabled(if: ProcessInfo.processInfo.environment["PLANX_DUMP"] == nil))
struct OutlineDumpTests {
    @Test(arguments: OutlineFixtures.corpusNames)
    func dumpCorpus(_ name: String) throws {
        let r = OutlineBuilder.build(try OutlineFixtures.corpusBlocks(name))
        print("==== \(name)\n" + OutlineFixtures.dump(r.sections, maxLevel: Int(ProcessInfo.processInfo.environment["PLANX_DUMP"] ?? "") ?? 99))
        for d in r.diagnostics { print("  diag \(d.line ?? 0) \(d.code) \(d.message)") }
    }
}
