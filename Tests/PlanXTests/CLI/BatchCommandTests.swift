import Foundation
import Testing

/// `planx batch`: outputs, index, determinism, failures, resume, streaming, shards.
@Suite("CLI batch", .serialized)
struct BatchCommandTests {
    /// A folder with the text corpus in a sub-folder, one bad file and one HTML page.
    private func sampleTree() throws -> TempFolder {
        let tmp = try TempFolder()
        for name in Corpus.documents where name.hasSuffix(".txt") {
            _ = try tmp.file("in/plans/\(name)", try Corpus.data(name))
        }
        _ = try tmp.file("in/scan.txt", Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]))
        _ = try tmp.file("in/page.html", Data("<html><body><p>KẾ HOẠCH</p><p>I. MỤC ĐÍCH</p></body></html>".utf8))
        _ = try tmp.file("in/notes.pdf.bak", Data("ignored".utf8))
        return tmp
    }

    @Test func mirrorsTheTreeWritesAnIndexAndGoesOnAfterAFailure() throws {
        let tmp = try sampleTree()
        defer { tmp.cleanup() }
        let out = tmp.url.appendingPathComponent("out")
        let r = try CLIRunner.run(["batch", tmp.url.appendingPathComponent("in").path, "-o", out.path, "--jobs", "2"])
        #expect(r.status == 1, "one input failed")
        #expect(r.stderr.contains("1 failed"))
        let files = try Snapshot.files(out)
        #expect(files["plans/gia-lai-3638-2023.json"] != nil)
        #expect(files["page.json"] != nil)
        #expect(files["scan.json"] == nil, "no output for a failed document")
        let index = String(decoding: try #require(files["index.jsonl"]), as: UTF8.self).split(separator: "\n")
        #expect(index.count == Corpus.documents.filter { $0.hasSuffix(".txt") }.count + 2)
        let scan = try #require(index.first { $0.contains("scan.txt") })
        #expect(scan.contains("\"status\":\"error\"") && scan.contains("PNG"))
        for line in index { _ = try JSONSerialization.jsonObject(with: Data(line.utf8)) }
    }

    @Test func sameInputsGiveByteIdenticalOutputs() throws {
        let tmp = try sampleTree()
        defer { tmp.cleanup() }
        let input = tmp.url.appendingPathComponent("in").path
        let a = tmp.url.appendingPathComponent("a"), b = tmp.url.appendingPathComponent("b")
        _ = try CLIRunner.run(["batch", input, "-o", a.path, "--jobs", "2", "-q"])
        _ = try CLIRunner.run(["batch", input, "-o", b.path, "--jobs", "1", "-q"])
        #expect(try Snapshot.files(a) == Snapshot.files(b))
    }

    @Test func failFastStopsAtTheFirstFailure() throws {
        let tmp = try TempFolder()
        defer { tmp.cleanup() }
        for i in 0..<6 { _ = try tmp.file("in/\(i)-bad.txt", Data([0x25, 0x50, 0x44, 0x46, 0])) }
        let r = try CLIRunner.run(["batch", tmp.url.appendingPathComponent("in").path, "-o",
                                   tmp.url.appendingPathComponent("out").path, "--jobs", "1", "--fail-fast"])
        #expect(r.status == 1)
        let index = try String(contentsOf: tmp.url.appendingPathComponent("out/index.jsonl"), encoding: .utf8)
        #expect(index.split(separator: "\n").count == 1)
    }

    @Test func unwritableOutputFolderAndMissingInputAreClearErrors() throws {
        let tmp = try sampleTree()
        defer { tmp.cleanup() }
        let blocker = try tmp.file("blocker", Data("x".utf8))
        let r = try CLIRunner.run(["batch", tmp.url.appendingPathComponent("in").path, "-o", blocker.path + "/out"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("blocker/out"))
        let missing = try CLIRunner.run(["batch", "does/not/exist", "-o", tmp.url.appendingPathComponent("o").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("does/not/exist"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLIRunner.run(["batch"]).status == 2)
        #expect(try CLIRunner.run(["batch", "corpus", "-o", "/tmp/x", "--shard", "4/4"]).status == 2)
        #expect(try CLIRunner.run(["batch", "corpus", "-o", "/tmp/x", "--jobs", "0"]).status == 2)
    }

    @Test func resumeSkipsDocumentsAlreadyConverted() throws {
        let tmp = try sampleTree()
        defer { tmp.cleanup() }
        let input = tmp.url.appendingPathComponent("in").path
        let out = tmp.url.appendingPathComponent("out")
        _ = try CLIRunner.run(["batch", input, "-o", out.path, "-q"])
        let target = out.appendingPathComponent("plans/gia-lai-3638-2023.json")
        try Data("stale but trusted".utf8).write(to: target)
        _ = try CLIRunner.run(["batch", input, "-o", out.path, "-q", "--resume"])
        #expect(try Data(contentsOf: target) == Data("stale but trusted".utf8), "resume must not redo a converted document")
        // A changed source is converted again.
        let source = tmp.url.appendingPathComponent("in/plans/gia-lai-3638-2023.txt")
        var bytes = try Data(contentsOf: source)
        bytes.append(contentsOf: Array("\nGhi chú thêm.\n".utf8))
        try bytes.write(to: source)
        _ = try CLIRunner.run(["batch", input, "-o", out.path, "-q", "--resume"])
        #expect(try Data(contentsOf: target) != Data("stale but trusted".utf8))
    }

    @Test func streamsJSONLinesFromPathsOnStandardInput() throws {
        let paths = Corpus.documents.filter { $0.hasSuffix(".txt") }.map { "corpus/" + $0 }
        let r = try CLIRunner.run(["batch", "--paths-from", "-", "--format", "jsonl", "-q"],
                                  stdin: Data(paths.joined(separator: "\n").utf8))
        #expect(r.status == 0)
        let lines = r.stdoutText.split(separator: "\n")
        #expect(lines.count == paths.count)
        for (line, path) in zip(lines, paths) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect((object?["source"] as? [String: Any])?["name"] as? String == (path as NSString).lastPathComponent)
        }
    }

    @Test func shardsPartitionTheInputs() throws {
        var seen: [String] = []
        for k in 0..<3 {
            let r = try CLIRunner.run(["batch", "corpus", "--format", "jsonl", "-q", "--shard", "\(k)/3"])
            #expect(r.status == 0)
            for line in r.stdoutText.split(separator: "\n") {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                seen.append(((object?["source"] as? [String: Any])?["name"] as? String) ?? "?")
            }
        }
        #expect(seen.sorted() == Corpus.documents.sorted())
    }

    /// The README's xargs example: planx as a stage of a shell pipeline.
    @Test func worksAsAnXargsStage() throws {
        let binary = try #require(CLIRunner.executable).path
        let script = "find corpus -name '*.txt' | sort | xargs -n 2 -P 2 '\(binary)' batch --format jsonl -q | wc -l"
        let r = try CLIRunner.shell(["/bin/sh", "-c", script])
        #expect(r.status == 0)
        #expect(Int(r.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)) == Corpus.documents.filter { $0.hasSuffix(".txt") }.count)
    }
}
