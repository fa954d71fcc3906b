/// The page furniture inside a table copied out of a PDF, found on the table's own lines: page
/// headers and footers, page numbers, and the table header printed again at the top of each page.
///
/// ```
/// 5
/// Tổ chức hội nghị tập huấn
/// CÔNG BÁO/Số 12/Ngày 15-01-2024      ← page header (dropped, reported)
/// 23                                  ← page number (dropped)
/// STT                                 ← repeated header (dropped)
/// Nội dung công việc
/// …
/// ```
/// A lone number is a page number only next to a page header line, or right before a repeated
/// header when it cannot be the table's next row number. Used by both the text reader (to end the
/// region and report the dropped lines) and `PdfTextDialect` (to drop them).
struct PdfPageBreaks: Sendable {
    /// Normalised text of every line.
    let texts: [String]
    /// Indices of the header printed on the first page (from the `STT` line to the first row).
    var header: Range<Int> = 0..<0
    /// Lines that are not table content: page furniture, repeated headers, blank lines.
    var dropped: [Bool]
    /// Page header and footer lines (`CÔNG BÁO/Số 12/…`, `Trang 4`), for diagnostics.
    var pageLines: [Int] = []

    init(_ lines: [String]) {
        texts = lines.map { TextNormalizer.normalize($0) }
        dropped = texts.map(\.isEmpty)
        guard let h0 = texts.firstIndex(where: { !$0.isEmpty }) else { return }
        let bodyStart = (h0 + 1..<texts.count).first { SttToken.isToken(texts[$0]) } ?? texts.count
        header = h0..<bodyStart
        let keys = texts[header].filter { !$0.isEmpty }.map { $0.lowercased() }
        var repeatStart = Array(repeating: false, count: texts.count)
        var j = bodyStart
        while j < texts.count {
            if dropped[j] { j += 1; continue }
            if Self.isPageLine(texts[j]) {
                dropped[j] = true
                pageLines.append(j)
                j += 1
                continue
            }
            let end = repeatedHeaderEnd(at: j, keys)
            if end > j {
                repeatStart[j] = true
                for k in j..<end { dropped[k] = true }
                j = end
                continue
            }
            j += 1
        }
        dropPageNumbers(from: bodyStart, repeatStart: repeatStart)
    }

    /// Lone numbers next to a page header, or before a repeated header when they cannot be the next STT.
    private mutating func dropPageNumbers(from start: Int, repeatStart: [Bool]) {
        let page = Set(pageLines)
        var lastStt: String? = nil
        for j in start..<texts.count where !dropped[j] {
            let t = texts[j]
            guard Self.isPageNumber(t) else {
                if SttToken.isToken(t), SttToken.canFollow(lastStt, t) { lastStt = t }
                continue
            }
            let prev = (start..<j).last { !texts[$0].isEmpty }
            let next = (j + 1..<texts.count).first { !texts[$0].isEmpty }
            let nearPage = prev.map(page.contains) == true || next.map(page.contains) == true
            let beforeHeader = next.map { repeatStart[$0] } == true
            if nearPage || (beforeHeader && !SttToken.canFollow(lastStt, t)) {
                dropped[j] = true
            } else if SttToken.canFollow(lastStt, t) {
                lastStt = t
            }
        }
    }

    /// The end of the table header printed again from line `j` (`j` when there is none): at
    /// least its first two lines, then as many of the rest as follow in order.
    private func repeatedHeaderEnd(at j: Int, _ keys: [String]) -> Int {
        guard keys.count >= 2 else { return j }
        var k = j
        var matched = 0
        while k < texts.count, matched < keys.count {
            if texts[k].isEmpty { k += 1; continue }
            // Same byte length first: most lines are not header lines, and lower-casing is slow.
            guard texts[k].utf8.count == keys[matched].utf8.count, texts[k].lowercased() == keys[matched] else { break }
            matched += 1
            k += 1
        }
        guard matched >= 2 else { return j }
        // Column numbers printed under the header: `1 2 3 4 5` or `(1) (2) …`, one a line.
        var n = 1
        while k < texts.count, texts[k] == String(n) || texts[k] == "(\(n))", n <= keys.count { k += 1; n += 1 }
        return n > keys.count ? k : k - (n - 1)
    }

    /// `CÔNG BÁO/Số 12/Ngày 15-01-2024`, `Trang 4`, `Trang 4/10`, `Page 4`, `- 23 -`.
    static func isPageLine(_ t: String) -> Bool {
        let u = t.utf8
        guard u.count <= 120, let f = u.first else { return false }
        if f == 0x43, t.hasPrefix("CÔNG BÁO") { return u.contains { $0 >= 0x30 && $0 <= 0x39 } }
        if f == 0x54 || f == 0x50 {
            for word in ["Trang ", "TRANG ", "Page "] where t.hasPrefix(word) {
                let rest = t.dropFirst(word.count)
                return !rest.isEmpty && rest.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2F || $0 == 0x20 }
            }
        }
        if f == 0x2D, u.count >= 5, u.last == 0x2D {
            let mid = t.dropFirst().dropLast().trimmingPrefixSpaces()
            return !mid.isEmpty && mid.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        return false
    }

    /// One to four digits alone.
    static func isPageNumber(_ t: String) -> Bool {
        let u = t.utf8
        return !u.isEmpty && u.count <= 4 && u.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}

private extension Substring {
    /// Without the spaces at both ends.
    func trimmingPrefixSpaces() -> Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
