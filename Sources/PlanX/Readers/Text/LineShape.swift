#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one source line looks like, read once from its UTF-8 bytes.
///
/// The text reader decides everything (pipes, tabs, separators, row numbers,
/// empty cells) from these flags, so no `String` is built for a line that is
/// only looked at. Whitespace means space, tab, NBSP (U+00A0) and the zero-width
/// U+200B/U+200C/U+200D/U+FEFF.
///
/// Examples: `Số hiệu | 6832/KH-UBND |` is `pipeEnd` + `innerPipe` with two cells;
/// `\tSTT` is `tabLead` + `loneHeader`; `\u{00A0}` is `filler`; `8.3.2` is `rowNumber`.
struct LineShape: Sendable, Equatable {
    /// The shapes a line can have at once (a line can be `tabLead` and `loneHeader`).
    struct Flags: OptionSet, Sendable, Equatable {
        let rawValue: UInt32
        /// Zero bytes, or only ASCII spaces and tabs.
        static let void = Flags(rawValue: 1 << 0)
        /// Only whitespace (includes `void`).
        static let blank = Flags(rawValue: 1 << 1)
        /// Only whitespace, with at least one space, NBSP or zero-width character: a written empty cell.
        static let filler = Flags(rawValue: 1 << 2)
        /// The first byte is a tab.
        static let tabLead = Flags(rawValue: 1 << 3)
        /// The trimmed text starts with `|`.
        static let pipeStart = Flags(rawValue: 1 << 4)
        /// The trimmed text ends with `|`.
        static let pipeEnd = Flags(rawValue: 1 << 5)
        /// Only pipes and whitespace.
        static let pipeOnly = Flags(rawValue: 1 << 6)
        /// A pipe with text on both sides (`a | b`).
        static let innerPipe = Flags(rawValue: 1 << 7)
        /// `-------`, `___`, `* * *`, `=====`.
        static let rule = Flags(rawValue: 1 << 8)
        /// A Markdown table rule: `|---|:--|`.
        static let markdownRule = Flags(rawValue: 1 << 9)
        /// A bare row number: `12`, `1.1`, `8.3.2.`, `IV`, `II.`.
        static let rowNumber = Flags(rawValue: 1 << 10)
        /// A bare figure: `9.5`, `0,75`, `100%`.
        static let numeric = Flags(rawValue: 1 << 11)
        /// A lone `STT` / `TT` / `Số TT` (the first header cell of a task table).
        static let loneHeader = Flags(rawValue: 1 << 12)
        /// `[1] …`: a footnote text.
        static let footnote = Flags(rawValue: 1 << 13)
        /// `II. …`: a Roman-numbered part heading.
        static let romanHeading = Flags(rawValue: 1 << 14)
    }

    var flags: Flags = []
    /// Byte offsets of the trimmed text inside the line.
    var start: Int32 = 0
    var end: Int32 = 0
    /// Pipe-separated segments that hold text (`a | | b |` has 2).
    var cells: Int32 = 0

    var length: Int { Int(end - start) }
    /// A line the pipe dialects own: trimmed text starts or ends with `|`.
    var isPipeLine: Bool { !flags.isDisjoint(with: [.pipeStart, .pipeEnd]) }
    var isBlank: Bool { flags.contains(.blank) }
    /// A paragraph that looks like a table cell rather than prose.
    var isCellEvidence: Bool { !flags.isDisjoint(with: [.filler, .rowNumber, .numeric]) }

    // MARK: - Classification

    /// Classifies `line` on its UTF-8 bytes.
    static func of(_ line: String) -> LineShape {
        if let shape = line.utf8.withContiguousStorageIfAvailable({ classify($0) }) { return shape }
        return Array(line.utf8).withUnsafeBufferPointer { classify($0) }
    }

