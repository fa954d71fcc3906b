import Foundation

/// STUB (Input helper replaces): bytes → lines. UTF-8 only, no BOM, no NFC.
enum InputDecoder {
    static func decode(_ data: Data) throws -> DecodedSource {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        if lines.last == "" { lines.removeLast() }
        return DecodedSource(lines: lines, encoding: "utf-8", sha256: "", byteCount: data.count, diagnostics: [])
    }
}
