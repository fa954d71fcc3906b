import Foundation
import PlanX

/// The documents a batch will convert, in a stable order, each with its output path.
struct BatchPlan {
    struct Item {
        /// The path as found (input folder + relative path), used to read the file.
        let path: String
        /// The name recorded in the output: the path relative to the folder it was found in.
        let name: String
        /// Output path relative to OUTDIR (`sub/doc.json`).
        let relativeOutput: String
    }

    var items: [Item]
    /// Inputs that could not be used at all (missing paths), reported after the run.
    var problems: [String]

    static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    static func make(inputs: [String], format: OutputFormat) throws -> BatchPlan {
        var items: [Item] = []
        var problems: [String] = []
        let fm = FileManager.default
        for input in inputs {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
                problems.append("\(input): no such file or folder")
                continue
            }
            if isDir.boolValue {
                let root = input.hasSuffix("/") ? String(input.dropLast()) : input
                guard let walker = fm.enumerator(atPath: input) else {
                    problems.append("\(input): folder cannot be read")
                    continue
                }
                var found: [String] = []
                while let rel = walker.nextObject() as? String {
                    guard extensions.contains((rel as NSString).pathExtension.lowercased()) else { continue }
                    var sub: ObjCBool = false
                    let full = root + "/" + rel
                    // A dangling link or unreadable entry is kept, so it is reported rather than skipped.
                    if !(fm.fileExists(atPath: full, isDirectory: &sub) && sub.boolValue) { found.append(rel) }
                }
                for rel in found.sorted() {
                    items.append(Item(path: root + "/" + rel, name: rel,
                                      relativeOutput: outputName(rel, format)))
                }
            } else {
                let base = (input as NSString).lastPathComponent
                items.append(Item(path: input, name: base, relativeOutput: outputName(base, format)))
            }
        }
        return BatchPlan(items: items, problems: problems)
    }

    private static func outputName(_ rel: String, _ format: OutputFormat) -> String {
        (rel as NSString).deletingPathExtension + "." + format.rawValue
    }
}
