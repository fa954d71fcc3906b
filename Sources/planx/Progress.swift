import Foundation

/// Progress of a batch on standard error: a live line on a terminal, periodic plain lines otherwise.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let quiet: Bool
    private let tty = isatty(STDERR_FILENO) == 1
    private let start = Date()
    private var done = 0
    private var bytes = 0
    private var failed = 0
    private var current = ""
    private lazy var lastPrint = start

    init(total: Int, quiet: Bool) {
        self.total = total
        self.quiet = quiet
    }

    var elapsed: Double { Date().timeIntervalSince(start) }

    func started(_ name: String) {
        lock.lock(); current = name; lock.unlock()
    }

    func finished(bytes: Int, failed: Bool) {
        lock.lock(); defer { lock.unlock() }
        done += 1
        self.bytes += bytes
        if failed { self.failed += 1 }
        let now = Date()
        guard !quiet, now.timeIntervalSince(lastPrint) >= (tty ? 0.1 : 5) else { return }
        lastPrint = now
        Console.raw(line(now: now) + (tty ? "" : "\n"))
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if !quiet && tty && done > 0 { Console.raw("\r\u{1B}[K") }
    }

    private func line(now: Date) -> String {
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / seconds
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let text = String(format: "%d/%d documents, %.1f docs/s, %.1f MB/s, ETA %.0fs%@",
                          done, total, rate, Double(bytes) / 1e6 / seconds, eta, failed > 0 ? ", \(failed) failed" : "")
        return tty ? "\r\u{1B}[K" + text + " — " + current.suffix(40) : text
    }
}

/// The final line of a batch: counts and speed.
struct BatchSummary {
    let entries: [IndexEntry]
    let seconds: Double

    var errors: Int { entries.filter { $0.status != "ok" }.count }

    var text: String {
        let ok = entries.count - errors
        let bytes = entries.reduce(0) { $0 + $1.bytes }
        let tasks = entries.reduce(0) { $0 + $1.tasks }
        let warnings = entries.reduce(0) { $0 + $1.warnings }
        return String(format: "planx: %d documents (%d converted, %d failed), %d tasks, %d warnings, %.2f MB in %.2fs (%.1f MB/s)",
                      entries.count, ok, errors, tasks, warnings, Double(bytes) / 1e6, seconds,
                      Double(bytes) / 1e6 / max(seconds, 0.001))
    }
}
