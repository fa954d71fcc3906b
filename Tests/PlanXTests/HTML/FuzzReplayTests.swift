import Foundation
import Testing
@testable import PlanX

/// Inputs the fuzzer found interesting (crashes once fixed) are replayed on every test run,
/// as HTML and as text: the pipeline must return a document or a `PlanXError`, never trap.
@Suite("Fuzz replay")
struct FuzzReplayTests {
    static var inputs: [String] {
        let folder = Corpus.root.appendingPathComponent("Tests/PlanXTests/Fixtures/fuzz")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            .map { folder.appendingPathComponent($0).path }
    }

    @Test func thereAreSavedInputs() { #expect(!Self.inputs.isEmpty) }

    @Test(arguments: inputs)
    func savedInputConvertsWithoutTrapping(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        for format in ["html", "text"] {
            do {
                let doc = try PlanX.extract(data, name: path, options: ExtractOptions(format: format))
                #expect(!PlanX.render(doc).isEmpty)
            } catch is PlanXError {}
        }
    }

    @Test func aHugeNumberBeforeADotIsNotAMarkerAndDoesNotOverflow() throws {
        let text = "KẾ HOẠCH\n" + String(repeating: "9", count: 40) + ". Tiêu đề\n1. Mục đích\n"
        let doc = try PlanX.extract(Data(text.utf8), name: "x.txt")
        #expect(doc.outline.contains { $0.marker == "1." })
    }
}
