import Foundation

/// Finds the abbreviations a document defines in parentheses, in one line of text.
///
/// Two shapes:
/// - a definition phrase: `cải cách hành chính (sau đây viết tắt là CCHC)`, `(sau đây gọi tắt là …)`,
///   `(gọi tắt là …)`, `(viết tắt là …)`, `(viết gọn là Đề án 06)`, `(sau đây gọi là …)`. The long form is
///   the words before `(` whose initials spell the short form; else, when the short form repeats a head
///   noun written earlier in the line (`Chỉ số CCHC (gọi tắt là Chỉ số PAR INDEX)`, `Đề án phát triển …
///   (viết gọn là Đề án 06)`), the text from that head noun; else the words back to the last clause mark
///   or linking word (at most eight).
/// - a bare short form whose letters are the initials of the words right before it:
///   `Ủy ban nhân dân (UBND)`, `văn bản quy phạm pháp luật (QPPL)`. A parenthesis that does not spell
///   its words (`(PAR Index)`, `(PAPI)`, `(AI)`) is not taken.
///
/// Each short form is kept once, at its first definition (the caller keeps `seen`).
enum AbbreviationFinder {
    private static let phrases: [[UInt8]] = {
        let base = ["sau đây viết tắt là", "sau đây gọi tắt là", "sau đây viết gọn là", "sau đây gọi là",
                    "gọi tắt là", "viết tắt là", "viết gọn là"]
        return (base + base.map { $0.prefix(1).uppercased() + $0.dropFirst() }).map { Array($0.utf8) }
    }()
    /// Words that end a noun phrase when reading back from `(`.
    private static let linkWords: Set<String> = [
        "của", "theo", "về", "và", "tại", "với", "cho", "là", "các", "những", "trong", "trên", "để", "thực",
        "hiện", "đối", "nhằm",
    ]
    private static let maxHeadWords = 50

    /// Appends the abbreviations defined in `text` that are not in `seen` yet.
    static func scan(_ text: String, line: Int, seen: inout Set<String>, into out: inout [Abbreviation]) {
        ReferenceBytes.withBytes(text) { scan($0, line: line, seen: &seen, into: &out) }
    }

    /// Appends the abbreviations defined in the UTF-8 bytes of one line that are not in `seen` yet.
    static func scan(_ s: ReferenceBytes.Bytes, line: Int, seen: inout Set<String>, into out: inout [Abbreviation]) {
        var next = ReferenceBytes.find(0x28, in: s)
        while let i = next {
            next = ReferenceBytes.find(0x28, in: s, from: i + 1)
            var close = i + 1
            while close < s.count, s[close] != 0x29, s[close] != 0x28 { close += 1 }
            guard close < s.count, s[close] == 0x29 else { continue }
            if let found = definition(open: i, close: close, line: line, seen: seen, in: s) {
                seen.insert(found.short)
                out.append(found)
            }
        }
    }

    /// The abbreviation defined by the parentheses `open`…`close`, unless its short form is in `seen`.
    private static func definition(open: Int, close: Int, line: Int, seen: Set<String>,
                                   in s: ReferenceBytes.Bytes) -> Abbreviation? {
        let innerStart = ReferenceBytes.skipSpaces(open + 1, in: s)
        if let phrase = phrases.first(where: { ReferenceBytes.hasWord($0, at: innerStart, in: s) }) {
            let short = cleanShort(ReferenceBytes.string(s, (innerStart + phrase.count)..<close))
            guard !short.isEmpty, !seen.contains(short), short.split(separator: " ").count <= 8 else { return nil }
            guard let long = longForm(of: short, before: open, in: s), long != short else { return nil }
            return Abbreviation(short: short, long: long, line: line)
        }
        var innerEnd = close
        while innerEnd > innerStart, ReferenceBytes.isSpace(s[innerEnd - 1]) { innerEnd -= 1 }
        guard looksLikeAcronym(innerStart..<innerEnd, in: s) else { return nil }
        let inner = ReferenceBytes.string(s, innerStart..<innerEnd)
        guard !seen.contains(inner), let letters = Initials.shortLetters(inner) else { return nil }
        // Each word gives one letter, or none when skipped (`và`, `của`, `-`).
        let words = Initials.words(before: open, in: s, limit: letters.count + 4)
        guard let first = Initials.match(letters, words: words) else { return nil }
        return Abbreviation(short: inner, long: text(words, from: first, to: open, in: s), line: line)
    }

    /// Cheap byte test before any string is built: one token, 2–40 bytes, two or more capitals.
    private static func looksLikeAcronym(_ r: Range<Int>, in s: ReferenceBytes.Bytes) -> Bool {
        guard (2...40).contains(r.count) else { return false }
        var capitals = 0
        for k in r {
            let b = s[k]
            if ReferenceBytes.isSpace(b) { return false }
            if b &- 0x41 < 26 || (b == 0xC4 && k + 1 < s.count && s[k + 1] == 0x90) { capitals += 1 }
        }
        return capitals >= 2
    }

    private static func longForm(of short: String, before open: Int, in s: ReferenceBytes.Bytes) -> String? {
        let words = Initials.words(before: open, in: s, limit: maxHeadWords)
        if let letters = Initials.shortLetters(short), let first = Initials.match(letters, words: words) {
            return text(words, from: first, to: open, in: s)
        }
        let shortWords = short.split(separator: " ")
        if shortWords.count >= 2 {
            let head = shortWords.prefix(shortWords.count >= 3 ? 2 : 1).map(String.init)
            let lowered = head.map { $0.lowercased() }
            var w = words.count - head.count
            while w >= 0 {
                let candidate = words[w..<(w + head.count)].map(\.text)
                if candidate == head || candidate.map({ $0.lowercased() }) == lowered {
                    // The head noun itself must not be what ends right before `(`.
                    if w + head.count < words.count { return text(words, from: w, to: open, in: s) }
                    break
                }
                w -= 1
            }
        }
        var first = words.count
        while first > 0, words.count - first < 8 {
            let word = words[first - 1]
            if linkWords.contains(word.text) || ReferenceBytes.string(s, word.range).hasSuffix(",") { break }
            first -= 1
        }
        return first < words.count ? text(words, from: first, to: open, in: s) : nil
    }

    private static func text(_ words: [Initials.Word], from first: Int, to open: Int, in s: ReferenceBytes.Bytes) -> String {
        let raw = ReferenceBytes.string(s, words[first].range.lowerBound..<open)
        return raw.trimmingCharacters(in: CharacterSet(charactersIn: " ,“”\"'"))
    }

    /// `“CCHC”.` → `CCHC`.
    private static func cleanShort(_ raw: String) -> String {
        raw.trimmingCharacters(in: CharacterSet(charactersIn: " ,;.:“”\"'"))
    }
}
