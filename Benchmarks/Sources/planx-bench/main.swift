import Foundation
import PlanX

// planx benchmark: throughput and memory of extraction against peers on the same inputs.
// Run from the repository root with `make bench` (builds planx in release mode first).
// `planx-bench REPO --only text,html` runs some parts: text, synthetic, big, html, batch.

let arguments = Array(CommandLine.arguments.dropFirst())
let repo = URL(fileURLWithPath: arguments.first { !$0.hasPrefix("-") && !$0.contains(",") && !["text", "synthetic", "big", "html", "batch"].contains($0) }
    ?? FileManager.default.currentDirectoryPath)
let only: Set<String>? = arguments.firstIndex(of: "--only").flatMap { i in
    i + 1 < arguments.count ? Set(arguments[i + 1].split(separator: ",").map(String.init)) : nil
}
func wanted(_ part: String) -> Bool { only?.contains(part) ?? true }
let planx = repo.appendingPathComponent(".build/release/planx").path
let runs = 3
let inputs = try Inputs.make(repo: repo)
defer { try? FileManager.default.removeItem(at: inputs.root) }

var table = ReportTable(header: ["input", "size", "planx (1 core)", "peer", "peer time", "ratio", "target"])

/// In-process extract + JSON render, one core, best of `runs` (of 10 for small sets, whose times
/// swing most with the VM's neighbours); returns seconds.
func extractAll(_ docs: [(Data, String)]) -> Double {
    let small = docs.reduce(0) { $0 + $1.0.count } < 5_000_000
    return Measure.best(runs: small ? 10 : runs) {
        for (data, name) in docs {
            if let doc = try? PlanX.extract(data, name: name) { _ = PlanX.render(doc, as: .json, pretty: true) }
        }
    }
}

func load(_ urls: [URL]) -> [(Data, String)] { urls.compactMap { u in (try? Data(contentsOf: u)).map { ($0, u.lastPathComponent) } } }

func mbps(_ bytes: Int, _ s: Double) -> String { String(format: "%.1f MB/s", Double(bytes) / 1e6 / s) }
func mb(_ bytes: Int) -> String { String(format: "%.2f MB", Double(bytes) / 1e6) }
func secs(_ s: Double) -> String { String(format: "%.3f s", s) }

// 1. Text corpus and the synthetic 50 MB corpus, against wc -m and pandoc.
for (label, urls) in [("text corpus", inputs.textCorpus), ("synthetic corpus", inputs.synthetic)]
    where wanted(label == "text corpus" ? "text" : "synthetic") {
    let docs = load(urls)
    let bytes = docs.reduce(0) { $0 + $1.0.count }
    let t = extractAll(docs)
    let docsPerSecond = Double(docs.count) / t
    let joined = try inputs.concatenated(urls, name: label.replacingOccurrences(of: " ", with: "-") + ".txt")
    if let wc = Measure.child(["wc", "-m", joined.path], runs: runs) {
        table.add([label, "\(mb(bytes)), \(docs.count) docs", "\(mbps(bytes, t)), \(Int(docsPerSecond)) docs/s",
                   "wc -m", secs(wc.seconds), String(format: "%.2f× wc", t / wc.seconds), "≤ 1.7×, ≥ 100 MB/s"])
    }
    if label == "text corpus", Measure.which("pandoc") {
        let pandoc = urls.compactMap { Measure.child(["pandoc", "-f", "markdown", "-t", "json", $0.path], runs: runs)?.seconds }.reduce(0, +)
        table.add([label, mb(bytes), secs(t), "pandoc -f markdown -t json", secs(pandoc),
                   String(format: "planx %.0f× faster", pandoc / t), "≥ 50× faster"])
    }
}

// 2. One 20 MB document: throughput, and the CLI's peak memory.
if wanted("big") {
    let data = try Data(contentsOf: inputs.big)
    let t = extractAll([(data, "big.txt")])
    let wc = Measure.child(["wc", "-m", inputs.big.path], runs: runs)
    table.add(["one document", mb(data.count), mbps(data.count, t), "wc -m", wc.map { secs($0.seconds) } ?? "-",
               wc.map { String(format: "%.2f× wc", t / $0.seconds) } ?? "-", "≤ 1.7×"])
    if let rss = Measure.peakRSS([planx, "extract", inputs.big.path, "-o", "/dev/null"]) {
        table.add(["one document, planx extract", mb(data.count), "peak RSS \(mb(rss))", "document size", mb(data.count),
                   String(format: "%.1f× the document", Double(rss) / Double(data.count)), "≤ 8×"])
    }
}

// 3. HTML pages against xmllint (libxml2's own parse) and pandoc.
if wanted("html") {
    let docs = load(inputs.html)
    let bytes = docs.reduce(0) { $0 + $1.0.count }
    let t = extractAll(docs)
    let xmllint = inputs.html.compactMap { Measure.child(["xmllint", "--html", "--noout", $0.path], runs: runs)?.seconds }.reduce(0, +)
    table.add(["HTML pages", "\(mb(bytes)), \(docs.count) pages", mbps(bytes, t), "xmllint --html --noout", secs(xmllint),
               String(format: "%.2f× xmllint", t / max(xmllint, 1e-9)), "≤ 2×"])
    if Measure.which("pandoc") {
        let pandoc = inputs.html.compactMap { Measure.child(["pandoc", "-f", "html", "-t", "json", $0.path], runs: runs)?.seconds }.reduce(0, +)
        table.add(["HTML pages", mb(bytes), secs(t), "pandoc -f html -t json", secs(pandoc),
                   String(format: "planx %.0f× faster", pandoc / t), "≥ 50× faster"])
    }
}

// 4. planx batch on one and two cores (the whole CLI: reading, extracting, writing files).
if wanted("batch") {
    let dir = inputs.root.appendingPathComponent("synthetic").path
    let bytes = Inputs.bytes(inputs.synthetic)
    var times: [Int: Measure.Child] = [:]
    for jobs in [1, 2] {
        let out = inputs.root.appendingPathComponent("out-\(jobs)").path
        times[jobs] = Measure.child([planx, "batch", dir, "-o", out, "--jobs", "\(jobs)", "--quiet"], runs: 1)
    }
    let rss = Measure.peakRSS([planx, "batch", dir, "-o", inputs.root.appendingPathComponent("out-rss").path, "--quiet"])
    if let one = times[1], let two = times[2] {
        table.add(["planx batch --jobs 1", mb(bytes), mbps(bytes, one.seconds), "", "", "peak RSS (2 jobs) \(rss.map(mb) ?? "-")", ""])
        table.add(["planx batch --jobs 2", mb(bytes), mbps(bytes, two.seconds), "--jobs 1", secs(one.seconds),
                   String(format: "%.2f× speed-up", one.seconds / two.seconds), "≥ 1.7×"])
    }
}

print(table.render())
