/// The blocks of a document grouped by source line: layout cells copied from one table row
/// (`ỦY BAN NHÂN DÂN` | `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`) share a line and are one group.
struct LineGroups {
    /// Block index ranges, in document order; a `.table` block is always its own group.
    var ranges: [Range<Int>]

    init(_ blocks: [SourceBlock]) {
        var out: [Range<Int>] = []
        var start = 0
        for i in blocks.indices where i > 0 {
            let a = blocks[i - 1], b = blocks[i]
            if a.kind == .table || b.kind == .table || a.line != b.line {
                out.append(start..<i)
                start = i
            }
        }
        if !blocks.isEmpty { out.append(start..<blocks.count) }
        ranges = out
    }
}
