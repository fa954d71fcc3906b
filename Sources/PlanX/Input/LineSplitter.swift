import Foundation

/// Splits UTF-8 bytes into NFC lines on LF, CRLF and lone CR, working on bytes (`memchr`).
///
/// A final line break does not add an empty line; `Kế hoạch\r\nI. MỤC TIÊU\r\n` gives two lines.
/// Only lines that contain a combining mark (U+0300–U+036F, lead bytes 0xCC/0xCD) are normalised,
/// per line: by `LatinComposer` when it can, else by Foundation's NFC (never on the whole
/// document: Foundation is super-linear on long decomposed text).
enum LineSplitter {
    /// The lines, plus the undecodable input bytes met on each line (1-based line → bytes).
    struct Result {
        var lines: [String]
        var replacedBytesByLine: [(line: Int, bytes: Int)]
    }

    // MARK: - Public API

    /// Splits `buf` (well-formed UTF-8); `replacements` are the U+FFFDs a transcoder wrote into it.
    static func split(_ buf: UnsafeBufferPointer<UInt8>, replacements: [TranscodedText.Replacement] = []) -> Result {
        split(buf, replacements: replacements, validating: false)!
    }

    /// Splits `buf` if it is well-formed UTF-8, else returns nil.
    ///
    /// Validation is free here: `String(decoding:)` validates each line anyway, and a line it had to
    /// repair differs from its bytes (every replaced subpart becomes EF BF BD), which one `memcmp` sees.
    static func splitIfValid(_ buf: UnsafeBufferPointer<UInt8>) -> Result? {
        split(buf, replacements: [], validating: true)
    }

    // MARK: - Private helpers

    private static func split(_ buf: UnsafeBufferPointer<UInt8>, replacements: [TranscodedText.Replacement],
                              validating: Bool) -> Result? {
        var result = Result(lines: [], replacedBytesByLine: [])
        guard let p = buf.baseAddress, buf.count > 0 else { return result }
        let n = buf.count
        let hasCR = memchr(p, 0x0D, n) != nil
        let hasMarks = memchr(p, 0xCC, n) != nil || memchr(p, 0xCD, n) != nil
        result.lines.reserveCapacity(n / 64 + 1)
        var next = 0  // index into replacements
        var valid = true

        func emit(_ start: Int, _ end: Int) {
            let line = UnsafeBufferPointer(start: p + start, count: end - start)
            var text = String(decoding: line, as: UTF8.self)
            if validating && !same(&text, line) { valid = false }
            if hasMarks && (memchr(p + start, 0xCC, end - start) != nil || memchr(p + start, 0xCD, end - start) != nil) {
                text = LatinComposer.compose(text) ?? text.precomposedStringWithCanonicalMapping
            }
            result.lines.append(text)
            var replaced = 0
            while next < replacements.count && replacements[next].offset < end {
                replaced += replacements[next].inputBytes
                next += 1
            }
            if replaced > 0 { result.replacedBytesByLine.append((result.lines.count, replaced)) }
        }

        var start = 0
        if !hasCR {
            while valid, start < n, let hit = memchr(p + start, 0x0A, n - start) {
                let end = UnsafeRawPointer(hit) - UnsafeRawPointer(p)
                emit(start, end)
                start = end + 1
            }
        } else {
            var i = 0
            while valid && i < n {
                let b = p[i]
                if b == 0x0A || b == 0x0D {
                    emit(start, i)
                    i += (b == 0x0D && i + 1 < n && p[i + 1] == 0x0A) ? 2 : 1
                    start = i
                } else {
                    i += 1
                }
            }
        }
        if valid && start < n { emit(start, n) }
        return valid ? result : nil
    }

    /// True when `text` holds exactly `bytes` (i.e. decoding replaced nothing).
    @inline(__always)
    private static func same(_ text: inout String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        text.withUTF8 { stored in
            stored.count == bytes.count && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }
}
