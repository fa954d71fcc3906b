/// Finds a run of lines written with pipes: a layout box, a pipe table, or both.
///
/// A block starts at a pipe line (trimmed text starts or ends with `|`), or at a cell
/// text line in the `lone_pipe` form (`STT`, `|`, `Nội dung`, `|`). It goes on over pipe
/// lines and over pipe-less lines that continue a cell: such a line follows a one-cell
/// line or a lone `|`, and a pipe line that does not open a header comes within
/// `maxContinuation` lines (`CỘNG HÒA XÃ HỘI` then `CHỦ NGHĨA VIỆT NAM |`). One empty
/// line between two pipe lines is kept (spaced copies); more blank lines, or a pipe-less
/// line after a whole-row line, end the block.
enum PipeBlockScanner {
    static let maxContinuation = 6

    /// Whether a pipe block starts at line `i`.
    static func startsBlock(at i: Int, in doc: ShapedLines) -> Bool {
        let s = doc.shapes[i]
        if s.isPipeLine { return true }
        return startsLonePipe(at: i, in: doc)
    }

    /// `text`, `|`, `text`, `|`: the alternation of the lone-pipe form, seen twice.
    private static func startsLonePipe(at i: Int, in doc: ShapedLines) -> Bool {
        guard i + 3 < doc.count else { return false }
        let sh = doc.shapes
        return isText(sh[i]) && sh[i + 1].flags.contains(.pipeOnly) && isText(sh[i + 2])
            && sh[i + 3].flags.contains(.pipeOnly)
    }

    /// The last line of the block starting at `i`.
    static func blockEnd(from i: Int, in doc: ShapedLines) -> Int {
        var last = i
        var k = i
        // A lone-pipe start: its text line is part of the block.
        while k + 1 < doc.count {
            let next = k + 1
            let s = doc.shapes[next]
            if s.isBlank {
                // One empty line between pipe lines: a table copied with spaced paragraphs.
                guard s.flags.contains(.void), doc.shapes[k].isPipeLine, next + 1 < doc.count,
                    doc.shapes[next + 1].isPipeLine
                else { break }
                k = next + 1
                last = k
                continue
            }
            if s.isPipeLine {
                k = next
                last = next
                continue
            }
            guard let closing = continuationEnd(at: next, after: k, in: doc) else { break }
            k = closing
            last = closing
        }
        return last
    }

    /// When the pipe-less lines from `i` continue a cell, the pipe line that closes it.
    private static func continuationEnd(at i: Int, after previous: Int, in doc: ShapedLines) -> Int? {
        let prev = doc.shapes[previous]
        // After a whole row (`a | b |`) a pipe-less line is not a cell's continuation.
        if prev.flags.contains(.innerPipe) { return nil }
        var k = i
        while k < doc.count, k - i <= maxContinuation {
            let s = doc.shapes[k]
            if s.isBlank { return nil }
            if s.isPipeLine {
                if doc.isHeaderLine(k) { return nil }
                return k
            }
            if k > i && doc.isHeaderLine(k) { return nil }
            k += 1
        }
        return nil
    }

    @inline(__always) private static func isText(_ s: LineShape) -> Bool {
        !s.isBlank && !s.isPipeLine
    }
}
