/// Reads a document number as copied (`76/NQ-CP`, `19-NQ/TW`, `06- CTr/TU`, `2992 /KH-UBND`,
/// `01/20 23/TT-VPCP`) and writes it without the spaces a copy put inside it.
///
/// A number starts with a digit and goes on over letters, digits, `/`, `-` and `.`; a comma
/// between digits stays (`107,108/2020/NĐ-CP`) and a typographic dash becomes `-` (`06–CTr/TU`). One space is bridged after a trailing `-` or `/`,
/// before a `/` or `-` that follows bare digits, and inside a year split in two (`01/20 23/…`).
enum DocumentNumber {
    struct Read {
        var text: String
        var end: Int
        /// Whether the number has a letter (a type/issuer code such as `NQ-CP`).
        var hasCode: Bool
    }

    /// The number that starts at `i` (a digit), or nil.
    static func read(at i: Int, in s: ReferenceBytes.Bytes) -> Read? {
        guard i < s.count, ReferenceBytes.isDigit(s[i]) else { return nil }
        var out: [UInt8] = []
        var k = i
        var hasLetter = false
        while true {
            while k < s.count {
                let b = s[k]
                if ReferenceBytes.isASCIIAlnum(b) || b == 0x2F || b == 0x2D || b == 0x2E {
                    if ReferenceBytes.isASCIILetter(b) { hasLetter = true }
                    out.append(b)
                    k += 1
                } else if b == 0x2C, k + 1 < s.count, ReferenceBytes.isDigit(s[k + 1]),
                          let last = out.last, ReferenceBytes.isDigit(last) {
                    out.append(b)
                    k += 1
                } else if b == 0xE2, k + 2 < s.count, s[k + 1] == 0x80, (0x90...0x94).contains(s[k + 2]), !out.isEmpty {
                    out.append(0x2D)  // a typographic dash written for "-": `06–CTr/TU`
                    k += 3
                } else if b >= 0xC0, ReferenceBytes.isLetter(at: k, in: s) {
                    let len = ReferenceBytes.sequenceLength(b)
                    out.append(contentsOf: s[k..<min(k + len, s.count)])
                    hasLetter = true
                    k += len
                } else {
                    break
                }
            }
            guard k + 1 < s.count, s[k] == 0x20, let last = out.last else { break }
            let next = s[k + 1]
            if (last == 0x2D || last == 0x2F) && (ReferenceBytes.isASCIIAlnum(next) || next >= 0xC0) {
                k += 1
            } else if (next == 0x2F || next == 0x2D) && !hasLetter && out.allSatisfy(ReferenceBytes.isDigit) {
                k += 1
            } else if !hasLetter, splitYear(out, joinedWith: k + 1, in: s) {
                k += 1
            } else {
                break
            }
        }
        while let last = out.last, last == 0x2E || last == 0x2D || last == 0x2F || last == 0x2C {
            out.removeLast()
        }
        guard !out.isEmpty else { return nil }
        return Read(text: String(decoding: out, as: UTF8.self), end: k, hasCode: hasLetter)
    }

    /// `01/20` + ` 23/TT-VPCP`: the digits after the last slash and the digits at `j` make a 4-digit
    /// year followed by `/`.
    private static func splitYear(_ out: [UInt8], joinedWith j: Int, in s: ReferenceBytes.Bytes) -> Bool {
        guard let slash = out.lastIndex(of: 0x2F) else { return false }
        let tail = out.count - slash - 1
        guard (1...3).contains(tail), out[(slash + 1)...].allSatisfy(ReferenceBytes.isDigit) else { return false }
        var k = j
        while k < s.count && ReferenceBytes.isDigit(s[k]) { k += 1 }
        return k > j && tail + (k - j) == 4 && k < s.count && s[k] == 0x2F
    }

    /// Issuers that a number's last code names unambiguously (`NQ-CP` → Chính phủ). Kept as data.
    static let issuerByCode: [String: String] = [
        "CP": "Chính phủ",
        "TTg": "Thủ tướng Chính phủ",
        "QH": "Quốc hội",
    ]

    /// The issuer a number's last code implies (`23/CT-TTg` → `Thủ tướng Chính phủ`, `80/2015/QH13` →
    /// `Quốc hội`), or nil when the code does not name one body (`NQ/TW`, `QĐ-UBND`).
    static func impliedIssuer(_ number: String) -> String? {
        guard let cut = number.lastIndex(where: { $0 == "-" || $0 == "/" }) else { return nil }
        var code = number[number.index(after: cut)...]
        while let last = code.last, last.isASCII, last.isNumber { code = code.dropLast() }
        return issuerByCode[String(code)]
    }
}
