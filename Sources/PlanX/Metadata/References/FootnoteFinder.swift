/// Collects footnote texts and checks the body's footnote markers against them.
///
/// Footnote texts are the blocks the Regions stage marked `.footnote`; each begins with its marker:
/// `1 Nghị quyết …`, `[1] Năm 2023 …`, `1. …`, `1) …`, `(1) …`, `¹ …`, or glued `1Nghị định …`.
/// A footnote block without a marker continues the previous footnote (joined with `\n`).
///
/// Body markers are `[n]` glued to the text before it (`Trung ương[1]`, `NĐ-CP[1]`; `- [0]` with a
/// space is a count, not a marker), superscript digits (`Chính phủ²`) and digits glued to the end of a
/// word (`Chính phủ5`, `tỉnh4,`). A `[n]` or superscript with no text gives `references.footnote-missing`. Glued digits are ambiguous (`PAPI2`, `Ipv6`
/// may be names), so they are checked only when the document carries footnote texts numbered the same
/// bare way (`1 Năm 2020 …`); without such texts they are ignored.
struct FootnoteFinder {
    private(set) var footnotes: [Footnote] = []
    /// `[n]` and superscript markers: unambiguous, always checked. `shown` is the marker as written.
    private var plainMarkers: [(marker: String, shown: String, line: Int)] = []
    private var gluedMarkers: [(marker: String, line: Int)] = []
    /// Whether some footnote text starts with a bare number (`1 Năm 2020 …`), the style whose body
    /// markers are glued digits; `[1] …` texts go with `[1]` markers.
    private var hasBareTexts = false

    /// Takes the text of a `.footnote` block.
    mutating func addFootnote(_ text: String, line: Int) {
        if let (marker, rest) = Self.split(text) {
            footnotes.append(Footnote(marker: marker, text: rest, line: line))
            if text.first != "[" && text.first != "(" { hasBareTexts = true }
        } else if !footnotes.isEmpty {
            footnotes[footnotes.count - 1].text += "\n" + text
        } else if !text.isEmpty {
            footnotes.append(Footnote(marker: "", text: text, line: line))
        }
    }

    /// Records the footnote markers written in a body line. Add the footnote texts first: glued digits
    /// are looked for only when some text has a bare number.
    mutating func scanBody(_ text: String, line: Int) {
        ReferenceBytes.withBytes(text) { scanBody($0, line: line) }
    }

    /// Records the footnote markers written in the UTF-8 bytes of a body line.
    mutating func scanBody(_ s: ReferenceBytes.Bytes, line: Int) {
        var next = ReferenceBytes.find(0x5B, in: s)
        while let i = next {
            next = ReferenceBytes.find(0x5B, in: s, from: i + 1)
            guard i > 0, !ReferenceBytes.isSpace(s[i - 1]) else { continue }
            var j = i + 1
            while j < s.count, j - i <= 3, ReferenceBytes.isDigit(s[j]) { j += 1 }
            if j > i + 1, j < s.count, s[j] == 0x5D {
                let marker = ReferenceBytes.string(s, (i + 1)..<j)
                plainMarkers.append((marker, "[\(marker)]", line))
            }
        }
        // Superscript digits glued to a word: `Chính phủ²`, `tỉnh¹⁰`.
        for lead in [UInt8(0xC2), 0xE2] {
            var at = ReferenceBytes.find(lead, in: s)
            while let i = at {
                var j = i
                var marker = ""
                while let (digit, length) = Self.superscriptDigit(at: j, in: s) { marker.append(digit); j += length }
                at = ReferenceBytes.find(lead, in: s, from: max(j, i + 1))
                // Written after a ⁰…⁹ of the other lead byte: already taken from its first digit.
                guard !marker.isEmpty, i > 0, !ReferenceBytes.isSpace(s[i - 1]),
                      Self.superscriptDigit(at: ReferenceBytes.scalarStart(before: i, in: s), in: s) == nil
                else { continue }
                plainMarkers.append((marker, ReferenceBytes.string(s, i..<j), line))
            }
        }
        guard hasBareTexts else { return }
        var i = 1
        while let d = ReferenceBytes.nextDigit(in: s, from: i) {
            i = d + 1
            guard d > 0, ReferenceBytes.isASCIILetter(s[d - 1]) || s[d - 1] >= 0x80,
                  let end = Self.gluedMarkerEnd(at: d, in: s) else { continue }
            gluedMarkers.append((ReferenceBytes.string(s, d..<end), line))
            i = end
        }
    }

