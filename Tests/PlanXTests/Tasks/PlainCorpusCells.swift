import Foundation
@testable import PlanX

/// The table cells of the corpus documents and their systematic variations, for the tests that
/// compare the byte path of plain cells (`PlainText`) with the `String` path of the task parsers.
///
/// The `String` path of a parser is private and is taken only for text that is not plain, so it is
/// reached by a *forcing* spelling: the same text plus one non-plain character where the parser
/// provably ignores it (see `trailingForced` and `insideForced` for which one fits which parser).
enum PlainCorpusCells {
    /// The corpus documents read once, with their tables (`PlanX.extract`).
    static let documents: [PlanDocument] = Corpus.documents.compactMap { name in
        guard let data = try? Corpus.data(name) else { return nil }
        return try? PlanX.extract(data, name: name)
    }

    /// Every distinct cell and column header of every table of the corpus, in document order.
    static let cells: [String] = {
        var seen = Set<[UInt8]>()
        var out: [String] = []
        func add(_ s: String) { if seen.insert(Array(s.utf8)).inserted { out.append(s) } }
        for doc in documents {
            for table in doc.tables {
                for column in table.columns { add(column.header) }
                for row in table.rows {
                    if let stt = row.stt { add(stt) }
                    for cell in row.cells { add(cell) }
                }
            }
        }
        return out
    }()

    /// Longer cells (task descriptions, not the agency, deadline, score or budget cells the parsers
    /// are made for) get only the first two variations, which keeps the tests fast in debug builds.
    static let shortCell = 240

    /// The cells of the corpus and their variations that are plain text: as written, upper-cased,
    /// spaces as NBSP, a trailing `,`, a trailing `;`, spaces doubled. Distinct, in order.
    static let inputs: [String] = {
        var seen = Set<[UInt8]>()
        var out: [String] = []
        func replacingSpaces(_ s: String, _ by: String) -> String {
            var out = ""
            for c in s { if c == " " { out += by } else { out.append(c) } }
            return out
        }
        for cell in cells {
            var variants = [cell, cell.uppercased()]
            if cell.utf8.count <= shortCell {
                variants += [replacingSpaces(cell, "\u{A0}"), cell + ",", cell + ";", replacingSpaces(cell, "  ")]
            }
            for v in variants where isPlain(v) && seen.insert(Array(v.utf8)).inserted { out.append(v) }
        }
        return out
    }()

    static func isPlain(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { PlainText.isPlain($0) }
    }

    // MARK: - Forcing the String path

    /// Non-plain characters that are white space as a whole `Character` (ideographic space, CR, a
    /// space carrying a combining acute accent: `Character.isWhitespace` reads the first scalar).
    /// At either end of a cell every parser trims them off before it reads anything, so the text
    /// means the same, yet `PlainText.isPlain` rejects it and the `String` code runs.
    static let trailingForcers = ["\u{3000}", "\r", " \u{301}"]

    /// `text` with the `k`-th forcing character (of `trailingForcers`) appended.
    static func trailingForced(_ text: String, _ k: Int) -> String {
        text + trailingForcers[k % trailingForcers.count]
    }

    /// `text` with one space between two letters or digits replaced by U+3000 or CR (by `k`); nil
    /// when there is no such space. For parsers that trim the cell first (deadline, budget) a
    /// trailing character would be trimmed off and the byte path taken again, so the forcing character
    /// must sit inside. Both are white space to every tokenizer there (`TextFold.isSpace`,
    /// `Character.isLetter` false) and neither borders punctuation, so no split point, bullet or
    /// word changes; only quoted text differs, which `unforced` maps back.
    static func insideForced(_ text: String, _ k: Int) -> String? {
        let chars = Array(text)
        let spaces = chars.indices.filter { i in
            chars[i] == " " && i > 0 && i + 1 < chars.count
                && (chars[i - 1].isLetter || chars[i - 1].isNumber) && (chars[i + 1].isLetter || chars[i + 1].isNumber)
        }
        guard !spaces.isEmpty else { return nil }
        var out = chars
        out[spaces[k % spaces.count]] = k % 2 == 0 ? "\u{3000}" : "\r"
        return String(out)
    }

    /// Quoted text of a result read from an `insideForced` cell, with the forcing character back as a space.
    static func unforced(_ s: String) -> String {
        guard !isPlain(s) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\u{3000}" || $0 == "\r" ? " " : $0 }))
    }

    static func unforced(_ a: Agency) -> Agency {
        Agency(name: unforced(a.name), text: unforced(a.text), kind: a.kind, note: a.note.map(unforced))
    }

    static func unforced(_ d: Deadline) -> Deadline {
        var d = d
        d.text = unforced(d.text)
        d.event = d.event.map(unforced)
        d.note = d.note.map(unforced)
        d.parts = d.parts?.map(unforced)
        return d
    }

    static func unforced(_ t: Task) -> Task {
        var t = t
        t.lead = t.lead.map(unforced)
        t.partners = t.partners.map(unforced)
        t.deadline = t.deadline.map(unforced)
        t.budget = t.budget.map { Task.Budget(text: unforced($0.text), sources: $0.sources) }
        return t
    }

    /// Bytes shown with escapes, for a failure message that names the input exactly.
    static func shown(_ s: String) -> String {
        s.unicodeScalars.map { c in
            let escaped = c.value < 0x20 || c.value == 0xA0 || !isPlain(String(c))
            return escaped ? "\\u{\(String(c.value, radix: 16))}" : String(c)
        }.joined()
    }
}
