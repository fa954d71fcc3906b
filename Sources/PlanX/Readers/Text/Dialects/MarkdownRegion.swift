/// Markdown pipe tables: `| STT | Nội dung |` then a `|---|---|` rule, one row per line.
struct MarkdownRegion: PipeTableDialect {
    let name = "markdown"
    func accepts(_ c: PipeCensus) -> Bool { c.ruleLines > 0 }
    func isTableWithoutHeader(_ c: PipeCensus) -> Bool { c.ruleLines > 0 }
}
