/// A whole row on one line, cells separated by ` | `, ending in `|`; merged cells leave
/// a glued `||` run; lines of pipes only.
///
/// `1 | Thủ tục cấp bản sao | Văn thư và Lưu trữ | Hướng dẫn thực hiện trực tuyến mức độ 3 |`
struct PipeRowsRegion: PipeTableDialect {
    let name = "pipe_rows"
    func accepts(_ c: PipeCensus) -> Bool { c.rowLines > 0 && c.rowLines >= c.cellLines && c.rowLines >= c.textLines }
    /// A key/value box (`Số hiệu | 6832/KH-UBND |`) or a two-row header box is layout.
    func isTableWithoutHeader(_ c: PipeCensus) -> Bool { c.rowLines >= 4 && c.maxCells >= 3 }
}
