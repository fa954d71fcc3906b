/// `text.split(separator: " ")` on UTF-8 bytes: the same pieces as byte ranges, without walking characters.
///
/// A space counts as a separator only when it is a character of its own (no combining mark
/// after it), as `Character` comparison would see it.
enum SpaceSplitter {
    /// Calls `body(start, end)` for each piece of `b`, in order.
    static func forEachPiece(_ b: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        var start = 0
        for i in 0..<b.count where b[i] == 0x20 {
            if i + 1 < b.count, b[i + 1] >= 0x80, joinsSpace(b, i + 1) { continue }
            if start < i { body(start, i) }
            start = i + 1
        }
        if start < b.count { body(start, b.count) }
    }

    private static func joinsSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        // A precomposed Vietnamese letter starts a character of its own (the usual case, decided without a String).
        if VietnameseCase.isLetter(VietnameseCase.scalar(b, at: i).value) { return false }
        var n = 1
        while i + n < b.count, b[i + n] & 0xC0 == 0x80 { n += 1 }
        return (" " + String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + n)]), as: UTF8.self)).count == 1
    }
}
