/// Cell text lines alternating with lone `|` lines, two `|` lines between rows
/// (text copies of thuvienphapluat pages).
///
/// ```
/// STT
/// |
/// Nội dung
/// |
/// |
/// ```
struct LonePipeRegion: PipeTableDialect {
    let name = "lone_pipe"
    func accepts(_ c: PipeCensus) -> Bool { c.pipeOnlyLines > 0 && c.textLines > 0 && c.textLines >= c.cellLines }
    func isTableWithoutHeader(_ c: PipeCensus) -> Bool {
        c.textLines >= 9 && c.pipeOnlyLines >= c.textLines
    }
}
