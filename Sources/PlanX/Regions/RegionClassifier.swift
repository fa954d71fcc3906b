/// The Regions stage: decides which blocks are the document's body and which are not.
///
/// Consumes the reader's blocks (one per text line, one per table region, layout cells as
/// separate `.text` blocks sharing a line) and assigns `BlockRole`s, in this order:
/// 1. site chrome, the site's metadata box and related-document lists (`SiteChromeFinder`);
/// 2. verbatim repeats made by a scraper (`RepeatFinder`);
/// 3. the front matter: header, title, bases (`FrontMatterClassifier`);
/// 4. recipients and signature blocks, anywhere after the front matter (`SignatureFinder`);
/// 5. a plan's own title and caption inside a decision (`AttachedPlanFinder`);
/// 6. footnote texts at the end (`FootnoteRegionFinder`).
/// Invariants: a role a reader set is never changed; `.table` blocks stay body unless they
/// sit in a chrome zone; when a shape is unsure the block stays body. Never reorders blocks.
///
/// Example: `ỦY BAN NHÂN DÂN` / `TỈNH GIA LAI` / `Số: 3638/KH-UBND` → header,
/// `KẾ HOẠCH` / `CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA TỈNH GIA LAI` → title, `Thực hiện …` → basis.
enum RegionClassifier {
    static func classify(_ blocks: inout [SourceBlock]) -> [Diagnostic] {
        guard !blocks.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        let groups = LineGroups(blocks)
        diagnostics += SiteChromeFinder.mark(&blocks, groups: groups)
        diagnostics += RepeatFinder.mark(&blocks)
        let front = FrontMatterClassifier.mark(&blocks)
        diagnostics += front.diagnostics
        diagnostics += SignatureFinder.mark(&blocks, from: front.end)
        AttachedPlanFinder.mark(&blocks, from: front.end)
        diagnostics += FootnoteRegionFinder.mark(&blocks)
        return diagnostics
    }
}