    static func classify(_ b: UnsafeBufferPointer<UInt8>) -> LineShape {
        var shape = LineShape()
        let n = b.count
        var s = 0
        var e = n
        while s < e, let w = ByteText.whitespaceWidth(b, at: s) { s += w }
        while e > s, let w = ByteText.whitespaceWidthBefore(b, end: e) { e -= w }
        shape.start = Int32(s)
        shape.end = Int32(e)
        if n > 0 && b[0] == 0x09 { shape.flags.insert(.tabLead) }
        if s == e {
            shape.flags.insert(.blank)
            var ascii = true
            var spaces = false
            for i in 0..<n {
                if b[i] >= 0x80 { ascii = false } else if b[i] == 0x20 { spaces = true }
            }
            if ascii && !spaces { shape.flags.insert(.void) } else { shape.flags.insert(.filler) }
            return shape
        }
        if memchr(b.baseAddress! + s, 0x7C, e - s) != nil {
            scanPipes(b, s, e, &shape)
        } else {
            shape.cells = 1
        }
        if shape.flags.isDisjoint(with: [.pipeStart, .pipeEnd, .innerPipe]) {
            scanWord(b, s, e, &shape)
        }
        return shape
    }

    /// Pipes, cells, Markdown rules: jumps from pipe to pipe with `memchr`, looking only
    /// at the first non-space byte of each segment.
    private static func scanPipes(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ shape: inout LineShape) {
        let base = b.baseAddress!
        var pipes = 0
        var cells: Int32 = 0
        var textBeforePipe = false
        var inner = false
        var i = s
        while i <= e {
            // Segment i..<bar.
            let bar = memchr(base + i, 0x7C, e - i).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? e
            var k = i
            while k < bar, let w = ByteText.whitespaceWidth(b, at: k) { k += w }
            let hasText = k < bar
            if hasText {
                cells += 1
                if textBeforePipe { inner = true }
            }
            if bar == e { break }
            pipes += 1
            if hasText { textBeforePipe = true }
            i = bar + 1
        }
        shape.cells = cells
        guard pipes > 0 else { return }
        if b[s] == 0x7C { shape.flags.insert(.pipeStart) }
        if b[e - 1] == 0x7C { shape.flags.insert(.pipeEnd) }
        if cells == 0 { shape.flags.insert(.pipeOnly) }
        if inner { shape.flags.insert(.innerPipe) }
        if b[s] == 0x7C && isMarkdownRule(b, s, e) { shape.flags.insert(.markdownRule) }
    }

    /// `|---|:--|`: only pipes, dashes, colons and spaces, with at least three dashes.
    private static func isMarkdownRule(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var dashes = 0
        for i in s..<e {
            switch b[i] {
            case 0x2D: dashes += 1
            case 0x7C, 0x3A, 0x20: continue
            default: return false
            }
        }
        return dashes >= 3
    }

    /// Rules, row numbers, figures, lone header words, footnotes, Roman headings.
    private static func scanWord(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ shape: inout LineShape) {
        let len = e - s
        let first = b[s]
        // Separator rules: one symbol repeated (spaces allowed), at least three times.
        if first == 0x2D || first == 0x5F || first == 0x3D || first == 0x2A || first == 0x7E {
            var count = 0
            var ok = true
            for i in s..<e where b[i] != 0x20 {
                if b[i] == first { count += 1 } else { ok = false; break }
            }
            if ok && count >= 3 { shape.flags.insert(.rule); return }
        }
        if len <= 12 && ByteText.isRowNumber(b, s, e) { shape.flags.insert(.rowNumber); return }
        if len <= 16 && ByteText.isFigure(b, s, e) { shape.flags.insert(.numeric); return }
        if len <= 12 && HeaderWords.isLoneHeader(b, s, e) { shape.flags.insert(.loneHeader); return }
        if first == 0x5B, ByteText.isFootnoteStart(b, s, e) { shape.flags.insert(.footnote); return }
        if ByteText.isRomanHeading(b, s, e) { shape.flags.insert(.romanHeading) }
    }
}
