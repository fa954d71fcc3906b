import Foundation
import PlanX

/// `planx batch` without `-o`: each document as one compact JSON line on standard output,
/// in input order, converted in parallel a chunk at a time so memory stays bounded.
struct StreamRunner {
    let plan: BatchPlan
    let settings: BatchRunner.Settings

    func run() -> BatchSummary {
        let start = Date()
        var entries: [IndexEntry] = []
        let chunk = max(1, settings.jobs * 4)
        var index = 0
        while index < plan.items.count {
            let slice = Array(plan.items[index..<min(index + chunk, plan.items.count)])
            let results = StreamChunk(count: slice.count)
            DispatchQueue.concurrentPerform(iterations: slice.count) { i in
                results.set(i, convert(slice[i]))
            }
            for (entry, bytes) in results.all {
                if let bytes { FileHandle.standardOutput.write(Data(bytes)) }
                if entry.status != "ok" { Console.error("planx: " + (errorText(entry) ?? "conversion failed")) }
                entries.append(entry)
            }
            index += slice.count
            if settings.failFast && entries.contains(where: { $0.status != "ok" }) { break }
        }
        return BatchSummary(entries: entries, seconds: Date().timeIntervalSince(start))
    }

    private func convert(_ item: BatchPlan.Item) -> (IndexEntry, [UInt8]?) {
        guard let data = FileManager.default.contents(atPath: item.path) else {
            return (.failure(item, sha: nil, bytes: 0, message: "cannot be read"), nil)
        }
        do {
            let document = try PlanX.extract(data, name: item.name)
            var bytes = PlanX.render(document, as: .json, pretty: false)
            if bytes.last != 10 { bytes.append(10) }
            return (.success(item, document: document, bytes: data.count), bytes)
        } catch {
            return (.failure(item, sha: PlanX.sha256Hex(data), bytes: data.count, message: "\(error)"), nil)
        }
    }

    private func errorText(_ entry: IndexEntry) -> String? {
        guard let range = entry.line.range(of: "\"error\":\"") else { return nil }
        return String(entry.line[range.upperBound...].dropLast(2))
    }
}

/// Results of one chunk, filled by parallel workers.
final class StreamChunk: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [(IndexEntry, [UInt8]?)?]
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: (IndexEntry, [UInt8]?)) { lock.lock(); results[i] = value; lock.unlock() }
    var all: [(IndexEntry, [UInt8]?)] { results.compactMap { $0 } }
}
