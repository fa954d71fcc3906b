/// The line shapes every dialect's evidence is counted from, found in one byte pass over a
/// table's lines: choosing a dialect then costs one scan, not one scan (and a few filtered
/// copies of the lines) per dialect.
///
/// `1 | Xây dựng Kế hoạch … | Sở Nội vụ |` counts as non-blank, two pipes, ending with a pipe;
/// a lone `|` as only pipes; `\tSTT` as starting with a tab.
struct TableLineCounts: Sendable, Equatable {
    var lines = 0
    /// `text.isEmpty`.
    var empty = 0
    /// `TableLine.isBlank` (spaces, tabs, CR only).
    var blank = 0
    /// A `|` anywhere, or a leading tab.
    var piped = 0
    /// Lines that are not blank, or start with a tab.
    var tabBody = 0
    var tabStarts = 0
    // Among the non-blank lines:
    var lone = 0
    var plain = 0
    var anyRule = false
    var markdownRows = 0
    var pipeCells = 0
    var notLone = 0
    var pipeRows = 0
    /// The first non-blank line, and whether the line after it is non-blank too.
    var firstNonBlank: Int?
    var secondNonBlank = false

    init(_ lines: [RawLine]) {
        self.lines = lines.count
        for (i, l) in lines.enumerated() {
            let s = Self.shape(l.text)
            if s.empty { empty += 1 }
            if s.tab || s.pipes > 0 { piped += 1 }
            if s.tab { tabStarts += 1 }
            if !s.blank || s.tab { tabBody += 1 }
            if let f = firstNonBlank, f == i - 1 { secondNonBlank = !s.blank }
            if s.blank { blank += 1; continue }
            if firstNonBlank == nil { firstNonBlank = i }
            if s.onlyPipes { lone += 1 } else { notLone += 1 }
            if s.pipes == 0 { plain += 1 }
            if s.rule { anyRule = true }
            if s.pipeStart && s.endsWithPipe { markdownRows += 1 }
            if s.pipes == 1 && s.endsWithPipe { pipeCells += 1 }
            if !s.onlyPipes && s.pipes >= 2 && s.endsWithPipe && !s.pipeStart { pipeRows += 1 }
        }
    }

    /// What the dialects ask of one line (the same answers as `TableLine` and `hasPrefix`).
    struct Shape {
        var empty = false, blank = true, onlyPipes = false, rule = false, endsWithPipe = false
        var pipes = 0
        var tab = false, pipeStart = false
    }

    static func shape(_ text: String) -> Shape {
        var s = Shape()
        if let r = text.utf8.withContiguousStorageIfAvailable({ shape(bytes: $0) }) {
            s = r
        } else {
            var copy = text
            s = copy.withUTF8 { shape(bytes: $0) }
        }
        // `hasPrefix("|")` compares characters: a mark after the pipe makes another one (rare).
        if s.pipeStart, text.utf8.count > 1, text.utf8.dropFirst().first! >= 0x80 { s.pipeStart = text.hasPrefix("|") }
        return s
    }

    private static func shape(bytes b: UnsafeBufferPointer<UInt8>) -> Shape {
        var s = Shape()
        s.empty = b.isEmpty
        var onlyPipeBytes = true, ruleBytes = true, dash = false
        var lastSolid: UInt8 = 0  // last byte other than space, tab, CR
        for c in b {
            if c == 124 { s.pipes += 1 }
            if c != 32 && c != 9 && c != 13 { s.blank = false; lastSolid = c }
            if c != 124 && c != 32 && c != 9 && c != 13 && c != 0xC2 && c != 0xA0 { onlyPipeBytes = false }
            if c == 45 { dash = true } else if c != 124 && c != 58 && c != 32 { ruleBytes = false }
        }
        s.onlyPipes = onlyPipeBytes && s.pipes > 0
        s.rule = dash && ruleBytes
        s.endsWithPipe = lastSolid == 124
        s.tab = b.first == 9
        s.pipeStart = b.first == 124
        return s
    }
}
