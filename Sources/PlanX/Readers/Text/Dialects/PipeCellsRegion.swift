/// One cell per line ending in ` |`; a lone `|` line closes a row (an empty last cell).
///
/// ```
/// 1 |
/// Xây dựng và triển khai Kế hoạch cải cách hành chính nhà nước năm 2022 |
/// Sở Nội vụ |
/// |
/// ```
struct PipeCellsRegion: PipeTableDialect {
    let name = "pipe_cells"
    func accepts(_ c: PipeCensus) -> Bool { c.cellLines > 0 }
    func isTableWithoutHeader(_ c: PipeCensus) -> Bool {
        c.pipeOnlyLines >= 3 && c.cellLines + c.textLines >= 3 * c.pipeOnlyLines
    }
}
