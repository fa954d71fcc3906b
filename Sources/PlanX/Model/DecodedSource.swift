/// The Input stage's result: the source bytes decoded into lines.
///
/// Contract for every later stage: `lines[i]` is source line `i + 1`, with the line
/// break (LF, CRLF or CR) removed, already in Unicode NFC, otherwise as written
/// (tabs, NBSP and trailing `|` kept, because readers use them as evidence).
/// Cleanup of a text value for output is `TextNormalizer.normalize(_:)`.
struct DecodedSource: Sendable {
    var lines: [String]
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1258`, …
    var encoding: String
    var sha256: String
    var byteCount: Int
    /// Problems met while decoding (invalid bytes), with their lines.
    var diagnostics: [Diagnostic]

    /// The lines joined with LF as UTF-8 bytes (what a structured reader such as libxml2 parses;
    /// line numbers are preserved).
    func utf8Bytes() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount + lines.count)
        for (i, line) in lines.enumerated() {
            if i > 0 { bytes.append(10) }
            bytes.append(contentsOf: line.utf8)
        }
        return bytes
    }
}
