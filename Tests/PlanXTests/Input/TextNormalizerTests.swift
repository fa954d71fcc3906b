import Foundation
import Testing
@testable import PlanX

@Suite("Text normalizer")
struct TextNormalizerTests {
    /// Compared as scalars: `String ==` would hide a wrong normal form.
    static func same(_ a: String, _ b: String) -> Bool { Array(a.unicodeScalars) == Array(b.unicodeScalars) }

    @Test(arguments: [
        ("  Kế   hoạch  ", "Kế hoạch"),
        ("Sở\u{00A0}Nội vụ", "Sở Nội vụ"),
        ("\tSở Tài chính\t|", "Sở Tài chính |"),
        ("Quý\u{2003}IV", "Quý IV"),
        ("năm\u{202F}2024", "năm 2024"),
        ("a\u{3000}b", "a b"),
        ("a \u{00A0}\t b", "a b"),
        ("Kế\u{200B} hoạch", "Kế hoạch"),
        ("\u{FEFF}Kế hoạch", "Kế hoạch"),
        ("thực\u{00AD}hiện", "thựchiện"),
        ("Ủy\u{2060} ban", "Ủy ban"),
        ("2021\u{2010}2025", "2021-2025"),
        ("KH\u{2011}UBND", "KH-UBND"),
        ("\u{2212}5%", "-5%"),
        ("– Sở Y tế", "– Sở Y tế"),
        ("— Sở Y tế", "— Sở Y tế"),
        ("a\r\nb", "a\nb"),
        ("dòng 1 \n  dòng 2", "dòng 1\ndòng 2"),
        (" \n a \n\n", "a"),
        ("", ""),
        ("   ", ""),
        ("\u{00A0}", ""),
    ])
    func cleansSpacesAndInvisibleCharacters(input: String, expected: String) {
        #expect(Self.same(TextNormalizer.normalize(input), expected))
    }

    @Test(arguments: [
        ("hoà", "hòa"), ("Khoá", "Khóa"), ("hoá", "hóa"), ("uỷ", "ủy"), ("thuỷ", "thủy"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"), ("loè", "lòe"), ("HOÀ", "HÒA"), ("UỶ BAN", "ỦY BAN"),
        ("khoẻ", "khỏe"), ("kế hoạ", "kế họa"), ("Văn hoá, Thể thao", "Văn hóa, Thể thao"),
        ("(hoà)", "(hòa)"), ("“Hoà”", "“Hòa”"), ("hoà1", "hòa1"), ("xoã", "xõa"), ("Đoà", "Đòa"),
        ("tuỳ", "tùy"), ("hoà\u{00A0}nhập", "hòa nhập"),
    ])
    func movesToneMarkOfOpenSyllables(input: String, expected: String) {
        #expect(Self.same(TextNormalizer.normalize(input), expected))
    }

    @Test(arguments: [
        "hoàn thành", "khoản", "thuyền", "khuyến khích", "quý", "Quý IV/2021", "quỳ", "QUÝ", "ngoài",
        "khuỷu", "Kế hoạch", "hoạch định", "hòa", "ủy", "tuyển", "quà", "oà khóc hoàng",
    ])
    func leavesOtherSyllablesAlone(text: String) {
        let expected = text == "oà khóc hoàng" ? "òa khóc hoàng" : text
        #expect(Self.same(TextNormalizer.normalize(text), expected))
    }

    /// Every tone on every pair and case: the output is the NFC of the mark moved to the first vowel.
    @Test(arguments: [("o", "a"), ("o", "e"), ("u", "y"), ("O", "A"), ("O", "E"), ("U", "Y")])
    func movesEveryToneForEveryPair(first: String, second: String) {
        for mark in ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"] {
            let input = ("th" + first + second + mark).precomposedStringWithCanonicalMapping
            let expected = ("th" + first + mark + second).precomposedStringWithCanonicalMapping
            #expect(Self.same(TextNormalizer.normalize(input), expected), "\(first)\(second) + \(mark.unicodeScalars.first!.value)")
        }
    }

    @Test func acceptsSubstrings() {
        let line = "1 | Uỷ ban  nhân dân |"
        let cell = line.split(separator: "|")[1]
        #expect(Self.same(TextNormalizer.normalize(cell), "Ủy ban nhân dân"))
        #expect(Self.same(TextNormalizer.normalize(line.dropFirst(4).dropLast(2)), "Ủy ban nhân dân"))
    }

    @Test(arguments: ["Kế hoạch", "plain ascii", "Sở Giáo dục và Đào tạo", "a – b"])
    func returnsCleanTextUnchanged(text: String) {
        #expect(Self.same(TextNormalizer.normalize(text), text))
    }

    @Test(arguments: [("", true), (" ", true), ("\t \t", true), ("\u{00A0}", true), ("\u{200B}", true),
                      (" \u{FEFF} \u{3000}", true), ("a", false), (" . ", false), ("–", false), ("|", false)])
    func tellsBlankText(text: String, blank: Bool) {
        #expect(TextNormalizer.isBlank(text) == blank)
        #expect(TextNormalizer.isBlank(text[...]) == blank)
    }
}
