/// How the document itself writes words that a caps heading hides.
///
/// Built from the document's mixed-case lines, for the words of the caps texts being recased:
/// a word pair written capitalised more often than in lower case is a proper name
/// (`tỉnh Gia Lai` → `gia lai` is `Gia Lai`); a word written in capitals inside mixed-case
/// text more often than in lower case is an acronym (`CCHC`, `PAR`). Reads at most
/// `byteBudget` bytes of text, so its cost does not grow with the document.
struct ProperNameIndex {
    static let byteBudget = 120_000

    private(set) var capitalPairs: [String: Int] = [:]
    private(set) var lowerPairs: [String: Int] = [:]
    private(set) var capsWords: [String: Int] = [:]
    private(set) var lowerWords: [String: Int] = [:]

    init() {}

    /// - Parameters:
    ///   - texts: the document's text lines in order.
    ///   - words: lower-case words worth recording (the words of the texts to recase).
    ///   - phrases: lower-case word sequences whose written form is wanted (`["sở", "nội", "vụ"]`).
    init<S: Sequence>(texts: S, words: Set<String>, phrases: [[String]] = []) where S.Element == String {
        var budget = Self.byteBudget
        var wanted = phrases.filter { !$0.isEmpty }
        var firsts = Set<Unicode.Scalar>()
        for w in words {
            guard let c = w.first else { continue }
            for u in String(c).unicodeScalars.prefix(1) { firsts.insert(u) }
            for u in String(c).uppercased().unicodeScalars.prefix(1) { firsts.insert(u) }
        }
        // The same test for ASCII first letters without hashing (most words start with one).
        var asciiFirsts = [Bool](repeating: false, count: 128)
        for u in firsts where u.value < 128 { asciiFirsts[Int(u.value)] = true }
        var seen: [RawWord: (start: Int, end: Int, lower: String?)] = [:]
        for text in texts {
            budget -= text.utf8.count
            if budget < 0 { break }
            guard text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) || text.unicodeScalars.contains(where: { $0.properties.isLowercase })
            else { continue }
            var previous: (word: String, capital: Bool, lower: Bool)? = nil
            var tokens: [(core: Substring, lower: String?)] = []
            defer { if !wanted.isEmpty { find(&wanted, in: tokens) } }
            for raw in SpaceSplitter.split(text) {
                // Words whose first letter starts no wanted word are skipped before any case mapping.
                let wantedFirst: Bool
                if let b = raw.utf8.first, Self.isASCIIAlnum(b) {
                    wantedFirst = asciiFirsts[Int(b)]
                } else if let f = raw.unicodeScalars.first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
                    wantedFirst = f.value < 128 ? asciiFirsts[Int(f.value)] : firsts.contains(f)
                } else {
                    wantedFirst = false
                }
                guard wantedFirst else { previous = nil; tokens.append((raw, nil)); continue }
                // Documents repeat their words: the core and its lower case are looked up once per spelling.
                let key = RawWord(raw)
                let core: Substring, found: String?
                if let hit = seen[key] {
                    let u = raw.utf8
                    core = raw[u.index(u.startIndex, offsetBy: hit.start)..<u.index(u.startIndex, offsetBy: hit.end)]
                    found = hit.lower
                } else {
                    core = Self.core(raw)
                    let lower = core.isEmpty ? "" : VietnameseCase.lowercased(core)
                    found = !core.isEmpty && words.contains(lower) ? lower : nil
                    let u = raw.utf8
                    seen[key] = (u.distance(from: u.startIndex, to: core.startIndex), u.distance(from: u.startIndex, to: core.endIndex), found)
                }
                guard let lower = found else { previous = nil; tokens.append((core, nil)); continue }
                tokens.append((core, lower))
                let shape = Self.shape(core)
                if shape.caps { capsWords[lower, default: 0] += 1 }
                if shape.lower { lowerWords[lower, default: 0] += 1 }
                if let p = previous {
                    let key = p.word + " " + lower
                    if p.capital && shape.capital { capitalPairs[key, default: 0] += 1 }
                    if p.lower && shape.lower { lowerPairs[key, default: 0] += 1 }
                }
                previous = (lower, shape.capital, shape.lower)
                if raw.last == "," || raw.last == "." || raw.last == ";" || raw.last == ":" || raw.last == ")" { previous = nil }
            }
        }
    }

    /// The first written form of each wanted phrase, keyed by the phrase's lower-case words joined by spaces.
    private(set) var phraseForms: [String: String] = [:]

    /// How the document writes `phrase` (lower-case words), or nil when it never does in mixed-case text.
    func writtenForm(of phrase: [String]) -> String? { phraseForms[phrase.joined(separator: " ")] }

    private mutating func find(_ wanted: inout [[String]], in tokens: [(core: Substring, lower: String?)]) {
        wanted.removeAll { phrase in
            guard tokens.count >= phrase.count else { return false }
            for i in 0...(tokens.count - phrase.count) {
                var k = 0
                while k < phrase.count, tokens[i + k].lower == phrase[k] { k += 1 }
                if k == phrase.count {
                    phraseForms[phrase.joined(separator: " ")] = tokens[i..<i + k].map { String($0.core) }.joined(separator: " ")
                    return true
                }
            }
            return false
        }
    }

    func isProperPair(_ a: String, _ b: String) -> Bool {
        let key = a + " " + b
        let c = capitalPairs[key, default: 0]
        return c > 0 && c > lowerPairs[key, default: 0]
    }

    func isAcronym(_ w: String) -> Bool {
        let c = capsWords[w, default: 0]
        return c > 0 && c > lowerWords[w, default: 0]
    }

    private static func isASCIIAlnum(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || ((b | 0x20) >= 97 && (b | 0x20) <= 122) }

    /// The last scalar is an ASCII letter or digit or a precomposed Vietnamese letter (`vụ`).
    private static func endsWithLetter(_ t: Substring) -> Bool {
        let u = t.utf8
        guard let l = u.last else { return false }
        if l < 0x80 { return isASCIIAlnum(l) }
        let s = t.unicodeScalars
        return VietnameseCase.isLetter(s[s.index(before: s.endIndex)].value)
    }

    /// The word without surrounding punctuation: `(PAR` → `PAR`.
    static func core<S: StringProtocol>(_ raw: S) -> Substring {
        var t = Substring(raw)
        // Already bare when it starts and ends with an ASCII letter or digit (most words).
        if let f = t.utf8.first, isASCIIAlnum(f), endsWithLetter(t) { return t }
        while let f = t.first, !f.isLetter && !f.isNumber { t = t.dropFirst() }
        while let l = t.last, !l.isLetter && !l.isNumber { t = t.dropLast() }
        return t
    }

    /// capital: `Gia` (upper then lower); caps: `CCHC` (two or more capitals, no lower); lower: `gia`.
    static func shape(_ w: Substring) -> (capital: Bool, caps: Bool, lower: Bool) {
        var upper = 0, lowerCount = 0, first = true, firstUpper = false
        for u in w.unicodeScalars {
            let p = u.properties
            if p.isUppercase { upper += 1; if first { firstUpper = true } }
            if p.isLowercase { lowerCount += 1 }
            first = false
        }
        return (firstUpper && upper == 1 && lowerCount > 0, upper >= 2 && lowerCount == 0, upper == 0 && lowerCount > 0)
    }
}

/// A written word compared and hashed by its bytes (canonically equal spellings stay apart, so a
/// memoised core's byte offsets always fit the word they are applied to).
private struct RawWord: Hashable {
    let text: Substring
    init(_ text: Substring) { self.text = text }
    static func == (a: RawWord, b: RawWord) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
