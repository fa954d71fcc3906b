import Testing
@testable import PlanX

/// `TextMemo` keys plain text by its bytes until the first non-plain text, then by `String`: an
/// NFC and an NFD spelling of one name are then one key, as in a `[String: Value]`.
@Suite("TextMemo spellings")
struct TextMemoSpellingTests {
    static let nfc = "Sở Nội vụ"
    static let nfd = "S\u{6F}\u{31B}\u{309} N\u{6F}\u{323}\u{302}i vu\u{323}"

    @Test func theTwoSpellingsAreOneStringWithOtherBytes() {
        #expect(Self.nfc == Self.nfd)
        #expect(!Self.nfc.utf8.elementsEqual(Self.nfd.utf8))
        #expect(PlainCorpusCells.isPlain(Self.nfc))
        #expect(!PlainCorpusCells.isPlain(Self.nfd))
    }

    /// NFC first (byte keys), a non-plain cell, then NFD: the NFC entry is found, `make` is not run again.
    @Test func nfdFindsTheNfcEntryAfterANonPlainCell() {
        var memo = TextMemo<Int>()
        var made = 0
        let make: (String) -> Int = { _ in made += 1; return made }
        #expect(memo.value(Self.nfc, isPlain: true, make) == 1)
        #expect(memo.value(Self.nfc, isPlain: true, make) == 1)
        #expect(memo.value("Sở Tư pháp 🙂", isPlain: false, make) == 2)
        #expect(memo.value(Self.nfd, isPlain: false, make) == 1)
        #expect(memo.value(Self.nfc, isPlain: true, make) == 1)
        #expect(memo.value("Sở Tư pháp 🙂", isPlain: false, make) == 2)
        #expect(made == 2)
    }

    /// NFD first (a non-plain cell switches to `String` keys at once), then NFC: one entry, the first spelling kept.
    @Test func nfcFindsTheNfdEntry() {
        var memo = TextMemo<String>()
        #expect(memo.value(Self.nfd, isPlain: false, { $0 }).utf8.elementsEqual(Self.nfd.utf8))
        let again = memo.value(Self.nfc, isPlain: true, { $0 })
        #expect(again.utf8.elementsEqual(Self.nfd.utf8))
    }

    /// Before any non-plain cell, distinct plain texts are distinct keys (no byte-key collisions)
    /// and repeats are hits.
    @Test func plainTextsAreKeyedByTheirBytes() {
        var memo = TextMemo<String>()
        let texts = ["Sở Nội vụ", "Sở Nội Vụ", "Sở Nội vụ ", "Sở Tư pháp", "", "UBND", "UBND tỉnh"]
        for t in texts + texts.reversed() {
            #expect(memo.value(t, isPlain: true, { $0 + "!" }).utf8.elementsEqual((t + "!").utf8))
        }
        memo.removeAll()
        #expect(memo.value("Sở Nội vụ", isPlain: true, { _ in "new" }) == "new")
    }

    /// Through the Tasks stage: three rows naming the same lead as NFC, then with a non-plain
    /// partner cell in between, then as NFD; every row gets the same agencies, as parsed from the first.
    @Test func taskBuilderGivesBothSpellingsTheSameAgencies() {
        let columns = [Table.Column(header: "STT", field: "stt"), Table.Column(header: "Nhiệm vụ", field: "task"),
                       Table.Column(header: "Chủ trì", field: "lead"), Table.Column(header: "Phối hợp", field: "partners")]
        let rows = [
            Table.Row(kind: "data", line: 10, stt: "1", cells: ["1", "Rà soát", Self.nfc, "Sở Tư pháp"]),
            Table.Row(kind: "data", line: 11, stt: "2", cells: ["2", "Báo cáo", Self.nfc, "Sở Tài chi\u{301}nh 🙂"]),
            Table.Row(kind: "data", line: 12, stt: "3", cells: ["3", "Tổng hợp", Self.nfd, "Sở Tư pháp"]),
        ]
        let table = Table(id: "table-1", kind: "tasks", dialect: "pipe_rows", span: Span(startLine: 9, endLine: 12),
                          columns: columns, rows: rows)
        let tasks = TaskBuilder.build([table], metadata: Metadata()).tasks
        #expect(tasks.count == 3)
        guard tasks.count == 3 else { return }
        let expected = AgencyParser.parse(Self.nfc)
        #expect(expected.map(\.name) == ["Sở Nội vụ"])
        for t in tasks {
            #expect(t.lead.count == 1)
            #expect(PlainPathEquivalenceTests.identical(t.lead, expected), "row \(t.line)")
        }
        #expect(PlainPathEquivalenceTests.identical(tasks[0].partners, tasks[2].partners))
    }
}
