import Foundation

/// Marks what a website wrapped around the document: menus and notices (`site_chrome`),
/// its metadata box (`site_metadata`), its lists of related documents (`related_documents`).
///
/// Strong phrases (`Văn bản đang xem`, `Hãy đăng nhập …`) are chrome wherever they are.
/// Weaker shapes count only in the head zone (before the document's first header, title or
/// basis line) or the tail zone (from a site box found after the document to the end):
/// `Kế hoạch 6832/KH-UBND năm 2021 …` there is the site repeating the title, short menu
/// lines there are chrome. Head text that looks like content is kept as body.
enum SiteChromeFinder {
    static func mark(_ blocks: inout [SourceBlock], groups: LineGroups) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        markStrongPhrases(&blocks)
        markRelatedDocuments(&blocks)
        let boxes = siteBoxes(blocks, groups: groups)
        for box in boxes { markBox(&blocks, groups: groups, box) }
        let anchor = blocks.prefix(headLimit).firstIndex { $0.role == .body && $0.kind == .text && isDocumentAnchor($0.text) }
        if let anchor { diagnostics += markHead(&blocks, before: anchor) }
        if let box = boxes.last, box.lowerBound < groups.ranges.count {
            let start = groups.ranges[box.lowerBound].lowerBound
            if start > (anchor ?? 0) { markTail(&blocks, from: start) }
        }
        return diagnostics
    }

    /// The document's first line is looked for among this many blocks; site heads are shorter.
    static let headLimit = 600

    // MARK: - Shapes

    static let strongExact: Set<String> = [
        "Hệ thống pháp luật", "Văn bản đang xem", "Bộ lọc tìm kiếm", "Tải văn bản", "Lưu trữ Góp ý",
        "Nội dung văn bản đang được cập nhật", "HIỆU LỰC VĂN BẢN", "Loading...", "Loading…", "Tải về",
        "Văn bản gốc", "In văn bản", "Chia sẻ",
    ]
    static let strongExactLengths: Set<Int> = Set(strongExact.map(\.utf8.count))
    /// First bytes of the strong phrases: most lines are rejected on this one comparison.
    static let strongFirstBytes: Set<UInt8> = Set(strongExact.compactMap { $0.utf8.first } + ["H", "Đ", "L", "V"].compactMap { $0.utf8.first })
    static let strongPrefixes: [RegionText.Bytes] = ["Hãy đăng nhập", "Đăng nhập", "Loading", "Văn bản liên quan cùng nội dung"].map(RegionText.bytes)

    static func isStrongChrome(_ text: String) -> Bool {
        guard let f = text.utf8.first, strongFirstBytes.contains(f) else { return false }
        return (strongExactLengths.contains(text.utf8.count) && strongExact.contains(text)) || RegionText.starts(text, with: strongPrefixes)
    }

    /// `Văn bản được hướng dẫn - [0]`: a site's counter of linked documents.
    static func isLinkCounter(_ text: String) -> Bool {
        guard text.utf8.count <= 80, text.utf8.last == 0x5D, RegionText.starts(text, with: RegionText.bytes("Văn bản")) else { return false }
        return text.contains(" - [")
    }

    /// `- 1Nghị định 16/2015/NĐ-CP …`: a list item whose number is glued to a document type.
    static func isRelatedItem(_ text: String) -> Bool {
        var it = text.utf8.makeIterator()
        guard it.next() == 0x2D, it.next() == 0x20, var b = it.next(), b >= 0x30, b <= 0x39 else { return false }
        var digits = 1
        while let n = it.next() {
            b = n
            guard b >= 0x30 && b <= 0x39 else { break }
            digits += 1
            if digits > 3 { return false }
        }
        return (b >= 0x41 && b <= 0x5A) || b >= 0xC3
    }

    static let siteTitleWords: [RegionText.Bytes] = [
        "Kế hoạch ", "Quyết định ", "Nghị quyết ", "Chỉ thị ", "Chương trình ", "Thông báo ", "Báo cáo ",
        "Công văn ", "Nghị định ", "Thông tư ", "Hướng dẫn ", "Đề án ", "Văn bản ", "Luật ",
    ].map(RegionText.bytes)

    /// `Kế hoạch 147/KH-UBND về …`: a document type in sentence case and a number with `/` right after.
    static func isSiteTitle(_ text: String) -> Bool {
        guard RegionText.starts(text, with: siteTitleWords) else { return false }
        let words = text.split(separator: " ", maxSplits: 4)
        for w in words.prefix(4) where w.first?.isNumber == true {
            return w.contains("/")
        }
        return false
    }

    /// A line the document itself starts with: issuer, motto, number, place/date, type word or basis.
    static func isDocumentAnchor(_ text: String) -> Bool {
        let t = RegionText.strippingPipes(text)
        return RegionText.isIssuerLike(t) || RegionText.isMotto(t) || RegionText.typeWord(t) != nil
            || RegionText.isBasis(t) || (RegionText.isNumberLine(t) && !isSiteTitle(t) && SiteField.parse(t, line: 0) == nil)
            || RegionText.isPlaceDate(t)
    }

    // MARK: - Passes

    private static func markStrongPhrases(_ blocks: inout [SourceBlock]) {
        for i in blocks.indices where blocks[i].role == .body && blocks[i].kind == .text {
            if isStrongChrome(blocks[i].text) { blocks[i].role = .chrome }
        }
    }

    private static func markRelatedDocuments(_ blocks: inout [SourceBlock]) {
        let hits = blocks.indices.filter { blocks[$0].role == .body && blocks[$0].kind == .text && isRelatedItem(blocks[$0].text) }
        let set = Set(hits)
        for i in hits where set.contains(i - 1) || set.contains(i + 1) { blocks[i].role = .relatedDocuments }
    }

    /// Runs of line groups that are site fields or link counters, with at least two fields, one strong.
    private static func siteBoxes(_ blocks: [SourceBlock], groups: LineGroups) -> [Range<Int>] {
        var boxes: [Range<Int>] = []
        var start: Int? = nil, fields = 0, strong = 0
        func close(_ end: Int) {
            if let s = start, fields >= 2, strong >= 1 { boxes.append(s..<end) }
            start = nil; fields = 0; strong = 0
        }
        for (g, range) in groups.ranges.enumerated() {
            let first = range.lowerBound
            // Most lines fail this byte test; only they skip building a slice.
            if blocks[first].kind == .text && !SiteField.startsWithKeyWord(blocks[first].text) && !isLinkCounter(blocks[first].text) {
                close(g)
                continue
            }
            let slice = blocks[range]
            guard slice.allSatisfy({ $0.role == .body || $0.role == .chrome || $0.role == .siteMetadata }) else { close(g); continue }
            if let f = SiteField.parse(slice) {
                if start == nil { start = g }
                fields += 1
                if SiteField.strongKeys.contains(f.key) { strong += 1 }
            } else if slice.count == 1, slice.first!.kind == .text, isLinkCounter(slice.first!.text), start != nil {
                continue
            } else {
                close(g)
            }
        }
        close(groups.ranges.count)
        return boxes
    }

    private static func markBox(_ blocks: inout [SourceBlock], groups: LineGroups, _ box: Range<Int>) {
        for g in box {
            for i in groups.ranges[g] where blocks[i].role == .body { blocks[i].role = .siteMetadata }
        }
    }

    private static func markHead(_ blocks: inout [SourceBlock], before anchor: Int) -> [Diagnostic] {
        let head = (0..<anchor).filter { blocks[$0].role == .body }
        for i in head where blocks[i].kind == .text {
            let t = blocks[i].text
            let chromeLike = isSiteTitle(t) || t.utf8.count <= 100 && !RegionText.startsWithHeadingMarker(t)
            if !chromeLike { return [.leadingTextKept(line: blocks[i].line)] }
        }
        for i in head { blocks[i].role = zoneRole(blocks[i]) }
        return []
    }

    private static func markTail(_ blocks: inout [SourceBlock], from boxStart: Int) {
        var start = boxStart
        while start > 0 {
            let b = blocks[start - 1]
            if b.role.isBoilerplate || (b.role == .body && b.kind == .text && (isSiteTitle(b.text) || isLinkCounter(b.text))) {
                start -= 1
            } else { break }
        }
        for i in start..<blocks.count where blocks[i].role == .body { blocks[i].role = zoneRole(blocks[i]) }
    }

    /// The role of a body block inside a chrome zone: the site's title or a site box held in a
    /// table (`Số hiệu | 6832/KH-UBND`) is site metadata, anything else chrome.
    static func zoneRole(_ b: SourceBlock) -> BlockRole {
        switch b.kind {
        case .text:
            return isSiteTitle(b.text) ? .siteMetadata : .chrome
        case .table:
            guard let t = b.table else { return .chrome }
            var fields = t.lines.lazy.filter { SiteField.parse($0.text, line: $0.number) != nil }.count
            for row in t.rows where row.count >= 2 {
                if SiteField.keys.contains(RegionText.strippingPipes(row[0].text).replacingOccurrences(of: ":", with: "")) { fields += 1 }
            }
            return fields >= 2 ? .siteMetadata : .chrome
        }
    }
}
