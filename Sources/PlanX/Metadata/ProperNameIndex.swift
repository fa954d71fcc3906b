/// How the document itself writes words that a caps heading hides.
///
/// Built from the document's mixed-case lines, for the words of the caps texts being recased:
/// a word pair written capitalised more often than in lower case is a proper name
/// (`tỉnh Gia Lai` → `gia lai` is `Gia Lai`); a word written in capitals inside mixed-case
/// text more often than in lower case is an acronym (`CCHC`, `PAR`). Reads at most
/// `byteBudget` bytes of text, so its cost does not grow with the document. Every word of that
/// text is looked at, so the scan runs on UTF-8 bytes with the wanted words interned to ids.
struct ProperNameIndex {
    static let byteBudget = 120_000

    private var ids = ByteWordTable(capacity: 0)
    private var capsWords: [Int] = []
    private var lowerWords: [Int] = []
    private var capitalPairs: [Int: Int] = [:]
    private var lowerPairs: [Int: Int] = [:]
    /// The first written form of each wanted phrase, keyed by the phrase's lower-case words joined by spaces.
    private(set) var phraseForms: [String: String] = [:]

    init() {}

    /// - Parameters:
    ///   - texts: the document's text lines in order.
    ///   - words: lower-case words worth recording (the words of the texts to recase).
    ///   - phrases: lower-case word sequences whose written form is wanted (`["sở", "nội", "vụ"]`).
    init<S: Sequence>(texts: S, words: Set<String>, phrases: [[String]] = []) where S.Element == String {
        ids = ByteWordTable(capacity: words.count)
        for w in words { _ = ids.intern(w.utf8) }
        capsWords = Array(repeating: 0, count: ids.count)
        lowerWords = capsWords
        // A phrase with a word outside `words` can never be found: no token carries that word.
        var wanted = phrases.compactMap { p -> Phrase? in
            let pids = p.compactMap { ids.id(of: $0) }
            return p.isEmpty || pids.count < p.count ? nil : Phrase(key: p.joined(separator: " "), ids: pids)
        }
        var firsts = Set<UInt32>()
        for w in words {
            guard let c = w.first else { continue }
            for u in String(c).unicodeScalars.prefix(1) { firsts.insert(u.value) }
            for u in String(c).uppercased().unicodeScalars.prefix(1) { firsts.insert(u.value) }
        }
        var scan = Scan(firsts: firsts)
        var budget = Self.byteBudget
        for var text in texts {
            budget -= text.utf8.count
            if budget < 0 { break }
            guard text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) || text.unicodeScalars.contains(where: { $0.properties.isLowercase })
            else { continue }
            text.withUTF8 { line in
                scan.tokens.removeAll(keepingCapacity: true)
                record(line, &scan, keepTokens: !wanted.isEmpty)
                if !wanted.isEmpty { find(&wanted, in: scan.tokens, of: line) }
            }
        }
    }

    /// How the document writes `phrase` (lower-case words), or nil when it never does in mixed-case text.
    func writtenForm(of phrase: [String]) -> String? { phraseForms[phrase.joined(separator: " ")] }

    func isProperPair(_ a: String, _ b: String) -> Bool {
        guard let x = ids.id(of: a), let y = ids.id(of: b) else { return false }
        let c = capitalPairs[Self.pair(x, y), default: 0]
        return c > 0 && c > lowerPairs[Self.pair(x, y), default: 0]
    }

    func isAcronym(_ w: String) -> Bool {
        guard let x = ids.id(of: w) else { return false }
        return capsWords[x] > 0 && capsWords[x] > lowerWords[x]
    }

    /// The word without surrounding punctuation: `(PAR` → `PAR`.
    static func core<S: StringProtocol>(_ raw: S) -> Substring {
        var t = Substring(raw)
        while let f = t.first, !f.isLetter && !f.isNumber { t = t.dropFirst() }
        while let l = t.last, !l.isLetter && !l.isNumber { t = t.dropLast() }
        return t
    }

    // MARK: - Private helpers

    private struct Phrase {
        let key: String
        let ids: [Int]
    }

    /// A written word of the current line: its core's byte range and the id of its lower case (or -1).
    private struct Token {
        let start: Int, end: Int, id: Int
    }

    /// A spelling's core (byte offsets in it), the id of its lower case (or -1) and its shape bits
    /// (1 capital, 2 caps, 4 lower).
    private struct WrittenWord {
        let coreStart: Int32, coreEnd: Int32, id: Int32, shape: UInt8
    }

    /// Scratch state reused across lines.
    private struct Scan {
        var asciiFirsts = [Bool](repeating: false, count: 128)
        let firsts: Set<UInt32>
        var tokens: [Token] = []
        var lower: [UInt8] = []
        /// Spellings met so far and what each means (same index).
        var spellings = ByteWordTable(capacity: 1024)
        var meanings: [WrittenWord] = []

        init(firsts: Set<UInt32>) {
            self.firsts = firsts
            for u in firsts where u < 128 { asciiFirsts[Int(u)] = true }
        }
    }

    private static func pair(_ a: Int, _ b: Int) -> Int { a << 32 | b }

    private mutating func record(_ line: UnsafeBufferPointer<UInt8>, _ scan: inout Scan, keepTokens: Bool) {
        var previous: (id: Int, capital: Bool, lower: Bool)? = nil
        let ids = self.ids  // read once: a method call on `self` in the loop would copy the whole index
        var start = 0
        while let end = SpaceSplitter.pieceEnd(line, from: start) {
            defer { start = end + 1 }
            guard start < end else { continue }
            // Most words are turned away on their first byte, before any lookup.
            let b0 = line[start]
            if Self.isASCIIAlnum(b0), !scan.asciiFirsts[Int(b0)] {
                previous = nil
                if keepTokens { scan.tokens.append(Token(start: start, end: end, id: -1)) }
                continue
            }
            let w = Self.word(UnsafeBufferPointer(rebasing: line[start..<end]), &scan, ids)
            let id = Int(w.id)
            if keepTokens { scan.tokens.append(Token(start: start + Int(w.coreStart), end: start + Int(w.coreEnd), id: id)) }
            guard id >= 0 else { previous = nil; continue }
            let capital = w.shape & 1 != 0, caps = w.shape & 2 != 0, lower = w.shape & 4 != 0
            if caps { capsWords[id] += 1 }
            if lower { lowerWords[id] += 1 }
            if let p = previous {
                if p.capital && capital { capitalPairs[Self.pair(p.id, id), default: 0] += 1 }
                if p.lower && lower { lowerPairs[Self.pair(p.id, id), default: 0] += 1 }
            }
            previous = (id, capital, lower)
            switch line[end - 1] {
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"): previous = nil
            default: break
            }
        }
    }

    /// What one written word means here, worked out once per spelling: documents repeat their words.
    private static func word(_ raw: UnsafeBufferPointer<UInt8>, _ scan: inout Scan, _ ids: ByteWordTable) -> WrittenWord {
        if let k = scan.spellings.id(of: raw) { return scan.meanings[k] }
        _ = scan.spellings.intern(raw)
        var lower: [UInt8] = []
        swap(&lower, &scan.lower)  // the scratch buffer is lent out, not copied
        let meaning = meaning(raw, scan, ids: ids, lower: &lower)
        swap(&lower, &scan.lower)
        scan.meanings.append(meaning)
        return meaning
    }

    private static func meaning(_ raw: UnsafeBufferPointer<UInt8>, _ scan: Scan, ids: ByteWordTable, lower: inout [UInt8]) -> WrittenWord {
        // Words whose first letter starts no wanted word are skipped before any case mapping.
        guard wantedFirst(raw, 0, raw.count, scan) else { return WrittenWord(coreStart: 0, coreEnd: Int32(raw.count), id: -1, shape: 0) }
        let (cs, ce) = core(raw, 0, raw.count)
        var id = -1
        let piece = UnsafeBufferPointer(rebasing: raw[cs..<ce])
        if cs < ce {
            if VietnameseCase.isLowercased(piece) {
                id = ids.id(of: piece) ?? -1
            } else if VietnameseCase.lowercase(piece, into: &lower) {
                id = lower.withUnsafeBufferPointer { ids.id(of: $0) } ?? -1
            } else {
                id = ids.id(of: String(decoding: piece, as: UTF8.self).lowercased()) ?? -1
            }
        }
        var bits: UInt8 = 0
        if id >= 0 {
            let s = shape(piece)
            bits = (s.capital ? 1 : 0) | (s.caps ? 2 : 0) | (s.lower ? 4 : 0)
        }
        return WrittenWord(coreStart: Int32(cs), coreEnd: Int32(ce), id: Int32(id), shape: bits)
    }

    private mutating func find(_ wanted: inout [Phrase], in tokens: [Token], of line: UnsafeBufferPointer<UInt8>) {
        wanted.removeAll { phrase in
            let n = phrase.ids.count
            guard tokens.count >= n else { return false }
            for i in 0...(tokens.count - n) {
                var k = 0
                while k < n, tokens[i + k].id == phrase.ids[k] { k += 1 }
                if k == n {
                    phraseForms[phrase.key] = tokens[i..<i + k]
                        .map { String(decoding: UnsafeBufferPointer(rebasing: line[$0.start..<$0.end]), as: UTF8.self) }
                        .joined(separator: " ")
                    return true
                }
            }
            return false
        }
    }

    private static func isASCIIAlnum(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || ((b | 0x20) >= 97 && (b | 0x20) <= 122) }

    /// Whether the word's first letter or digit can start a wanted word.
    private static func wantedFirst(_ line: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ scan: Scan) -> Bool {
        let b = line[start]
        if isASCIIAlnum(b) { return scan.asciiFirsts[Int(b)] }
        if b >= 0x80 {
            let v = VietnameseCase.scalar(line, at: start).value
            if VietnameseCase.isLetter(v) { return scan.firsts.contains(v) }
        }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self)
        guard let f = raw.unicodeScalars.first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return false }
        return f.value < 128 ? scan.asciiFirsts[Int(f.value)] : scan.firsts.contains(f.value)
    }

    /// The core's byte range: ASCII punctuation is peeled on bytes when a known letter or digit is
    /// left at both ends (nearly every word); anything else takes `core(_:)` on characters.
    private static func core(_ line: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var s = start, e = end
        while s < e, line[s] < 0x80, !isASCIIAlnum(line[s]) { s += 1 }
        while e > s, line[e - 1] < 0x80, !isASCIIAlnum(line[e - 1]) { e -= 1 }
        if s < e, isLetterOrDigit(VietnameseCase.scalar(line, at: s).value), isLetterOrDigit(lastScalar(line, s, e)) { return (s, e) }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self)
        let c = core(raw)
        let u = raw.utf8
        return (start + u.distance(from: u.startIndex, to: c.startIndex), start + u.distance(from: u.startIndex, to: c.endIndex))
    }

    private static func isLetterOrDigit(_ v: UInt32) -> Bool { v < 0x80 ? isASCIIAlnum(UInt8(v)) : VietnameseCase.isLetter(v) }

    private static func lastScalar(_ line: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt32 {
        var i = e - 1
        while i > s, line[i] & 0xC0 == 0x80 { i -= 1 }
        return VietnameseCase.scalar(line, at: i).value
    }

    /// capital: `Gia` (upper then lower); caps: `CCHC` (two or more capitals, no lower); lower: `gia`.
    static func shape(_ w: UnsafeBufferPointer<UInt8>) -> (capital: Bool, caps: Bool, lower: Bool) {
        var upper = 0, lowerCount = 0, firstUpper = false, i = 0
        while i < w.count {
            let (v, n) = VietnameseCase.scalar(w, at: i)
            let c = VietnameseCase.caseOf(v)
            if c.upper { upper += 1; if i == 0 { firstUpper = true } }
            if c.lower { lowerCount += 1 }
            i += n
        }
        return (firstUpper && upper == 1 && lowerCount > 0, upper >= 2 && lowerCount == 0, upper == 0 && lowerCount > 0)
    }
}
