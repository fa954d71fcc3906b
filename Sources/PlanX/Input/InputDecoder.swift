import Foundation

/// The Input stage: the file's bytes → `DecodedSource` (NFC lines, encoding, SHA-256, diagnostics).
///
/// Guarantees to every later stage: `lines[i]` is source line `i + 1` with its break removed (LF,
/// CRLF and lone CR are breaks; a final break adds no line; no bytes → no lines), in Unicode NFC,
/// otherwise exactly as written — tabs, NBSP and trailing `|` stay, readers use them.
/// Output cleanup of a value is `TextNormalizer`'s job, never done here.
///
/// Decoding policy, first match wins:
/// 1. BOM `EF BB BF` → `utf-8-bom`; `FF FE` / `FE FF` → `utf-16le` / `utf-16be`.
/// 2. NUL bytes in every other position → BOM-less UTF-16.
/// 3. Valid UTF-8 → `utf-8` (fast path: `String(decoding:)` per `memchr`-found line, checked
///    against its bytes; no `Character` work, NFC only for lines with combining marks).
/// 4. Mostly UTF-8 (valid multi-byte letters, few bad bytes) → `utf-8`, bad bytes → U+FFFD with an
///    `input.invalid-utf8` warning on each affected line.
/// 5. Otherwise Windows-1258 (`Kê\u{301} hoa\u{323}ch` → `Kế hoạch` after NFC), with an
///    `input.legacy-encoding` note.
enum InputDecoder {
    // MARK: - Public API

    /// Decodes a whole file.
    ///
    /// - Parameter data: the original bytes; `sha256` and `byteCount` describe them, BOM included.
    /// - Returns: the lines and what was decided about them. Undecodable bytes never fail the call:
    ///   they become U+FFFD plus a diagnostic on their line.
    /// - Throws: nothing today (kept so a future encoding check can refuse input).
    static func decode(_ data: Data) throws -> DecodedSource {
        // Portable hashing is as slow as decoding: without SHA instructions, big inputs hash on their own thread.
        let digest = data.count >= parallelHashBytes && !SHA256.hardware ? DigestThread(data) : nil
        var decoded = data.withUnsafeBytes { raw -> DecodedSource in
            decode(raw.bindMemory(to: UInt8.self))
        }
        decoded.sha256 = digest?.wait() ?? SHA256.hexDigest(of: data)
        decoded.byteCount = data.count
        return decoded
    }

    /// Inputs from this size on are hashed on a second thread.
    static let parallelHashBytes = 1 << 20

    // MARK: - Private helpers

    private static func decode(_ all: UnsafeBufferPointer<UInt8>) -> DecodedSource {
        func starts(_ magic: [UInt8]) -> Bool { all.count >= magic.count && all.prefix(magic.count).elementsEqual(magic) }
        func rest(_ k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: all[k...]) }

        if starts([0xEF, 0xBB, 0xBF]) { return utf8(rest(3), name: "utf-8-bom", trusted: true) }
        if starts([0xFF, 0xFE]) { return utf16(rest(2), order: .littleEndian) }
        if starts([0xFE, 0xFF]) { return utf16(rest(2), order: .bigEndian) }
        if let order = UTF16Transcoder.guessByteOrder(all) { return utf16(all, order: order) }
        return utf8(all, name: "utf-8", trusted: false)
    }

    /// UTF-8, or (when not `trusted` by a BOM and not mostly UTF-8) Windows-1258.
    private static func utf8(_ buf: UnsafeBufferPointer<UInt8>, name: String, trusted: Bool) -> DecodedSource {
        if let split = LineSplitter.splitIfValid(buf) {
            return source(split, encoding: name, diagnostics: [])
        }
        if trusted || UTF8Validator.census(buf).isMostlyUTF8 {
            let repaired = UTF8Validator.repair(buf)
            let split = repaired.bytes.withUnsafeBufferPointer { LineSplitter.split($0, replacements: repaired.replacements) }
            let diagnostics = split.replacedBytesByLine.map { Diagnostic.invalidUTF8(bytes: $0.bytes, line: $0.line) }
            return source(split, encoding: name, diagnostics: diagnostics)
        }
        if DeclaredCharset.find(in: buf) == .windows1252 {
            let encoding = "windows-1252"
            return transcoded(Windows1258.transcode(buf, high: Windows1252.high), encoding: encoding,
                              notes: [.legacyEncoding(encoding)])
        }
        let encoding = "windows-1258"
        return transcoded(Windows1258.transcode(buf), encoding: encoding, notes: [.legacyEncoding(encoding)])
    }

    private static func utf16(_ buf: UnsafeBufferPointer<UInt8>, order: UTF16Transcoder.ByteOrder) -> DecodedSource {
        let text = UTF16Transcoder.transcode(buf, order: order)
        return transcoded(text, encoding: order == .littleEndian ? "utf-16le" : "utf-16be", notes: [])
    }

    private static func transcoded(_ text: TranscodedText, encoding: String, notes: [Diagnostic]) -> DecodedSource {
        let split = text.bytes.withUnsafeBufferPointer { LineSplitter.split($0, replacements: text.replacements) }
        let diagnostics = notes + split.replacedBytesByLine.map {
            Diagnostic.undecodableBytes($0.bytes, encoding: encoding, line: $0.line)
        }
        return source(split, encoding: encoding, diagnostics: diagnostics)
    }

    private static func source(_ split: LineSplitter.Result, encoding: String, diagnostics: [Diagnostic]) -> DecodedSource {
        DecodedSource(lines: split.lines, encoding: encoding, sha256: "", byteCount: 0, diagnostics: diagnostics)
    }
}
