import Foundation
import Testing

/// `planx extract`, `schema` and `validate` as a user runs them.
@Suite("CLI extract", .serialized)
struct ExtractCommandTests {
    @Test func writesOnlyJSONOnStandardOutput() throws {
        let r = try CLIRunner.run(["extract", "corpus/gia-lai-3638-2023.txt"])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any]
        #expect(object?["schema_version"] as? Int == 1)
        #expect(r.stderr.isEmpty)
    }

    @Test func readsStandardInputForDash() throws {
        let r = try CLIRunner.run(["extract", "-", "--compact"], stdin: Data("KẾ HOẠCH\nI. MỤC ĐÍCH\n".utf8))
        #expect(r.status == 0)
        #expect(r.stdoutText.split(separator: "\n").count == 1)
        #expect(r.stdoutText.contains("\"name\":\"-\""))
    }

    @Test func missingFileIsAClearErrorNamingIt() throws {
        let r = try CLIRunner.run(["extract", "no/such/plan.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no/such/plan.txt"))
        #expect(r.stdout.isEmpty)
    }

    @Test func unknownFlagIsAUsageError() throws {
        let r = try CLIRunner.run(["extract", "--no-such-flag", "corpus/gia-lai-3638-2023.txt"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
    }

    @Test(arguments: [
        ("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] as [UInt8], "PNG"),
        ("zip", [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0], "ZIP"),
        ("pdf", Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj".utf8), "PDF"),
        ("bin", [0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 0, 1], "binary"),
    ])
    func binaryInputIsRefusedWithItsKind(ext: String, bytes: [UInt8], kind: String) throws {
        let tmp = try TempFolder()
        defer { tmp.cleanup() }
        let file = try tmp.file("scan.\(ext)", Data(bytes))
        let out = tmp.url.appendingPathComponent("out.json")
        let r = try CLIRunner.run(["extract", file.path, "-o", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("scan.\(ext)") && r.stderr.contains(kind))
        #expect(!FileManager.default.fileExists(atPath: out.path), "no partial output")
    }

    @Test func emptyFileIsAClearError() throws {
        let tmp = try TempFolder()
        defer { tmp.cleanup() }
        let file = try tmp.file("empty.txt", Data())
        let r = try CLIRunner.run(["extract", file.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("empty.txt") && r.stderr.contains("empty"))
        #expect(r.stdout.isEmpty)
    }

    @Test func unwritableOutputIsAClearError() throws {
        let tmp = try TempFolder()
        defer { tmp.cleanup() }
        let blocker = try tmp.file("file", Data("x".utf8))
        let r = try CLIRunner.run(["extract", "corpus/gia-lai-3638-2023.txt", "-o", blocker.path + "/out.json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("out.json"))
    }

    @Test func csvHasABOMAndOneRowPerTask() throws {
        let r = try CLIRunner.run(["extract", "corpus/binh-duong-6832-2021.txt", "--format", "csv"])
        #expect(r.status == 0)
        #expect(Array(r.stdout.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let json = try CLIRunner.run(["extract", "corpus/binh-duong-6832-2021.txt", "--compact"])
        let tasks = (try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])?["tasks"] as? [Any]
        let rows = try CSVRows.parse(r.stdoutText)
        #expect(rows.count == (tasks?.count ?? -1) + 1)
    }

    @Test func schemaCommandPrintsTheSchemaFile() throws {
        let r = try CLIRunner.run(["schema"])
        let file = try Data(contentsOf: Corpus.root.appendingPathComponent("schemas/planx-document.schema.json"))
        #expect(r.status == 0)
        #expect(r.stdout == file)
    }

    @Test func validateAcceptsExtractOutputAndRejectsBrokenJSON() throws {
        let tmp = try TempFolder()
        defer { tmp.cleanup() }
        let out = tmp.url.appendingPathComponent("doc.json")
        #expect(try CLIRunner.run(["extract", "corpus/son-la-2407-2021.txt", "-o", out.path]).status == 0)
        let ok = try CLIRunner.run(["validate", out.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        object["schema_version"] = 2
        let bad = try tmp.file("bad.json", try JSONSerialization.data(withJSONObject: object))
        let rejected = try CLIRunner.run(["validate", bad.path])
        #expect(rejected.status == 1)
        #expect(rejected.stderr.contains("schema_version"))
    }
}

/// A small RFC 4180 reader for checking the CSV writer's output.
enum CSVRows {
    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var it = Array(text.unicodeScalars.drop { $0 == "\u{FEFF}" }), i = 0
        while i < it.count {
            let c = it[i]
            if quoted {
                if c == "\"" { if i + 1 < it.count && it[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false } }
                else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r" { }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        it.removeAll()
        return rows
    }
}
