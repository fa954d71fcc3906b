import Foundation

/// The benchmark's input sets, made in a temporary folder from the repository's corpus and fixtures.
struct Inputs {
    let root: URL
    let repo: URL
    /// corpus/*.txt as they are.
    let textCorpus: [URL]
    /// The text corpus replicated to at least 50 MB across many files.
    let synthetic: [URL]
    /// One document of about 20 MB.
    let big: URL
    /// HTML pages: the project's fixtures replicated, plus realistic whole pages when available.
    let html: [URL]

    static func make(repo: URL) throws -> Inputs {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("planx-bench-\(getpid())")
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        let corpus = repo.appendingPathComponent("corpus")
        let text = try fm.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { corpus.appendingPathComponent($0) }
        let texts = try text.map { try Data(contentsOf: $0) }

        let synthDir = root.appendingPathComponent("synthetic")
        try fm.createDirectory(at: synthDir, withIntermediateDirectories: true)
        var synthetic: [URL] = []
        var total = 0
        var i = 0
        while total < 50_000_000 {
            let data = texts[i % texts.count]
            let url = synthDir.appendingPathComponent(String(format: "doc-%04d.txt", i))
            try data.write(to: url)
            synthetic.append(url)
            total += data.count
            i += 1
        }

        var bigData = Data()
        while bigData.count < 20_000_000 { for t in texts { bigData.append(t); bigData.append(10) } }
        let big = root.appendingPathComponent("big.txt")
        try bigData.write(to: big)

        let fixtures = repo.appendingPathComponent("Tests/PlanXTests/Fixtures/html")
        var html = try fm.contentsOfDirectory(atPath: fixtures.path).sorted().map { fixtures.appendingPathComponent($0) }
        let realdocs = repo.deletingLastPathComponent().appendingPathComponent("shared/realdocs")
        if let pages = try? fm.contentsOfDirectory(atPath: realdocs.path) {
            html += pages.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted().map { realdocs.appendingPathComponent($0) }
        }
        return Inputs(root: root, repo: repo, textCorpus: text, synthetic: synthetic, big: big, html: html)
    }

    static func bytes(_ urls: [URL]) -> Int {
        urls.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
    }

    /// All files of a set concatenated into one, for peers that read one file.
    func concatenated(_ urls: [URL], name: String) throws -> URL {
        let url = root.appendingPathComponent(name)
        var data = Data()
        for u in urls { data.append(try Data(contentsOf: u)) }
        try data.write(to: url)
        return url
    }
}
