import Foundation
import PlanX

/// Converts a plan's documents into OUTDIR in parallel: atomic outputs, resumable, an index at the end.
///
/// Layout of OUTDIR: the outputs mirroring the inputs, `index.jsonl`, and `.planx/` (temporary
/// files while writing, and one state file per converted document that `--resume` trusts).
struct BatchRunner {
    struct Settings {
        var jobs: Int
        var format: OutputFormat
        var resume: Bool
        var failFast: Bool
        var quiet: Bool
    }

    let plan: BatchPlan
    let settings: Settings

    func run(into outDir: URL) throws -> BatchSummary {
        let fm = FileManager.default
        let tmp = outDir.appendingPathComponent(".planx/tmp")
        let state = outDir.appendingPathComponent(".planx/state")
        do {
            try? fm.removeItem(at: tmp)  // temporaries of a killed run are never output
            try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
            try fm.createDirectory(at: state, withIntermediateDirectories: true)
            try AtomicFile.write([], to: tmp.appendingPathComponent("probe"), tmp: tmp)
        } catch {
            throw CLIError("\(outDir.path): output folder cannot be written (\(error.localizedDescription))")
        }
        let work = BatchWork(count: plan.items.count)
        let progress = Progress(total: plan.items.count, quiet: settings.quiet)
        DispatchQueue.concurrentPerform(iterations: max(1, min(settings.jobs, plan.items.count))) { _ in
            while let i = work.next() {
                let item = plan.items[i]
                progress.started(item.name)
                let entry = convert(item, outDir: outDir, tmp: tmp, state: state)
                work.finish(i, entry)
                progress.finished(bytes: entry.bytes, failed: entry.status != "ok")
                if entry.status != "ok" && settings.failFast { work.stop() }
            }
        }
        progress.finish()
        let entries = work.entries.compactMap { $0 }
        let index = entries.map(\.line).joined(separator: "\n") + (entries.isEmpty ? "" : "\n")
        try AtomicFile.write(Array(index.utf8), to: outDir.appendingPathComponent("index.jsonl"), tmp: tmp)
        try? fm.removeItem(at: tmp)
        return BatchSummary(entries: entries, seconds: progress.elapsed)
    }

    private func convert(_ item: BatchPlan.Item, outDir: URL, tmp: URL, state: URL) -> IndexEntry {
        let target = outDir.appendingPathComponent(item.relativeOutput)
        let stamp = state.appendingPathComponent(item.relativeOutput + ".index.json")
        guard let data = FileManager.default.contents(atPath: item.path) else {
            return .failure(item, sha: nil, bytes: 0, message: "cannot be read (permission denied or not a regular file)")
        }
        let sha = PlanX.sha256Hex(data)
        if settings.resume, let previous = IndexEntry.reusable(stamp: stamp, output: target, sha: sha, format: settings.format) {
            return previous
        }
        do {
            let document = try PlanX.extract(data, name: item.name)
            let bytes = PlanX.render(document, as: settings.format, pretty: true)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(bytes, to: target, tmp: tmp)
            let entry = IndexEntry.success(item, document: document, bytes: data.count)
            try AtomicFile.write(Array(entry.stamp(format: settings.format, sha: sha).utf8), to: stamp, tmp: tmp, createFolder: true)
            return entry
        } catch let error as PlanXError {
            return .failure(item, sha: sha, bytes: data.count, message: error.description)
        } catch {
            return .failure(item, sha: sha, bytes: data.count, message: "output cannot be written (\(error.localizedDescription))")
        }
    }
}

/// Shared, lock-protected state of the workers: the next item to take, the results, the stop flag.
final class BatchWork: @unchecked Sendable {
    private let lock = NSLock()
    private var cursor = 0
    private var stopped = false
    private(set) var entries: [IndexEntry?]

    init(count: Int) { entries = Array(repeating: nil, count: count) }

    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard !stopped, cursor < entries.count else { return nil }
        cursor += 1
        return cursor - 1
    }

    func finish(_ i: Int, _ entry: IndexEntry) {
        lock.lock(); entries[i] = entry; lock.unlock()
    }

    func stop() {
        lock.lock(); stopped = true; lock.unlock()
    }
}

/// Writes a file by writing a temporary file and renaming it into place, so a reader (or a
/// killed run) never sees a partial file.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to url: URL, tmp: URL, createFolder: Bool = false) throws {
        if createFolder {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try write(bytes, path: url.path, temp: tmp.appendingPathComponent(UUID().uuidString).path)
    }

    /// Writes `bytes` to `temp`, then renames it to `path`; the message names `path`.
    static func write(_ bytes: [UInt8], path: String, temp: String) throws {
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CLIError("\(path): cannot write the output (\(String(cString: strerror(errno))))") }
        var ok = OutputFile.writeAll(bytes, fd: fd)
        var reason = String(cString: strerror(errno))
        close(fd)
        if ok && rename(temp, path) != 0 { ok = false; reason = String(cString: strerror(errno)) }
        guard ok else {
            unlink(temp)
            throw CLIError("\(path): cannot write the output (\(reason))")
        }
    }
}
