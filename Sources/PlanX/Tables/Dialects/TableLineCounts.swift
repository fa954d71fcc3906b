import Foundation

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
        let n = b.count
        s.empty = n == 0
        // Most lines are text: each test below stops at the first letter; only the pipe count
        // reads every byte (with `memchr`).
        var pipes = 0
        if var p = b.baseAddress.map(UnsafeRawPointer.init) {
            var left = n
            while left > 0, let hit = memchr(p, 124, left) {
                pipes += 1
                let step = UnsafeRawPointer(hit) - p + 1
                p += step
                left -= step
            }
        }
        s.pipes = pipes
        var i = 0
        while i < n, b[i] == 32 || b[i] == 9 || b[i] == 13 { i += 1 }
        s.blank = i == n
        i = 0
        while i < n, b[i] == 124 || b[i] == 32 || b[i] == 9 || b[i] == 13 || b[i] == 0xC2 || b[i] == 0xA0 { i += 1 }
        s.onlyPipes = i == n && pipes > 0
        i = 0
        var dash = false
        while i < n, b[i] == 124 || b[i] == 45 || b[i] == 58 || b[i] == 32 { dash = dash || b[i] == 45; i += 1 }
        s.rule = i == n && dash
        var e = n - 1
        while e >= 0, b[e] == 32 || b[e] == 9 || b[e] == 13 { e -= 1 }
        s.endsWithPipe = e >= 0 && b[e] == 124
        s.tab = n > 0 && b[0] == 9
        s.pipeStart = n > 0 && b[0] == 124
        return s
    }
}
