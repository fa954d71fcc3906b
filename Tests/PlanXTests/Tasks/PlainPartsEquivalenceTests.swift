import Testing
@testable import PlanX

/// The byte-level building blocks give what their `String` twins give, called directly on the same
/// plain text (no forcing needed): `PlainCell.clean`/`contains`, `TextFold.word`, `AgencyVocabulary.id`,
/// `PlainAgencyWords` (with `PlainAbbreviations`) against `AgencyWords`, and `AgencyScanner` over both.
@Suite("Plain building blocks equal their String twins")
struct PlainPartsEquivalenceTests {
    typealias C = PlainCorpusCells
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func withBytes<R>(_ s: String, _ body: (Bytes) -> R) -> R {
        var s = s
        return s.withUTF8(body)
    }

    /// `PlainCell.clean` of every piece against `CellSplitter.clean` (always `Character` code), and
    /// `PlainCell.contains` against `Character.isLetter`/`isNumber`.
    @Test func piecesCleanTheSame() {
        var failures: [String] = []
        var pieces = 0
        for x in C.inputs {
            Self.withBytes(x) { p in
                for r in PlainCell.split(p, 0..<p.count).pieces {
                    pieces += 1
                    let piece = PlainCell.string(p, r)
                    let bytes = PlainCell.string(p, PlainCell.clean(p, r))
                    let strings = CellSplitter.clean(Substring(piece))
                    if !bytes.utf8.elementsEqual(strings.utf8), failures.count < 5 {
                        failures.append("clean \"\(C.shown(piece))\": \(bytes) ≠ \(strings)")
                    }
                    let hasWord = PlainCell.contains(p, r, PlainText.letter | PlainText.number)
                    if hasWord != piece.contains(where: { $0.isLetter || $0.isNumber }), failures.count < 5 {
                        failures.append("contains \"\(C.shown(piece))\"")
                    }
                    if PlainCell.contains(p, r, PlainText.letter) != piece.contains(where: \.isLetter), failures.count < 5 {
                        failures.append("contains letter \"\(C.shown(piece))\"")
                    }
                }
            }
        }
        #expect(pieces > C.inputs.count)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// `TextFold.word` on bytes against `TextFold.word` on a `Substring`, for every word of every
    /// input, and the vocabulary number of the folded word looked up both ways.
    @Test func wordsFoldAndNumberTheSame() {
        var failures: [String] = []
        var known = 0
        for x in C.inputs {
            let words = x.unicodeScalars.split(whereSeparator: TextFold.isSpace).map { Substring($0) }
            for word in words {
                let strings = TextFold.word(word)
                var folded: [UInt8] = []
                Self.withBytes(String(word)) { TextFold.word($0, 0..<$0.count, into: &folded) }
                if !strings.utf8.elementsEqual(folded), failures.count < 5 {
                    failures.append("fold \"\(C.shown(String(word)))\": \(String(decoding: folded, as: UTF8.self)) ≠ \(strings)")
                }
                let byID = folded.withUnsafeBufferPointer { AgencyVocabulary.id($0) }
                if byID >= 0 { known += 1 }
                if byID != AgencyVocabulary.id(strings), failures.count < 5 {
                    failures.append("id \"\(strings)\": \(byID) ≠ \(AgencyVocabulary.id(strings))")
                }
            }
        }
        #expect(known > 1000)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The two `AgencyPhrase` builders on one text: the same words (number, token, mark, capital),
    /// the same written and canonical text of every run of up to three words and of the whole, the
    /// same `startsBody` answers, and the same bodies from `AgencyScanner`.
    static func phraseDifference(_ text: String) -> String? {
        let s = AgencyWords(text)
        guard let b = PlainText.withPlainBytes(text, { PlainAgencyWords($0) }) else { return "not plain" }
        guard s.count == b.count else { return "word count \(b.count) ≠ \(s.count)" }
        for k in 0..<s.count {
            let x = b[k], y = s[k]
            guard x.id == y.id, x.token == y.token, x.isMark == y.isMark, x.capital == y.capital else {
                return "word \(k): \(x) ≠ \(y)"
            }
            for after in [false, true] {
                let p = AgencyScanner<PlainAgencyWords>.startsBody(b, at: k, afterGroup: after)
                guard p == AgencyScanner<AgencyWords>.startsBody(s, at: k, afterGroup: after) else { return "startsBody \(k) \(after)" }
            }
            for end in (k + 1)...min(s.count, k + 3) {
                guard b.written(k, end).utf8.elementsEqual(s.written(k, end).utf8) else { return "written \(k)..<\(end)" }
                guard b.canonical(k, end).utf8.elementsEqual(s.canonical(k, end).utf8) else {
                    return "canonical \(k)..<\(end): \(b.canonical(k, end)) ≠ \(s.canonical(k, end))"
                }
            }
        }
        guard b.written(0, b.count).utf8.elementsEqual(s.written(0, s.count).utf8),
            b.canonical(0, b.count).utf8.elementsEqual(s.canonical(0, s.count).utf8)
        else { return "whole phrase" }
        let p = AgencyScanner<PlainAgencyWords>.scan(b), q = AgencyScanner<AgencyWords>.scan(s)
        guard PlainPathEquivalenceTests.identical(p, q) else { return "bodies \(p) ≠ \(q)" }
        return nil
    }

    @Test func agencyPhrasesReadTheSameWordsAndBodies() {
        var failures: [String] = []
        var items = 0
        // The cells as written, short ones also upper-cased (the other variations are read by
        // `PlainPathEquivalenceTests`).
        for x in C.cells.flatMap({ $0.utf8.count <= C.shortCell ? [$0, $0.uppercased()] : [$0] }) {
            for item in CellSplitter.items(of: x) where C.isPlain(item) {
                items += 1
                if let d = Self.phraseDifference(item), failures.count < 5 { failures.append("\"\(C.shown(item))\": \(d)") }
            }
        }
        #expect(items > C.cells.count)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Every abbreviation of the directory, alone, after `Sở`/`Bộ` (where field abbreviations
    /// apply), in a list and with a glued comma: `PlainAbbreviations` expands it as `AgencyWords` does.
    @Test func abbreviationsExpandTheSame() {
        let keys = Array(AgencyDirectory.abbreviations.keys) + Array(AgencyDirectory.fieldAbbreviations.keys)
        var failures: [String] = []
        var expanded = 0
        for key in keys.sorted() where C.isPlain(key) {
            for text in [key, "Sở \(key)", "Bộ \(key)", "UBND tỉnh, Sở \(key) và \(key)", "\(key), Sở Nội vụ", "(\(key))"] {
                if let d = Self.phraseDifference(text), failures.count < 5 { failures.append("\"\(text)\": \(d)") }
            }
            let inList = Self.withBytes("Sở " + key) { PlainAgencyWords($0) }
            if inList.count > 2 { expanded += 1 }
        }
        #expect(keys.count > 10)
        #expect(expanded > 10)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
