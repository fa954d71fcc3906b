/// The words of one agency phrase of plain text (`PlainText`), read on its UTF-8 bytes: the same
/// words, tokens and texts as `AgencyWords`, without a `String` per word or a `String`-keyed lookup.
///
/// `Sở TT&TT, UBND cấp huyện` → `Sở` `Thông tin` … `Truyền thông` `,` `Ủy` `ban` `nhân` `dân` `cấp` `huyện`.
struct PlainAgencyWords: AgencyPhrase {
    /// Where a word's canonical text is: in the phrase as written, or fixed (an expansion, a dash).
    private enum Text {
        case written(Range<Int>)
        case fixed(String)
    }

    private let bytes: [UInt8]
    /// Written tokens, as byte ranges of the phrase.
    private var tokens: [Range<Int>] = []
    private var words: [AgencyWord] = []
    private var texts: [Text] = []

    /// The words of the plain phrase `p`.
    init(_ p: UnsafeBufferPointer<UInt8>) {
        bytes = Array(p)
        words.reserveCapacity(p.count / 4)
        tokens.reserveCapacity(p.count / 4)
        texts.reserveCapacity(p.count / 4)
        var scratch: [UInt8] = []
        var start = -1
        var i = 0
        while i < p.count {
            let (v, len) = PlainText.scalar(p, at: i)
            if PlainText.classes(v) & PlainText.foldSpace != 0 {
                if start >= 0 { add(p, start..<i, &scratch) }
                start = -1
            } else if start < 0 {
                start = i
            }
            i += len
        }
        if start >= 0 { add(p, start..<p.count, &scratch) }
    }

    var count: Int { words.count }
    subscript(i: Int) -> AgencyWord { words[i] }

    func written(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        return bytes[tokens[words[a].token].lowerBound..<tokens[words[b - 1].token].upperBound]
            .withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    func canonical(_ a: Int, _ b: Int) -> String {
        var out: [UInt8] = []
        for i in a..<b {
            if !out.isEmpty && !words[i].glues && out.last != UInt8(ascii: "(") { out.append(0x20) }
            switch texts[i] {
            case .written(let r): out += bytes[r]
            case .fixed(let s): out += s.utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Tokenizing

    /// One whitespace-separated chunk: `(` marks peeled off the front, `,;:.)` off the back.
    private mutating func add(_ p: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>, _ scratch: inout [UInt8]) {
        var lo = chunk.lowerBound, hi = chunk.upperBound
        while lo < hi, p[lo] == UInt8(ascii: "(") {
            addMark(lo, AgencyVocabulary.open)
            lo += 1
        }
        while lo < hi, Self.trailingMark(p[hi - 1]) >= 0 { hi -= 1 }
        if lo < hi { addCore(p, lo..<hi, &scratch) }
        for t in hi..<chunk.upperBound { addMark(t, Self.trailingMark(p[t])) }
    }

    /// A chunk without outer punctuation: a dash, an abbreviation, or words glued by `,`/`;`/`:`.
    private mutating func addCore(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ scratch: inout [UInt8]) {
        let lo = r.lowerBound
        if (r.count == 1 && p[lo] == UInt8(ascii: "-"))
            || (r.count == 3 && p[lo] == 0xE2 && p[lo + 1] == 0x80 && (p[lo + 2] == 0x93 || p[lo + 2] == 0x94))
        {
            tokens.append(r)
            append(AgencyVocabulary.dash, isMark: true, capital: false, .fixed("-"))
            return
        }
        if expand(p, r) { return }
        var start = lo
        for i in r {
            let b = p[i]
            guard b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") else { continue }
            if start < i, !expand(p, start..<i) { addWord(p, start..<i, &scratch) }
            addMark(i, Self.trailingMark(b))
            start = i + 1
        }
        if start < r.upperBound, !expand(p, start..<r.upperBound) { addWord(p, start..<r.upperBound, &scratch) }
    }

    /// Adds the expansion of an abbreviation; false when the bytes are not one here.
    private mutating func expand(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        // Abbreviations are written in capitals; skip the lookups for ordinary words.
        let (first, len) = PlainText.scalar(p, at: r.lowerBound)
        guard PlainText.classes(first) & PlainText.upper != 0, r.count > len else { return false }
        let key = UnsafeBufferPointer(rebasing: p[r])
        var parts = PlainAbbreviations.expansion(of: key)
        if parts == nil, let prev = words.last, !prev.isMark, prev.id == AgencyVocabulary.sở || prev.id == AgencyVocabulary.bộ {
            parts = PlainAbbreviations.fieldExpansion(of: key)
        }
        guard let parts else { return false }
        tokens.append(r)
        for part in parts { append(part.id, isMark: part.isMark, capital: part.capital, .fixed(part.text)) }
        return true
    }

    private mutating func addWord(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ scratch: inout [UInt8]) {
        tokens.append(r)
        scratch.removeAll(keepingCapacity: true)
        TextFold.word(p, r, into: &scratch)
        let id = scratch.withUnsafeBufferPointer { AgencyVocabulary.id($0) }
        let capital = PlainText.classes(PlainText.scalar(p, at: r.lowerBound).value) & PlainText.upper != 0
        append(id, isMark: false, capital: capital, .written(r))
    }

    /// A one-byte mark at byte `at`.
    private mutating func addMark(_ at: Int, _ id: Int) {
        tokens.append(at..<(at + 1))
        append(id, isMark: true, capital: false, .written(at..<(at + 1)))
    }

    /// Adds a word of the last token.
    private mutating func append(_ id: Int, isMark: Bool, capital: Bool, _ text: Text) {
        words.append(AgencyWord(id: id, token: tokens.count - 1, isMark: isMark, capital: capital))
        texts.append(text)
    }

    /// The vocabulary number of a mark peeled off a chunk's end (`,;:.)`), or -1.
    @inline(__always)
    private static func trailingMark(_ b: UInt8) -> Int {
        switch b {
        case UInt8(ascii: ","): AgencyVocabulary.comma
        case UInt8(ascii: ";"): AgencyVocabulary.semicolon
        case UInt8(ascii: ":"): AgencyVocabulary.colon
        case UInt8(ascii: "."): AgencyVocabulary.period
        case UInt8(ascii: ")"): AgencyVocabulary.close
        default: -1
        }
    }
}
