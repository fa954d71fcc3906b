/// Marks the footnote texts a document carries at its end: `1 Nghị quyết số …`, `[1] …`, `¹ …`.
///
/// Scans back from the end over boilerplate to the last run of footnote-shaped lines
/// (with at most a few continuation lines each), then accepts the run only if its numbers
/// increase and at least one marker appears in the body: glued to a word (`Chính phủ5`,
/// `tỉnh4`) for plain numbers, as `[1]` or a superscript for the other forms.
enum FootnoteRegionFinder {
    static let maxContinuation = 3

    static func mark(_ blocks: inout [SourceBlock]) -> [Diagnostic] {
        // Body text blocks of the tail, back to the first block that is neither footnote nor continuation.
        var run: [(index: Int, marker: Marker?)] = []
        var k = blocks.count - 1
        var pendingContinuation = 0
        while k >= 0 {
            let b = blocks[k]
            k -= 1
            // Site chrome after the footnotes is skipped; a signature or title ends the search.
            if b.role != .body { if b.role.isBoilerplate { continue } else { break } }
            guard b.kind == .text else { break }
            if let m = marker(b.text) {
                run.append((k + 1, m))
                pendingContinuation = 0
            } else {
                pendingContinuation += 1
                if pendingContinuation > maxContinuation || RegionText.startsWithHeadingMarker(b.text) { break }
                run.append((k + 1, nil))
            }
        }
        // Drop continuation lines that precede the first footnote (they belong to the body).
        while let last = run.last, last.marker == nil { run.removeLast() }
        let markers = run.compactMap(\.marker).reversed()
        guard !markers.isEmpty else { return [] }
        var previous = 0
        for m in markers {
            guard m.number > previous else { return [] }
            previous = m.number
        }
        let referenced = bodyReferences(blocks, markers: Array(markers), before: run.last!.index)
        guard referenced else { return [.footnotesUnreferenced(line: blocks[run.last!.index].line)] }
        for r in run { blocks[r.index].role = .footnote }
        return []
    }

    struct Marker: Equatable {
        enum Form { case plain, bracket, superscript }
        var number: Int
        var form: Form
    }

    /// `1 Năm 2020 …` (number, space, capital), `[1] …`, `¹ …`.
    static func marker(_ text: String) -> Marker? {
        let u = Array(text.utf8.prefix(12))
        guard let f = u.first else { return nil }
        if f == 0x5B {  // [n]
            var i = 1, n = 0
            while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { n = min(n * 10 + Int(u[i] - 0x30), 1_000_000); i += 1 }
            return i > 1 && i < u.count && u[i] == 0x5D ? Marker(number: n, form: .bracket) : nil
        }
        if f >= 0x30 && f <= 0x39 {
            var i = 0, n = 0
            while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { n = min(n * 10 + Int(u[i] - 0x30), 1_000_000); i += 1 }
            guard i <= 3, i + 1 < u.count, u[i] == 0x20 else { return nil }
            let next = u[i + 1]
            return (next >= 0x41 && next <= 0x5A) || next >= 0xC3 ? Marker(number: n, form: .plain) : nil
        }
        if let s = text.unicodeScalars.first, let d = superscriptDigit(s) {
            return Marker(number: d, form: .superscript)
        }
        return nil
    }

    static func superscriptDigit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0xB9: return 1
        case 0xB2: return 2
        case 0xB3: return 3
        case 0x2074...0x2079: return Int(s.value - 0x2070)
        case 0x2070: return 0
        default: return nil
        }
    }

    /// Whether any of the markers appears in the body text before the footnotes.
    private static func bodyReferences(_ blocks: [SourceBlock], markers: [Marker], before end: Int) -> Bool {
        var glued: Set<Int> = [], bracket: Set<Int> = [], superscript = false
        for i in 0..<end where blocks[i].role != .footnote && !blocks[i].role.isBoilerplate {
            if blocks[i].kind == .text {
                scan(blocks[i].text, glued: &glued, bracket: &bracket, superscript: &superscript)
            } else if let t = blocks[i].table {
                for l in t.lines { scan(l.text, glued: &glued, bracket: &bracket, superscript: &superscript) }
                for row in t.rows { for c in row { scan(c.text, glued: &glued, bracket: &bracket, superscript: &superscript) } }
            }
        }
        for m in markers {
            switch m.form {
            case .plain: if glued.contains(m.number) { return true }
            case .bracket: if bracket.contains(m.number) || glued.contains(m.number) { return true }
            case .superscript: if superscript { return true }
            }
        }
        return false
    }

    /// Collects `word5` (a letter or closing punctuation then digits, then no letter or digit) and `[5]`.
    private static func scan(_ text: String, glued: inout Set<Int>, bracket: inout Set<Int>, superscript: inout Bool) {
        text.utf8.withContiguousStorageIfAvailable { u in
            var i = 0
            while i < u.count {
                let b = u[i]
                if b >= 0x30 && b <= 0x39, i > 0 {
                    let p = u[i - 1]
                    let afterLetter = (p >= 0x61 && p <= 0x7A) || (p >= 0x80 && p <= 0xBF) || p == 0x29
                    var j = i, n = 0
                    while j < u.count, u[j] >= 0x30, u[j] <= 0x39 { n = min(n * 10 + Int(u[j] - 0x30), 1_000_000); j += 1 }
                    let endOK = j == u.count || !((u[j] >= 0x30 && u[j] <= 0x39) || (u[j] >= 0x41 && u[j] <= 0x5A) || (u[j] >= 0x61 && u[j] <= 0x7A) || u[j] >= 0xC3 || u[j] == 0x2F)
                    if p == 0x5B && j < u.count && u[j] == 0x5D { bracket.insert(n) } else if afterLetter && endOK && j - i <= 2 { glued.insert(n) }
                    i = j
                    continue
                }
                if b == 0xC2 && i + 1 < u.count && (u[i + 1] == 0xB9 || u[i + 1] == 0xB2 || u[i + 1] == 0xB3) { superscript = true }
                if b == 0xE2 && i + 2 < u.count && u[i + 1] == 0x81 && u[i + 2] >= 0xB4 && u[i + 2] <= 0xB9 { superscript = true }
                i += 1
            }
        }
    }
}
