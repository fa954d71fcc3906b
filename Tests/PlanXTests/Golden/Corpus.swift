import Foundation

/// Locates the repository's `corpus/` folder from this file's path (no bundled resources).
enum Corpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folder = root.appendingPathComponent("corpus")
    static let expected = folder.appendingPathComponent("expected")

    /// The corpus documents (`.txt`, `.html`, `.htm`), sorted by name.
    static var documents: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    static func expectedURL(for name: String) -> URL {
        expected.appendingPathComponent(name + ".json")
    }
}
