/// Finds runs of lines a scraper copied twice and marks the second copy `repeated_block`.
///
/// Every body text block is hashed once; a block whose text was seen before starts a
/// candidate run that is extended while both copies agree. A run counts only with at least
/// three non-trivial lines and one long line, so a repeated short heading (`a) Mục tiêu`)
/// or a repeated cell sequence (`Kế hoạch` / `Sở Nội vụ` / `Quý I/2022`) is not a repeat;
/// nor is a run of bullet items only (`- Đơn vị chủ trì: …` written again in each section).
/// Linear in the document: a run once accepted is skipped, and failed runs stop early.
enum RepeatFinder {
    static let minimumLines = 3
    static let trivialBytes = 12
    static let longBytes = 80
    static let shortRunLimit = 32

    static func mark(_ blocks: inout [SourceBlock]) -> [Diagnostic] {
        // One fingerprint per block; nil for blocks that break runs (not body text).
        let prints: [UInt64?] = blocks.map { $0.role == .body && $0.kind == .text ? fingerprint($0.text) : nil }
        func same(_ a: Int, _ b: Int) -> Bool {
            guard let x = prints[a], let y = prints[b], x == y else { return false }
            return blocks[a].text == blocks[b].text
        }
        var firstSeen: [UInt64: Int] = [:]
        var diagnostics: [Diagnostic] = []
        var k = 0
        while k < blocks.count {
            guard let key = prints[k] else { k += 1; continue }
            guard let j = firstSeen[key] else { firstSeen[key] = k; k += 1; continue }
            var n = 0, nonTrivial = 0, long = false, unbulleted = false
            while k + n < blocks.count, j + n < k, same(k + n, j + n) {
                let bytes = blocks[k + n].text.utf8.count
                if bytes >= trivialBytes && RegionText.hasLetter(blocks[k + n].text) { nonTrivial += 1 }
                if bytes >= longBytes { long = true }
                if !isBulletItem(blocks[k + n].text) { unbulleted = true }
                n += 1
                // Many identical short lines (cells of a table read as text) never make a repeat;
                // stopping here keeps the scan linear for them.
                if n >= shortRunLimit && !long { break }
            }
            guard nonTrivial >= minimumLines && long && unbulleted else { k += 1; continue }
            for m in 0..<n { blocks[k + m].role = .repeated }
            diagnostics.append(.repeatedBlock(
                line: blocks[k].line, endLine: blocks[k + n - 1].endLine,
                firstLine: blocks[j].line, firstEndLine: blocks[j + n - 1].endLine))
            k += n
        }
        return diagnostics
    }

    /// `ByteHash` of the UTF-8 bytes: the text is already NFC, so bytes decide
    /// equality and `String`'s normalising hash is not needed (equal prints are checked on the text).
    static func fingerprint(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { ByteHash.hash($0) }
    }

    /// `- Đơn vị chủ trì: …`: parallel sections of a plan repeat such items word for word,
    /// so a run made only of bullet items is the document's own wording, not a scraper's copy.
    static func isBulletItem(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "-+•–*·".unicodeScalars.contains(first)
    }

    static func isNonTrivial(_ text: String) -> Bool {
        text.utf8.count >= trivialBytes && RegionText.hasLetter(text)
    }
}
