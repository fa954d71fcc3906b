import Testing
@testable import PlanX

/// The byte-level helpers `ProperNameIndex` scans with agree with the standard library.
@Suite("Byte-level case and word interning")
struct ByteLevelCaseTests {
    @Test func caseOfEqualsScalarPropertiesForEveryScalarBelowU2000AndTheVietnameseBlock() {
        var mismatches: [UInt32] = []
        for v in Array(0..<0x2000) + Array(0x1E00..<0x1F00) {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let c = VietnameseCase.caseOf(UInt32(v))
            if c.upper != s.properties.isUppercase || c.lower != s.properties.isLowercase { mismatches.append(UInt32(v)) }
        }
        #expect(mismatches.isEmpty)
    }

    @Test(arguments: ["Ủy", "ĐỒNG", "CCHC", "Hà Giang", "ΣΟΦΙΑ", "İstanbul", "ǅ"])
    func byteLowercaseEqualsLowercased(_ word: String) {
        #expect(VietnameseCase.lowercased(Substring(word)) == word.lowercased())
    }

    @Test(arguments: ["ủy", "Ủy", "đồng", "ĐỒNG", "cchc", "gia", "2024", "σοφία", "ǆ", "x\u{323}"])
    func alreadyLowercasedMeansLowercasingChangesNothing(_ word: String) {
        var w = word
        let fast = w.withUTF8 { VietnameseCase.isLowercased($0) }
        // Only claims "unchanged" when it is; unknown scalars answer false (the caller maps them).
        if fast { #expect(word.lowercased() == word) }
        #expect(fast == ["ủy", "đồng", "cchc", "gia", "2024", "x\u{323}"].contains(word))
    }

    @Test(arguments: [("Gia", true, false, false), ("CCHC", false, true, false), ("gia", false, false, true),
                      ("ĐỒNG", false, true, false), ("Ủy", true, false, false), ("2024", false, false, false)])
    func shapeOfAWord(_ word: String, capital: Bool, caps: Bool, lower: Bool) {
        var w = word
        let shape = w.withUTF8 { ProperNameIndex.shape($0) }
        #expect(shape.capital == capital && shape.caps == caps && shape.lower == lower)
    }

    @Test func internedWordsKeepTheirIdsAcrossGrowth() {
        var table = ByteWordTable(capacity: 2)
        let words = (0..<300).map { "từ\($0)" }
        let ids = words.map { table.intern($0.utf8) }
        #expect(ids == Array(0..<300))
        #expect(words.map { table.id(of: $0) } == ids.map { Optional($0) })
        #expect(table.intern("từ7".utf8) == 7)
        #expect(table.id(of: "từ300") == nil)
        #expect(table.id(of: "") == nil)
    }
}
