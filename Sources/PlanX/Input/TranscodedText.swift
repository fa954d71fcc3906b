/// Bytes re-encoded as UTF-8 by a legacy or lossy decoder, with the places where input was replaced.
///
/// `InputDecoder` splits `bytes` into lines and turns each replacement into a diagnostic on its line,
/// e.g. a stray `0xFF` inside "Kế hoạch" becomes one U+FFFD and one `input.invalid-utf8` warning.
struct TranscodedText {
    /// One U+FFFD written into `bytes` in place of undecodable input.
    struct Replacement: Equatable {
        /// Offset of the U+FFFD in `bytes` (the output, not the input).
        var offset: Int
        /// How many input bytes it stands for.
        var inputBytes: Int
    }

    var bytes: [UInt8]
    /// Sorted by `offset`.
    var replacements: [Replacement]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
        replacements = []
    }

    /// Appends the scalar value `v` as UTF-8.
    @inline(__always)
    mutating func append(scalar v: UInt32) { UTF8Scalars.append(v, to: &bytes) }

    /// Writes U+FFFD for `inputBytes` undecodable input bytes and records where.
    mutating func appendReplacement(inputBytes: Int) {
        replacements.append(Replacement(offset: bytes.count, inputBytes: inputBytes))
        bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
    }
}
