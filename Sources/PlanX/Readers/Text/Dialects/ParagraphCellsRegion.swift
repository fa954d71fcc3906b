/// Every cell a paragraph, paragraphs separated by blank lines; empty cells written as a
/// lone space or NBSP; the header starts with a lone `STT` / `TT`.
///
/// ```
/// STT
///
/// Lĩnh vực/ Tiêu chí/ Tiêu chí thành phần
///
/// Điểm tối đa
/// …
/// 1.1
///
/// Thực hiện Kế hoạch CCHC năm
/// ```
/// Cell boundaries are gone, so the end is inferred from the shape: a table keeps
/// showing cell evidence (row numbers, figures, written empty cells) every few
/// paragraphs. It ends before
/// - two or more empty lines in a row (the document separates paragraphs by one),
/// - a footnote text (`[1] …`), a new header (`STT`), a pipe or tab table, a rule line,
/// - a heading-like paragraph (all capitals not right after a row number, `II. …`,
///   `Nơi nhận`) or, once the last row looks complete, a long sentence (`Trên đây là …`),
///   with no cell evidence in the paragraphs after it (site trailer, next part, prose),
/// - or, failing those, after the last evidence when none came for `drought` paragraphs
///   (with a `text.table-end-uncertain` diagnostic).
/// When it stops on a run of written empty cells, the last one is Word's empty paragraph
/// after the table and stays outside.
struct ParagraphCellsRegion: LineTableDialect {
    let name = "paragraph_cells"
    /// Paragraphs without evidence after which the table is over.
    let drought = 40
    /// Paragraphs looked at after a heading-like one.
    let lookahead = 20
    /// Evidence paragraphs needed in the lookahead (one stray NBSP paragraph before a
    /// signature is not a table going on).
    let evidenceNeeded = 2

    func region(startingAt index: Int, in doc: ShapedLines) -> TableRegion? {
        let sh = doc.shapes
        guard sh[index].flags.contains(.loneHeader), !sh[index].flags.contains(.tabLead) else { return nil }
        // The header goes on with short paragraphs.
        guard let second = doc.nextNonBlank(from: index + 1), isPlainParagraph(sh[second]),
            sh[second].length <= 160
        else { return nil }

        var last = index
        var beforeLast = index
        var stopped = false
        var evidence = 0
        var lastEvidence = index
        var sinceEvidence = 0
        var headerParagraphs = 1
        var sinceRowNumber = 0
        var emptyRun = 0
        var previous = index
        var k = index + 1
        var diagnostics: [Diagnostic] = []
        scan: while k < doc.count {
            let s = sh[k]
            if s.flags.contains(.void) {
                emptyRun += 1
                k += 1
                continue
            }
            defer { k += 1 }
            let run = emptyRun
            emptyRun = 0
            if evidence > 0 {
                let rowDone = sinceRowNumber >= max(3, headerParagraphs / 2)
                stopped = run >= 2 || isHardStop(s)
                    || (isHeadingLike(k, after: previous, doc) || rowDone && isProse(k, doc))
                        && !evidenceAhead(from: k + 1, doc)
                if stopped { break scan }
            } else if isHardStop(s) || s.flags.contains(.rule) {
                return nil
            }
            if evidence == 0 && !s.isCellEvidence { headerParagraphs += 1 }
            sinceRowNumber = s.flags.contains(.rowNumber) ? 0 : sinceRowNumber + 1
            if s.isCellEvidence {
                evidence += 1
                lastEvidence = k
                sinceEvidence = 0
            } else {
                sinceEvidence += 1
                if evidence > 0 && sinceEvidence > drought {
                    last = lastEvidence
                    diagnostics.append(.tableEndUncertain(line: lastEvidence + 1))
                    break scan
                }
                if evidence == 0 && sinceEvidence > drought { return nil }
            }
            beforeLast = last
            last = k
            previous = k
        }
        guard evidence >= 2 else { return nil }
        // Word writes an empty paragraph after a table: when the table stops on a run of
        // written empty cells, the last of them is that paragraph, not a cell. (A lone one
        // is kept: it is as likely the last row's empty cell.)
        if stopped && sh[last].flags.contains(.filler) && sh[beforeLast].flags.contains(.filler) {
            last = beforeLast
        }
        return TableRegion(first: index, last: last, dialect: name, diagnostics: diagnostics)
    }

    /// Not a pipe, tab, rule or footnote line: something a cell could be.
    private func isPlainParagraph(_ s: LineShape) -> Bool {
        !s.isBlank && !s.isPipeLine && !s.flags.contains(.tabLead)
            && s.flags.isDisjoint(with: [.rule, .footnote, .loneHeader])
    }

    /// Lines that never belong to a paragraph-cell table.
    private func isHardStop(_ s: LineShape) -> Bool {
        s.isPipeLine || s.flags.contains(.footnote) || s.flags.contains(.loneHeader)
            || s.flags.contains(.rule) || (s.flags.contains(.tabLead) && !s.isBlank)
    }

    /// A paragraph that reads like a heading or a new part rather than a cell.
    private func isHeadingLike(_ k: Int, after previous: Int, _ doc: ShapedLines) -> Bool {
        let s = doc.shapes[k]
        if s.flags.contains(.romanHeading) { return true }
        if s.isCellEvidence || s.length > 200 { return false }
        let line = doc.lines[k]
        if ByteText.hasPrefix(line, s, "Nơi nhận") { return true }
        // A group row (`1` then `CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC`) is a cell.
        if doc.shapes[previous].flags.contains(.rowNumber) { return false }
        return ByteText.isAllCaps(line)
    }

    /// A long sentence starting with a capital letter (`Trên đây là Kế hoạch …./.`), the
    /// kind of paragraph that follows a table; after a complete row it ends the table.
    private func isProse(_ k: Int, _ doc: ShapedLines) -> Bool {
        let s = doc.shapes[k]
        guard s.length >= 120 else { return false }
        return doc.lines[k].utf8.withContiguousStorageIfAvailable { b -> Bool in
            let first = b[Int(s.start)]
            let last = b[Int(s.end) - 1]
            let capital = (first >= 0x41 && first <= 0x5A) || first >= 0xC3
            return capital && (last == 0x2E || last == 0x3A)
        } ?? false
    }

    /// Whether row numbers, figures or written empty cells come soon after `from`.
    private func evidenceAhead(from: Int, _ doc: ShapedLines) -> Bool {
        var seen = 0
        var found = 0
        var emptyRun = 0
        var k = from
        while k < doc.count, seen < lookahead {
            let s = doc.shapes[k]
            k += 1
            if s.flags.contains(.void) {
                emptyRun += 1
                if emptyRun >= 2 { return false }
                continue
            }
            emptyRun = 0
            if isHardStop(s) { return false }
            if s.isCellEvidence {
                found += 1
                if found >= evidenceNeeded { return true }
            }
            seen += 1
        }
        return false
    }
}
