import Foundation
import Testing
@testable import PlanX

/// Every non-blank source line ends up in the outline, a table, or a region.
@Suite("Nothing lost")
struct NothingLostTests {
    @Test(arguments: Corpus.documents.filter { $0.hasSuffix(".txt") })
    func everyCorpusLineIsAccountedFor(name: String) throws {
        let data = try Corpus.data(name)
        let doc = try PlanX.extract(data, name: name)
        let missing = missingLines(String(decoding: data, as: UTF8.self), doc)
        #expect(missing.isEmpty, "\(name): lines not accounted for: \(missing.prefix(20))")
    }

    @Test(arguments: 0..<40)
    func everyGeneratedLineIsAccountedFor(seed: Int) throws {
        var generator = DocumentGenerator(seed: UInt64(seed))
        let text = generator.document(lines: 30 + seed * 7)
        let doc = try PlanX.extract(Data(text.utf8), name: "generated-\(seed).txt")
        let missing = missingLines(text, doc)
        if !missing.isEmpty {  // keep the input for a look with `planx dump --blocks`
            try? Data(text.utf8).write(to: FileManager.default.temporaryDirectory.appendingPathComponent("planx-generated-\(seed).txt"))
        }
        #expect(missing.isEmpty, "seed \(seed): lines not accounted for: \(missing.prefix(20)) (input kept in the temporary folder as planx-generated-\(seed).txt)")
    }

    private func missingLines(_ text: String, _ doc: PlanDocument) -> [Int] {
        let covered = LineAccounting.coveredLines(doc)
        return LineAccounting.nonBlankLines(text).filter { !covered.contains($0) }
    }
}
