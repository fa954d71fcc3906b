/// Finds runs of lines a scraper copied twice and marks the second copy `repeated_block`.
///
/// Every body text block is hashed once; a block whose text was seen before starts a
/// candidate run that is extended while both copies agree. A run counts only with at least
/// three non-trivial lines and one long line, so a repeated short heading (`a) Mục tiêu`)
/// or a repeated cell sequence (`Kế hoạch` / `Sở Nội vụ` / `Quý I/2022`) is not a repeat.
/// Linear in the document: a run once accepted is skipped, and failed runs stop early.
enum RepeatFinder {
    static let minimumLines = 3
    static let trivialBytes = 12
    static let longBytes = 80

    static func mark(_ blocks: inout [SourceBlock]) -> [Diagnostic] {
        // Positions of body text blocks; other blocks break runs.
        var seq: [Int] = []
        seq.reserveCapacity(blocks.count)
        var breaks: [Bool] = []
        for i in blocks.indices {
            let b = blocks[i]
            seq.append(i)
            breaks.append(!(b.role == .body && b.kind == .text))
        }
        var firstSeen: [UInt64: Int] = [:]
        var diagnostics: [Diagnostic] = []
        var k = 0
        while k < seq.count {
            if breaks[k] { k += 1; continue }
            let text = blocks[seq[k]].text
            let key = fingerprint(text)
            if let j = firstSeen[key], blocks[seq[j]].text == text {
                var n = 0, nonTrivial = 0, long = false
                while k + n < seq.count, j + n < k, !breaks[k + n], !breaks[j + n],
                      blocks[seq[k + n]].text == blocks[seq[j + n]].text {
                    let t = blocks[seq[k + n]].text
                    if isNonTrivial(t) { nonTrivial += 1 }
                    if t.utf8.count >= longBytes { long = true }
                    n += 1
                }
                if nonTrivial >= minimumLines && long {
                    for m in 0..<n { blocks[seq[k + m]].role = .repeated }
                    let first = blocks[seq[j]], firstEnd = blocks[seq[j + n - 1]]
                    diagnostics.append(.repeatedBlock(
                        line: blocks[seq[k]].line, endLine: blocks[seq[k + n - 1]].endLine,
                        firstLine: first.line, firstEndLine: firstEnd.endLine))
                    k += n
                    continue
                }
            } else if firstSeen[key] == nil {
                firstSeen[key] = k
            }
            k += 1
        }
        return diagnostics
    }

    /// FNV-1a over the UTF-8 bytes: the text is already NFC, so bytes decide equality and
    /// `String`'s normalising hash is not needed.
    static func fingerprint(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    static func isNonTrivial(_ text: String) -> Bool {
        text.utf8.count >= trivialBytes && LineShape.hasLetter(text)
    }
}
