import Foundation
import Testing

/// A batch killed with SIGKILL and rerun with `--resume` ends byte-identical to an uninterrupted run.
@Suite("CLI batch killed and resumed", .serialized)
struct KillResumeTests {
    @Test func killedBatchResumesToIdenticalOutputs() throws {
        let binary = try #require(CLIRunner.executable).path
        let tmp = try TempFolder()
        defer { tmp.cleanup() }
        let texts = try Corpus.documents.filter { $0.hasSuffix(".txt") }.map { try Corpus.data($0) }
        for i in 0..<150 { _ = try tmp.file("in/d\(i / 50)/doc-\(i).txt", texts[i % texts.count]) }
        let input = tmp.url.appendingPathComponent("in").path
        let full = tmp.url.appendingPathComponent("full"), killed = tmp.url.appendingPathComponent("killed")
        #expect(try CLIRunner.run(["batch", input, "-o", full.path, "-q"]).status == 0)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["batch", input, "-o", killed.path, "-q", "--jobs", "1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let state = killed.appendingPathComponent(".planx/state")
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let done = (FileManager.default.enumerator(atPath: state.path)?.allObjects.count) ?? 0
            if done >= 20 || !process.isRunning { break }
            usleep(20_000)
        }
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(wasRunning, "the batch finished before it could be killed; the test proves nothing")
        #expect(!FileManager.default.fileExists(atPath: killed.appendingPathComponent("index.jsonl").path))

        #expect(try CLIRunner.run(["batch", input, "-o", killed.path, "-q", "--resume"]).status == 0)
        #expect(try Snapshot.files(killed) == Snapshot.files(full))
    }
}

/// Every file below a folder (except planx's own `.planx/` state), by relative path.
enum Snapshot {
    static func files(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: root.path)
        while let rel = walker?.nextObject() as? String {
            if rel.hasPrefix(".planx") { continue }
            var dir: ObjCBool = false
            let url = root.appendingPathComponent(rel)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &dir), !dir.boolValue {
                out[rel] = try Data(contentsOf: url)
            }
        }
        return out
    }
}
