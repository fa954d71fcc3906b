import Foundation
import PlanX

/// One line of `index.jsonl`: what happened to one input.
struct IndexEntry {
    var line: String
    var status: String
    var bytes: Int
    var tasks: Int
    var warnings: Int

    static func success(_ item: BatchPlan.Item, document: PlanDocument, bytes: Int) -> IndexEntry {
        let warnings = document.diagnostics.filter { $0.severity != .info }.count
        let fields: [(String, String)] = [
            ("source", JSONText.quote(item.path)), ("output", JSONText.quote(item.relativeOutput)),
            ("sha256", JSONText.quote(document.source.sha256)), ("status", "\"ok\""),
            ("number", JSONText.quote(document.metadata.number)), ("title", JSONText.quote(document.metadata.title)),
            ("tasks", String(document.tasks.count)), ("warnings", String(warnings)), ("error", "null"),
        ]
        return IndexEntry(line: JSONText.object(fields), status: "ok", bytes: bytes, tasks: document.tasks.count, warnings: warnings)
    }

    static func failure(_ item: BatchPlan.Item, sha: String?, bytes: Int, message: String) -> IndexEntry {
        let fields: [(String, String)] = [
            ("source", JSONText.quote(item.path)), ("output", "null"), ("sha256", JSONText.quote(sha)),
            ("status", "\"error\""), ("number", "null"), ("title", "null"), ("tasks", "0"), ("warnings", "0"),
            ("error", JSONText.quote("\(item.path): \(message)")),
        ]
        return IndexEntry(line: JSONText.object(fields), status: "error", bytes: bytes, tasks: 0, warnings: 0)
    }

    /// The state file `--resume` reads: a line `planx-state <version> <format> <sha256> <bytes> <tasks> <warnings>`,
    /// then the index line.
    func stamp(format: OutputFormat, sha: String) -> String {
        "planx-state \(PlanX.version) \(format.rawValue) \(sha) \(bytes) \(tasks) \(warnings)\n\(line)\n"
    }

    /// The earlier run's entry when its output exists and was made from the same bytes by this version.
    static func reusable(stamp: URL, output: URL, sha: String, format: OutputFormat) -> IndexEntry? {
        guard FileManager.default.fileExists(atPath: output.path),
              let data = FileManager.default.contents(atPath: stamp.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard lines.count == 2 else { return nil }
        let head = lines[0].split(separator: " ").map(String.init)
        guard head.count == 7, head[0] == "planx-state", head[1] == PlanX.version, head[2] == format.rawValue,
              head[3] == sha, let bytes = Int(head[4]), let tasks = Int(head[5]), let warnings = Int(head[6])
        else { return nil }
        return IndexEntry(line: String(lines[1]), status: "ok", bytes: bytes, tasks: tasks, warnings: warnings)
    }
}

/// Minimal JSON text building for the CLI's own small records (keys in the order given).
enum JSONText {
    static func quote(_ s: String?) -> String {
        guard let s else { return "null" }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
