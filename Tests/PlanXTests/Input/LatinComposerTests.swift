import Foundation
import Testing
@testable import PlanX

@Suite("Latin composer")
struct LatinComposerTests {
    static func scalars(_ s: String?) -> [UInt32]? { s.map { $0.unicodeScalars.map(\.value) } }

    @Test(arguments: [
        "Ke\u{302}\u{301} hoa\u{323}ch",        // NFD order
        "Kê\u{301} hoa\u{323}ch",               // Windows-1258 order: precomposed ê + tone
        "Vie\u{323}\u{302}t Nam, ca\u{302}\u{323}p nha\u{323}\u{306}t",  // dot below before circumflex/breve
        "ê\u{323} ô\u{323} â\u{323} ă\u{323}",  // circumflex letter + dot below (no direct pair in UnicodeData)
        "o\u{31B}\u{323} U\u{31B}\u{300} Ð đ",
        "– 30/12/2021 | “U\u{309}y ban” 5\u{00A0}000 ₫",
    ])
    func agreesWithFoundation(line: String) throws {
        let fast = try #require(LatinComposer.compose(line))
        #expect(Self.scalars(fast) == Self.scalars(line.precomposedStringWithCanonicalMapping))
    }

    /// Every base letter Windows-1258 can write, with each of its five tone marks.
    @Test func composesEveryWindows1258LetterWithEveryTone() {
        let letters = (0x41...0x7A).map { UInt32($0) } + Windows1258.high.map { UInt32($0) }.filter { $0 >= 0xC0 && $0 < 0x300 }
        for letter in letters where UTF8Scalars.isLetter(letter) {
            for mark: UInt32 in [0x300, 0x301, 0x303, 0x309, 0x323] {
                let line = String(String.UnicodeScalarView([Unicode.Scalar(letter)!, Unicode.Scalar(mark)!]))
                let expected = line.precomposedStringWithCanonicalMapping
                let fast = LatinComposer.compose(line)
                // Either exact, or declined (then Foundation runs): never a wrong answer.
                if let fast { #expect(Self.scalars(fast) == Self.scalars(expected), "\(letter) + \(mark)") }
                if expected.unicodeScalars.count == 1 { #expect(fast != nil, "\(letter) + \(mark)") }
            }
        }
    }

    @Test(arguments: [
        " \u{301}",          // mark after a space
        "\u{301}a",          // mark at the start
        "x\u{30C}\u{323}z",  // x + caron has no precomposed form
        "Ка\u{301}",         // Cyrillic
        "α\u{301}",          // Greek
        "\u{212B}",          // Ångström sign: not NFC by itself
    ])
    func declinesWhatItCannotVouchFor(line: String) {
        #expect(LatinComposer.compose(line) == nil)
    }
}
