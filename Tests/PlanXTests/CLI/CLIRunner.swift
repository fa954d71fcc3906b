import Foundation
import Testing

/// Runs the built `planx` executable the way a user would, capturing its output.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The `planx` binary next to the test bundle (`swift test` builds every product).
    static var executable: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("planx"),
            Corpus.root.appendingPathComponent(".build/debug/planx"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func run(_ arguments: [String], stdin: Data? = nil, cwd: URL = Corpus.root) throws -> Result {
        let binary = try #require(executable, "planx binary not found next to the tests; run `swift build` first")
        return try shell([binary.path] + arguments, stdin: stdin, cwd: cwd)
    }

    /// Runs any program; stdout and stderr are read concurrently so large outputs cannot dead-lock.
    static func shell(_ arguments: [String], stdin: Data? = nil, cwd: URL = Corpus.root,
                      environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0].hasPrefix("/") ? arguments[0] : "/usr/bin/env")
        process.arguments = arguments[0].hasPrefix("/") ? Array(arguments.dropFirst()) : arguments
        process.currentDirectoryURL = cwd
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin == nil ? FileHandle.nullDevice : inp
        try process.run()
        if let stdin {
            inp.fileHandleForWriting.write(stdin)
            try inp.fileHandleForWriting.close()
        }
        let collected = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { collected.setOut(out.fileHandleForReading.readDataToEndOfFile()); group.leave() }
        collected.setErr(err.fileHandleForReading.readDataToEndOfFile())
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: collected.out,
                      stderr: String(decoding: collected.err, as: UTF8.self))
    }
}

/// Output gathered from two threads.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var out = Data()
    private(set) var err = Data()
    func setOut(_ d: Data) { lock.lock(); out = d; lock.unlock() }
    func setErr(_ d: Data) { lock.lock(); err = d; lock.unlock() }
}

/// A fresh temporary folder, removed by the caller with `cleanup()`.
struct TempFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("planx-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func file(_ name: String, _ data: Data) throws -> URL {
        let u = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: u)
        return u
    }
    func cleanup() { try? FileManager.default.removeItem(at: url) }
}
