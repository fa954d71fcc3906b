/// Diagnostics of the Input stage (decoding), alphabetised.
extension Diagnostic {
    /// Bytes that are not UTF-8 inside an otherwise UTF-8 file, replaced by U+FFFD on `line`.
    static func invalidUTF8(bytes: Int, line: Int) -> Diagnostic {
        Diagnostic(.warning, "input.invalid-utf8",
                   "\(bytes) invalid utf-8 \(bytes == 1 ? "byte was" : "bytes were") replaced by U+FFFD", line: line)
    }

    /// The file is not UTF-8 and was read in a legacy 8-bit code page such as windows-1258.
    static func legacyEncoding(_ encoding: String) -> Diagnostic {
        Diagnostic(.info, "input.legacy-encoding",
                   "the bytes are not utf-8; decoded as '\(encoding)'", line: nil)
    }

    /// Bytes that have no character in `encoding` (undefined code-page bytes, unpaired UTF-16
    /// surrogates), replaced by U+FFFD on `line`.
    static func undecodableBytes(_ bytes: Int, encoding: String, line: Int) -> Diagnostic {
        Diagnostic(.warning, "input.undecodable-bytes",
                   "\(bytes) \(bytes == 1 ? "byte" : "bytes") not valid in '\(encoding)' replaced by U+FFFD", line: line)
    }
}
