import ArgumentParser
import Foundation
import PlanX

/// `planx batch`: converts many documents, in parallel, resumably.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert every document under the given files and folders, in parallel.",
        discussion: """
            Folders are walked recursively for .txt, .md, .html and .htm files. Each document's output \
            goes to OUTDIR, mirroring its path below the folder it was found in (a file named directly \
            goes to OUTDIR/<name>.<format>). OUTDIR/index.jsonl gets one line per input: source path, \
            sha256, status (ok or error), number, title, task count, warning count, error message. \
            A summary goes to standard error.

            Outputs are written to a temporary file and renamed into place, so a killed run leaves \
            no partial output; --resume then skips documents already converted from the same bytes \
            by the same planx version. The same inputs always give byte-identical outputs.

            Streaming: with --paths-from - paths are read from standard input, one per line; without \
            -o, each document is written to standard output as one line of JSON (--format jsonl), \
            in input order — planx as a stage of xargs, GNU parallel, Hadoop streaming or Spark's \
            rdd.pipe. --shard K/N keeps only the documents whose path hash falls in shard K \
            (0 ≤ K < N), so N machines can split one corpus without talking to each other.

            Exit codes: 0 all converted, 1 some failed, 2 usage error.
            """)

    @Argument(help: "Files and folders to convert.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Folder for the outputs and index.jsonl (created if missing). Without it, documents go to standard output as JSON lines.")
    var output: String?

    @Option(name: .shortAndLong, help: "Documents converted at once (default: the number of cores).")
    var jobs: Int?

    @Option(name: .shortAndLong, help: "Output format per document: json, jsonl (tasks, one per line) or csv (tasks).")
    var format: OutputFormatArgument = .json

    @Option(name: .customLong("paths-from"), help: "Read more input paths from this file, one per line ('-' for standard input).")
    var pathsFrom: String?

    @Option(help: "Convert only shard K of N (written K/N, 0 ≤ K < N), chosen by a hash of each document's path.")
    var shard: String?

    @Flag(help: "Skip documents whose output exists and was made from the same bytes by the same planx version.")
    var resume = false

    @Flag(name: .customLong("fail-fast"), help: "Stop at the first document that fails.")
    var failFast = false

    @Flag(name: .shortAndLong, help: "No progress lines and no summary on standard error.")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty && pathsFrom == nil {
            throw ValidationError("Give at least one file or folder, or --paths-from.")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be K/N with 0 ≤ K < N, like 0/4; got '\(shard)'.")
        }
        if output == nil && format != .jsonl {
            throw ValidationError("Without -o, documents go to standard output as JSON lines: add --format jsonl or -o OUTDIR.")
        }
        if output == nil && resume { throw ValidationError("--resume needs -o OUTDIR.") }
    }

    func run() throws {
        var paths = inputs
        if let pathsFrom { paths += try PathList.read(pathsFrom) }
        var plan = try BatchPlan.make(inputs: paths, format: format.value)
        if let shard, let s = Shard(shard) { plan.items = plan.items.filter { s.contains($0.relativeOutput) } }
        let settings = BatchRunner.Settings(
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, format: format.value,
            resume: resume, failFast: failFast, quiet: quiet)
        let summary: BatchSummary
        if let output {
            summary = try BatchRunner(plan: plan, settings: settings).run(into: URL(fileURLWithPath: output))
        } else {
            summary = StreamRunner(plan: plan, settings: settings).run()
        }
        if !quiet { Console.error(summary.text) }
        for problem in plan.problems { Console.error("planx: \(problem)") }
        if summary.errors > 0 || !plan.problems.isEmpty { throw ExitCode.failure }
    }
}

/// `--shard K/N`: a stable hash of the path picks the shard.
struct Shard {
    let index: Int
    let count: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 0, k < n else { return nil }
        index = k
        count = n
    }

    func contains(_ path: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a: stable across runs and machines
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(hash % UInt64(count)) == index
    }
}

/// Reads a list of paths, one per line, from a file or standard input.
enum PathList {
    static func read(_ source: String) throws -> [String] {
        let (data, _) = try InputFile.read(source)
        return String(decoding: data, as: UTF8.self)
            .split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
