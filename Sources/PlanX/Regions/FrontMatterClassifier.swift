/// Marks the document's front matter: header, title, enacting lines and bases.
///
/// Walks the body blocks from the start of the document, in three phases:
/// 1. header — issuer lines (`ỦY BAN NHÂN DÂN` / `TỈNH GIA LAI`), separators, the national motto,
///    `Số: 3638/KH-UBND`, and the place/date line that closes it (`Gia Lai, ngày 26 tháng 12 năm 2023`);
///    accepted only with evidence (motto, number, date or an issuer word);
/// 2. title — the type line (`KẾ HOẠCH`) and the title lines after it, or, right after a header,
///    a caps title without a type line (`CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH BÌNH DƯƠNG NĂM 2022`);
/// 3. bases — `Căn cứ …`, `Thực hiện …`, `Theo đề nghị …`, a closing preamble (`… ban hành Kế hoạch …
///    như sau:`), the enacting issuer (`ỦY BAN NHÂN DÂN TỈNH SƠN LA`) and line (`QUYẾT ĐỊNH:`).
/// It stops at the first line of any other shape, so a numbered heading is never swallowed.
enum FrontMatterClassifier {
    static let maxHeaderGroups = 16
    static let maxTitleLines = 6

    /// Marks the front matter and returns the index after it.
    static func mark(_ blocks: inout [SourceBlock]) -> (end: Int, diagnostics: [Diagnostic]) {
        guard let start = nextBody(blocks, from: 0) else { return (blocks.count, []) }
        var diagnostics: [Diagnostic] = []
        var i = start
        let header = scanHeader(blocks, from: start)
        if let header {
            for k in start..<header where blocks[k].role == .body { blocks[k].role = .header }
            i = header
        } else {
            diagnostics.append(.headerNotFound(line: blocks[start].line))
        }
        let afterTitle = markTitle(&blocks, from: i, afterHeader: header != nil)
        // A plan issued with a decision names it under its title: `(Ban hành kèm theo Quyết định số …)`.
        if afterTitle > i, let k = nextBody(blocks, from: afterTitle), blocks[k].kind == .text, RegionText.isCaption(blocks[k].text) {
            blocks[k].role = .caption
            i = k + 1
        } else {
            i = afterTitle
        }
        i = markBases(&blocks, from: i)
        return (i, diagnostics)
    }

    // MARK: - Phases

    /// The end index of an accepted header starting at `start`, or nil.
    ///
    /// A block holding a whole layout row (`ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |`)
    /// is judged cell by cell.
    static func scanHeader(_ blocks: [SourceBlock], from start: Int) -> Int? {
        var i = start, groups = 0, evidence = false, sawNumber = false, end = start
        var lastLine = -1
        scan: while i < blocks.count, groups <= maxHeaderGroups {
            let b = blocks[i]
            if b.role != .body { i += 1; continue }
            if b.kind == .table { break }
            if b.line != lastLine { groups += 1; lastLine = b.line }
            var sawDate = false
            for cell in RegionText.cells(b.text) {
                switch headerCell(cell, sawNumber: sawNumber) {
                case .stop: break scan
                case .neutral: break
                case .evidence: evidence = true
                case .number: evidence = true; sawNumber = true
                case .date: evidence = true; sawDate = true
                }
            }
            i += 1
            end = i
            if sawDate {
                while i < blocks.count, blocks[i].line == b.line { i += 1 }
                return i
            }
        }
        return evidence ? end : nil
    }

    enum HeaderCell { case neutral, evidence, number, date, stop }

    /// What one header cell says: motto and issuer words are evidence, `Số: …` and the place/date
    /// line too; a type word, a heading or any other text ends the header.
    static func headerCell(_ t: String, sawNumber: Bool) -> HeaderCell {
        if t.isEmpty || RegionText.isRule(t) || t == "Hạnh phúc" { return .neutral }
        if RegionText.isMotto(t) { return .evidence }
        if RegionText.isPlaceDate(t) { return .date }
        if RegionText.isNumberLine(t) { return sawNumber ? .stop : .number }
        if RegionText.typeWord(t) != nil { return .stop }
        if !sawNumber && RegionText.isCaps(t) && t.utf8.count <= 90 && RegionText.wordCount(t) <= 12
            && !RegionText.startsWithHeadingMarker(t) {
            return RegionText.isIssuerLike(t) ? .evidence : .neutral
        }
        return .stop
    }

