/// `text.split(separator: " ")` on UTF-8 bytes: the same pieces, without walking characters.
///
/// A space counts as a separator only when it is a character of its own (no combining mark
/// after it), as `Character` comparison would see it.
enum SpaceSplitter {
    static func split(_ text: String) -> [Substring] {
        var out: [Substring] = []
        let u = text.utf8
        var start = u.startIndex
        var i = u.startIndex
        while i != u.endIndex {
            let next = u.index(after: i)
            if u[i] == 0x20, next == u.endIndex || u[next] < 0x80 || !joinsSpace(text, next) {
                if start < i { out.append(text[start..<i]) }
                start = next
            }
            i = next
        }
        if start < u.endIndex { out.append(text[start..<u.endIndex]) }
        return out
    }

    private static func joinsSpace(_ text: String, _ i: String.Index) -> Bool {
        var s = " "
        s.unicodeScalars.append(text.unicodeScalars[i])
        return s.count == 1
    }
}
