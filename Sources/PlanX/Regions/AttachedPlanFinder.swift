/// Finds the title block of a plan a decision carries, later in the document:
/// `KẾ HOẠCH` / `CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH SƠN LA GIAI ĐOẠN 2021-2030` /
/// `(Kèm theo Quyết định số 2407/QĐ-UBND ngày 01/10/2021 của Ủy ban nhân dân tỉnh)`.
///
/// A type line counts only when a caption follows within a few title-shaped lines; the
/// lines between are `title`, the caption `caption`, and the bases after it `basis`.
/// An appendix (`PHỤ LỤC` + caption) has no type line and stays body. A header the plan repeats
/// right above its type line is `header`.
enum AttachedPlanFinder {
    static let maxTitleLines = 5
    static let maxHeaderLines = 12

    /// The plan's own header repeated above its type line (`UBND TỈNH SƠN LA` / `CỘNG HÒA …` /
    /// `Độc lập - Tự do - Hạnh phúc`): header-shaped body lines right before it, with evidence.
    private static func markOwnHeader(_ blocks: inout [SourceBlock], before typeLine: Int) {
        var k = typeLine - 1, found: [Int] = [], evidence = false
        while k >= 0, found.count < maxHeaderLines {
            if blocks[k].role != .body { if blocks[k].role == .separator { k -= 1; continue } else { break } }
            guard blocks[k].kind == .text else { break }
            var stop = false
            for cell in RegionText.cells(blocks[k].text) {
                switch FrontMatterClassifier.headerCell(cell, sawNumber: false) {
                case .stop: stop = true
                case .neutral: break
                case .evidence, .number, .date: evidence = true
                }
            }
            if stop { break }
            found.append(k)
            k -= 1
        }
        guard evidence else { return }
        for f in found { blocks[f].role = .header }
    }

    static func mark(_ blocks: inout [SourceBlock], from start: Int) {
        var i = start
        while i < blocks.count {
            defer { i += 1 }
            guard blocks[i].role == .body, blocks[i].kind == .text,
                  RegionText.typeWord(blocks[i].text) != nil, !RegionText.isEnactingLine(blocks[i].text) else { continue }
            var titles: [Int] = []
            var caption: Int? = nil
            var k = i + 1
            while let n = FrontMatterClassifier.nextBody(blocks, from: k), blocks[n].kind == .text, titles.count <= maxTitleLines {
                let t = blocks[n].text
                if RegionText.isCaption(t) { caption = n; break }
                guard FrontMatterClassifier.isTitleLine(t, first: titles.isEmpty) else { break }
                titles.append(n)
                k = n + 1
            }
            guard let caption, !titles.isEmpty else { continue }
            markOwnHeader(&blocks, before: i)
            blocks[i].role = .title
            for n in titles { blocks[n].role = .title }
            blocks[caption].role = .caption
            i = FrontMatterClassifier.markBases(&blocks, from: caption + 1) - 1
        }
    }
}