    private static func markTitle(_ blocks: inout [SourceBlock], from start: Int, afterHeader: Bool) -> Int {
        guard var i = nextBody(blocks, from: start), blocks[i].kind == .text else { return start }
        let first = RegionText.strippingPipes(blocks[i].text)
        var lines = 0
        if RegionText.typeWord(first) != nil && !RegionText.isEnactingLine(first) {
            blocks[i].role = .title
            i += 1
            while let k = nextBody(blocks, from: i), lines < maxTitleLines, blocks[k].kind == .text {
                let t = blocks[k].text
                if isEnactingIssuer(blocks, k) { blocks[k].role = .header; return k + 1 }
                guard isTitleLine(t, first: lines == 0) else { break }
                blocks[k].role = .title
                lines += 1
                i = k + 1
            }
            return i
        }
        guard afterHeader else { return start }
        while let k = nextBody(blocks, from: i), lines < 4, blocks[k].kind == .text {
            let t = RegionText.strippingPipes(blocks[k].text)
            guard RegionText.isCaps(t), !RegionText.startsWithHeadingMarker(t), !isEnactingIssuer(blocks, k) else { break }
            blocks[k].role = .title
            lines += 1
            i = k + 1
        }
        return i
    }

    /// Marks `Căn cứ …` lines and what may close them; returns the index after the last one.
    static func markBases(_ blocks: inout [SourceBlock], from start: Int) -> Int {
        var i = start
        while let k = nextBody(blocks, from: i), blocks[k].kind == .text {
            let t = blocks[k].text
            if RegionText.isBasis(t) {
                blocks[k].role = .basis
            } else if RegionText.isPreamble(t) && t.utf8.count >= 60 && !RegionText.startsWithHeadingMarker(t) {
                blocks[k].role = .basis
                return k + 1
            } else if RegionText.isEnactingLine(t) {
                blocks[k].role = .title
                return k + 1
            } else if isEnactingIssuer(blocks, k) {
                blocks[k].role = .header
            } else {
                return k
            }
            i = k + 1
        }
        return i
    }

    // MARK: - Shapes

    /// A title line: caps, `Về việc …`, `Ban hành …`, or a short mixed-case line; never a heading,
    /// a basis, a caption or an enacting line.
    static func isTitleLine(_ text: String, first: Bool) -> Bool {
        let t = RegionText.strippingPipes(text)
        // Right after the type line, `Thực hiện Nghị quyết số 76/NQ-CP …` is the title itself, unless it
        // reads as a basis: long, or ending like one (`…;`, `… như sau:`).
        if first && RegionText.starts(t, with: RegionText.bytes("Thực hiện")) && t.utf8.count <= 300
            && !(t.hasSuffix(";") || t.hasSuffix(":") || t.hasSuffix(",") || t.hasSuffix(".")) { return true }
        if t.isEmpty || RegionText.isRule(t) || RegionText.startsWithHeadingMarker(t) || RegionText.isBasis(t)
            || RegionText.isCaption(t) || RegionText.isEnactingLine(t) || RegionText.typeWord(t) != nil { return false }
        if RegionText.isCaps(t) { return t.utf8.count <= 400 }
        if RegionText.starts(t, with: titleLeads) { return true }
        if let f = t.unicodeScalars.first, f.properties.isLowercase { return !first }
        return first && t.utf8.count <= 300 && !t.hasSuffix(".") && !t.hasSuffix(":")
    }

    static let titleLeads: [RegionText.Bytes] = ["Về việc", "V/v", "Ban hành", "Về "].map(RegionText.bytes)

    /// `ỦY BAN NHÂN DÂN TỈNH SƠN LA` right before `Căn cứ …`: the body that enacts.
    static func isEnactingIssuer(_ blocks: [SourceBlock], _ k: Int) -> Bool {
        let t = RegionText.strippingPipes(blocks[k].text)
        guard t.utf8.count <= 120, RegionText.isIssuerLike(t), let n = nextBody(blocks, from: k + 1) else { return false }
        return blocks[n].kind == .text && RegionText.isBasis(blocks[n].text)
    }

    static func nextBody(_ blocks: [SourceBlock], from start: Int) -> Int? {
        var i = start
        while i < blocks.count {
            if blocks[i].role == .body { return i }
            i += 1
        }
        return nil
    }
}
