import Foundation

/// Runs `scripts/validate-json.py` (Python's `jsonschema`, Draft 2020-12) over JSON files,
/// as an independent referee for our own validator.
enum PythonValidator {
    /// Exit status and combined output of one run.
    struct Outcome {
        var status: Int32
        var output: String

        /// Whether python3 or its jsonschema module was missing (127 from env, 3 from the script).
        var toolMissing: Bool { status == 127 || status == 3 }

        /// The output lines about one file, without the file name.
        func messages(for file: String) -> [String] {
            output.split(separator: "\n").compactMap { line in
                line.hasPrefix(file + ": ") ? String(line.dropFirst(file.count + 2)) : nil
            }
        }
    }

    static let setupHint = "python3 with the jsonschema module is required for this test: run `pip install jsonschema`"

    /// Writes `files` (name → JSON) into a fresh temporary folder and validates them all in one run.
    static func run(_ files: [(name: String, data: Data)]) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("planx-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in files { try file.data.write(to: folder.appendingPathComponent(file.name)) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", SchemaFixtures.root.appendingPathComponent("scripts/validate-json.py").path,
                             SchemaFixtures.schemaURL.path] + files.map(\.name)
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
    }
}
