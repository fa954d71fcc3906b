import Foundation
import Testing
@testable import PlanX

/// `PlainText`: which scalars count as plain, and the class table the byte parsers read instead of
/// `Character` and `TextFold` tests.
@Suite("Plain-character table")
struct PlainTextTableTests {
    /// The scalars the class table covers (ASCII, U+0080–U+02FF, U+1E00–U+1EFF, U+2000–U+206F).
    static let covered: [Unicode.Scalar] =
        (Array(0..<0x300) + Array(0x1E00..<0x1F00) + Array(0x2000..<0x2070)).map { Unicode.Scalar(UInt32($0))! }

    static func isPlain(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { PlainText.isPlain($0) }
    }

    static func plainScalars() -> [Unicode.Scalar] { covered.filter { isPlain(String($0)) } }

    /// What `isPlain` accepts is the covered ranges but CR, U+2000/U+2001 (NFC singletons) and the joiners.
    @Test func plainScalarsAreTheCoveredRangesButFive() {
        let rejected = Self.covered.filter { !Self.isPlain(String($0)) }.map(\.value)
        #expect(rejected == [0x0D, 0x2000, 0x2001, 0x200C, 0x200D])
    }

    /// Every class the table claims, for every plain scalar, against `Character` and `TextFold`.
    @Test func classesAgreeWithCharacterAndTextFold() {
        var wrong: [String] = []
        for s in Self.plainScalars() {
            let c = Character(s), k = PlainText.classes(s.value)
            let claims: [(String, UInt8, Bool)] = [
                ("whitespace", PlainText.space, c.isWhitespace),
                ("letter", PlainText.letter, c.isLetter),
                ("number", PlainText.number, c.isNumber),
                ("lowercase", PlainText.lowercase, c.isLowercase),
                ("upper", PlainText.upper, TextFold.isUpper(s)),
                ("fold space", PlainText.foldSpace, TextFold.isSpace(s)),
                ("fold letter", PlainText.foldLetter, TextFold.isLetter(s)),
            ]
            for (name, bit, truth) in claims where (k & bit != 0) != truth {
                wrong.append("U+\(String(s.value, radix: 16, uppercase: true)) \(name): table \(k & bit != 0), Swift \(truth)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).joined(separator: "\n"))")
    }

    /// The same claims against the scalar properties the `Character` tests are made of.
    @Test func classesAgreeWithScalarProperties() {
        for s in Self.plainScalars() {
            let p = s.properties, k = PlainText.classes(s.value)
            #expect((k & PlainText.space != 0) == p.isWhitespace, "U+\(String(s.value, radix: 16))")
            #expect((k & PlainText.letter != 0) == p.isAlphabetic, "U+\(String(s.value, radix: 16))")
            #expect((k & PlainText.number != 0) == (p.numericType != nil), "U+\(String(s.value, radix: 16))")
            #expect((k & PlainText.lowercase != 0) == p.isLowercase, "U+\(String(s.value, radix: 16))")
        }
    }

    /// Spot checks a reader can verify by eye.
    @Test(arguments: [
        (Unicode.Scalar(0x20)!, PlainText.space | PlainText.foldSpace),
        ("\u{A0}", PlainText.space | PlainText.foldSpace),
        ("\u{2003}", PlainText.space | PlainText.foldSpace),
        ("A", PlainText.letter | PlainText.foldLetter | PlainText.upper),
        ("đ", PlainText.letter | PlainText.foldLetter | PlainText.lowercase),
        ("Đ", PlainText.letter | PlainText.foldLetter | PlainText.upper),
        ("Ở", PlainText.letter | PlainText.foldLetter | PlainText.upper),
        ("ỹ", PlainText.letter | PlainText.foldLetter | PlainText.lowercase),
        ("7", PlainText.number),
        ("½", PlainText.number),
        ("–", 0 as UInt8),
        (";", 0 as UInt8),
    ] as [(Unicode.Scalar, UInt8)])
    func knownScalarsHaveTheirClasses(_ s: Unicode.Scalar, _ classes: UInt8) {
        #expect(PlainText.classes(s.value) == classes)
    }

    /// The premise the byte code rests on: in any string of plain scalars each scalar is its own
    /// `Character` and the string is NFC as it stands. Checked for every ordered pair of plain
    /// scalars (each scalar followed and preceded by all others, one string per scalar).
    @Test func plainScalarsNeitherMergeNorCompose() {
        let all = Self.plainScalars().filter { $0 != "\n" }  // `\n` only merges after CR, which is not plain
        var merged: [UInt32] = []
        var composed: [UInt32] = []
        for a in all {
            var v = String.UnicodeScalarView()
            for b in all { v.append(a); v.append(b) }
            let s = String(v)
            if s.count != v.count { merged.append(a.value) }
            if !s.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(v) { composed.append(a.value) }
        }
        #expect(all.count > 900)
        #expect(merged.isEmpty, "\(merged.prefix(10))")
        #expect(composed.isEmpty, "\(composed.prefix(10))")
    }

    /// Scalars outside the table: combining marks, CJK, emoji, ideographic space, the joiners, CR.
    @Test(arguments: [
        "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}", "\u{36F}", "\u{34F}", "中", "🙂", "\u{3000}",
        "\u{200D}", "\u{200C}", "\u{2000}", "\u{2001}", "\u{2070}", "\u{1F00}", "\u{FEFF}", "\r",
    ])
    func scalarsOutsideTheTableAreNotPlain(_ text: String) {
        #expect(!Self.isPlain(text))
        #expect(!Self.isPlain("Sở Nội vụ" + text))
        #expect(!Self.isPlain(text + " Sở Nội vụ"))
        if let s = text.unicodeScalars.first, s.value >= 0x300, !(0x2000..<0x2070).contains(s.value) {
            #expect(PlainText.classes(s.value) == 0)
        }
    }

    /// A decomposed Vietnamese letter is not plain, though its NFC spelling is.
    @Test func decomposedLettersAreNotPlain() {
        let nfc = "Kế hoạch", nfd = "Ke\u{302}\u{301} hoa\u{323}ch"
        #expect(nfc == nfd)
        #expect(Self.isPlain(nfc))
        #expect(!Self.isPlain(nfd))
        #expect(!Self.isPlain("Ke\u{302}\u{301}"))
    }

    /// Truncated multi-byte sequences at the end of a buffer are rejected, not read past.
    @Test func truncatedSequencesAreNotPlain() {
        for bytes: [UInt8] in [[0xE1], [0xE1, 0xBA], [0xE2, 0x80], [0x41, 0xE2]] {
            #expect(!bytes.withUnsafeBufferPointer { PlainText.isPlain($0) })
        }
    }
}