    /// `references.footnote-missing` for each marker (first use) that has no footnote text.
    func diagnostics() -> [Diagnostic] {
        let known = Set(footnotes.map(\.marker))
        var reported = Set<String>()
        var found = plainMarkers + gluedMarkers.map { ($0.marker, $0.marker, $0.line) }
        found.sort { $0.line < $1.line }
        var out: [Diagnostic] = []
        for m in found where !known.contains(m.marker) && reported.insert(m.marker).inserted {
            out.append(.footnoteMissing(marker: m.shown, line: m.line))
        }
        return out
    }

    // MARK: - Markers

    /// The superscript digit (`¹` C2 B9, `⁴` E2 81 B4, …) at `i` and its byte length.
    private static func superscriptDigit(at i: Int, in s: ReferenceBytes.Bytes) -> (Character, Int)? {
        guard i + 1 < s.count else { return nil }
        if s[i] == 0xC2 {
            switch s[i + 1] {
            case 0xB9: return ("1", 2)
            case 0xB2: return ("2", 2)
            case 0xB3: return ("3", 2)
            default: return nil
            }
        }
        guard s[i] == 0xE2, i + 2 < s.count, s[i + 1] == 0x81 else { return nil }
        let b = s[i + 2]
        guard b == 0xB0 || (0xB4...0xB9).contains(b) else { return nil }
        return (Character(Unicode.Scalar(b - 0xB0 + 0x30)), 3)
    }

    private static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]

    /// A footnote text's marker and the rest: `[1] Năm 2023 …` → (`1`, `Năm 2023 …`).
    static func split(_ text: String) -> (marker: String, text: String)? {
        var rest = Substring(text)
        var marker = ""
        let open = rest.first == "[" || rest.first == "("
        if open { rest = rest.dropFirst() }
        while let c = rest.first, marker.count < 3 {
            if c.isASCII, c.isNumber { marker.append(c) } else if let d = superscripts[c] { marker.append(d) } else { break }
            rest = rest.dropFirst()
        }
        guard !marker.isEmpty, !(rest.first?.isNumber ?? false) else { return nil }
        if open {
            guard rest.first == "]" || rest.first == ")" else { return nil }
            rest = rest.dropFirst()
        } else if rest.first == "." || rest.first == ")" {
            rest = rest.dropFirst()
            // `1.5` or `1)` followed by nothing is not a marker.
            guard rest.first == " " else { return nil }
        }
        let body = rest.drop(while: { $0 == " " })
        guard !body.isEmpty, body.first?.isLetter ?? false || body.first == "“" || body.first == "\"" else { return nil }
        return (marker, String(body))
    }

    /// End of 1–2 digits at `i` glued to a word of two or more letters (`Chính phủ5`, `Index1,`), when the
    /// word is not part of a number or code (`80/2015/QH13`, `COVID-19`).
    private static func gluedMarkerEnd(at i: Int, in s: ReferenceBytes.Bytes) -> Int? {
        guard ReferenceBytes.isLetter(at: ReferenceBytes.scalarStart(before: i, in: s), in: s) else { return nil }
        var end = i
        while end < s.count, ReferenceBytes.isDigit(s[end]) { end += 1 }
        guard end - i <= 2 else { return nil }
        if end < s.count {
            let b = s[end]
            guard ReferenceBytes.isSpace(b) || b == 0x2C || b == 0x3B || b == 0x2E || b == 0x3A || b == 0x29 else { return nil }
            if b == 0x2E, end + 1 < s.count, ReferenceBytes.isDigit(s[end + 1]) { return nil }
        }
        var start = i
        var letters = 0
        while start > 0, !ReferenceBytes.isSpace(s[start - 1]) {
            start -= 1
            let b = s[start]
            if b < 0x80 {
                guard ReferenceBytes.isASCIILetter(b) else { return nil }
                letters += 1
            } else if b >= 0xC0 {
                guard ReferenceBytes.isLetter(at: start, in: s) else { return nil }
                letters += 1
            }
        }
        return letters >= 2 ? end : nil
    }
}
