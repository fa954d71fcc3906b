/// `text.split(separator: " ")` on UTF-8 bytes: the same pieces, without walking characters.
///
/// A space counts as a separator only when it is a character of its own (no combining mark
/// after it), as `Character` comparison would see it.
enum SpaceSplitter {
    static func split(_ text: String) -> [Substring] {
        var text = text
        // Byte offsets of the pieces, then substrings (utf8 offsets are O(1) on native strings).
        let bounds: [(Int, Int)] = text.withUTF8 { b in
            var out: [(Int, Int)] = []
            var start = 0
            for i in 0..<b.count where b[i] == 0x20 {
                if i + 1 < b.count, b[i + 1] >= 0x80, joinsSpace(b, i + 1) { continue }
                if start < i { out.append((start, i)) }
                start = i + 1
            }
            if start < b.count { out.append((start, b.count)) }
            return out
        }
        let u = text.utf8
        return bounds.map { text[u.index(u.startIndex, offsetBy: $0.0)..<u.index(u.startIndex, offsetBy: $0.1)] }
    }

    private static func joinsSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var n = 1
        while i + n < b.count, b[i + n] & 0xC0 == 0x80 { n += 1 }
        return (" " + String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + n)]), as: UTF8.self)).count == 1
    }
}
