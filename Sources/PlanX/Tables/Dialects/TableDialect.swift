/// A text form a table can arrive in, and how to cut it into cells.
///
/// Every dialect ends at a `Grid`; header mapping, group rows, spans and alignment happen once,
/// after the dialect, for all of them.
protocol TableDialect {
    /// The name recorded in `Table.dialect` (`pipe_rows`, `tab_cells`, …).
    static var name: String { get }
    /// How much the lines look like this dialect, 0…1 (share of lines in its shape), from the
    /// line shapes counted once for all dialects.
    static func evidence(_ counts: TableLineCounts, _ lines: [RawLine]) -> Double
    static func parse(_ lines: [RawLine]) -> Grid
}

extension TableDialect {
    /// How much the lines look like this dialect, 0…1.
    static func evidence(_ lines: [RawLine]) -> Double { evidence(TableLineCounts(lines), lines) }
}

/// Small line tests shared by the text dialects (on UTF-8 bytes: they run on every table line).
enum TableLine {
    /// Only spaces, tabs, NBSP: a separator between rows or paragraphs.
    static func isBlank(_ s: String) -> Bool {
        bytes(s) { b in b.allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 } }
    }
    /// A line made of pipes and whitespace only (`|`, `| ||`).
    static func isOnlyPipes(_ s: String) -> Bool {
        bytes(s) { b in
            var pipes = 0
            for c in b {
                if c == 124 { pipes += 1 } else if c != 32 && c != 9 && c != 13 && c != 0xC2 && c != 0xA0 { return false }
            }
            return pipes > 0
        }
    }
    static func pipeCount(_ s: String) -> Int { bytes(s) { b in b.reduce(0) { $0 + ($1 == 124 ? 1 : 0) } } }
    static func endsWithPipe(_ s: String) -> Bool {
        bytes(s) { b in
            var i = b.count - 1
            while i >= 0, b[i] == 32 || b[i] == 9 || b[i] == 13 { i -= 1 }
            return i >= 0 && b[i] == 124
        }
    }
    /// The line's UTF-8 bytes as one buffer (these tests run several times on every table line).
    @inline(__always)
    private static func bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return copy.withUTF8(body)
    }
    /// Text of a wrapped continuation line added to a cell: a bullet or a line after `;`, `:`, `.`
    /// starts a new part; otherwise it is a soft wrap of the same sentence.
    static func append(_ text: String, to parts: inout [String]) {
        let t = TextNormalizer.normalize(text)
        guard !t.isEmpty else { return }
        if let last = parts.last, !startsPart(t), !(last.hasSuffix(";") || last.hasSuffix(":") || last.hasSuffix(".")) {
            parts[parts.count - 1] = last + " " + t
        } else {
            parts.append(t)
        }
    }
    static func startsPart(_ t: String) -> Bool {
        // The first scalar, on its UTF-8 bytes: `-` `+` `*`, `•` (E2 80 A2), `–` (E2 80 93).
        var it = t.utf8.makeIterator()
        guard let b0 = it.next() else { return false }
        if b0 == 0x2D || b0 == 0x2B || b0 == 0x2A { return true }
        guard b0 == 0xE2, it.next() == 0x80, let b2 = it.next() else { return false }
        return b2 == 0xA2 || b2 == 0x93
    }
}
