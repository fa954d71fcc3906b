/// `text.split(separator: " ")` on UTF-8 bytes: the same pieces as byte ranges, without walking characters.
///
/// A space counts as a separator only when it is a character of its own (no combining mark
/// after it), as `Character` comparison would see it.
enum SpaceSplitter {
    /// Calls `body(start, end)` for each piece of `b`, in order.
    static func forEachPiece(_ b: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        var start = 0
        while let end = pieceEnd(b, from: start) {
            if start < end { body(start, end) }
            start = end + 1
        }
    }

    /// The end of the piece that starts at `start` (the separating space's index, or `b.count`);
    /// nil when `start` is past the end.
    @inline(__always)
    static func pieceEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < b.count else { return nil }
        var i = start
        while i < b.count {
            if b[i] == 0x20 && !(i + 1 < b.count && b[i + 1] >= 0x80 && joinsSpace(b, i + 1)) { return i }
            i += 1
        }
        return b.count
    }

    private static func joinsSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        // A precomposed Vietnamese letter starts a character of its own (the usual case, decided without a String).
        if VietnameseCase.isLetter(VietnameseCase.scalar(b, at: i).value) { return false }
        var n = 1
        while i + n < b.count, b[i + n] & 0xC0 == 0x80 { n += 1 }
        return (" " + String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + n)]), as: UTF8.self)).count == 1
    }
}
