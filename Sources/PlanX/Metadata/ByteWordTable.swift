import Foundation

/// Interns words by their UTF-8 bytes: each distinct byte sequence gets a dense id (0, 1, 2, …).
///
/// `ProperNameIndex` looks up every word of a document's text; a Swift `Set<String>` would hash
/// each one with SipHash after normalising it, this hashes the raw bytes (`ByteHash`) into an
/// open-addressing table. Callers give NFC text on both sides, so byte equality is the equality
/// they mean.
struct ByteWordTable {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { starts.count - 1 }

    /// The id of `word`, adding it when new.
    mutating func intern<C: Collection>(_ word: C) -> Int where C.Element == UInt8 {
        Array(word).withUnsafeBufferPointer { intern($0) }
    }

    /// The id of `word`, adding it when new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        if let known = id(of: word) { return known }
        if count * 2 >= slots.count { grow() }
        let new = count
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        var s = Self.hash(word) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(new)
        return new
    }

    /// The id of `word`, or nil when it was never interned.
    func id(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        var s = Self.hash(word) & mask
        return slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { bytes in
                    while true {
                        let id = Int(slots[s])
                        if id < 0 { return nil }
                        let a = starts[id], n = starts[id + 1] - a
                        if n == word.count, n == 0 || memcmp(bytes.baseAddress! + a, word.baseAddress!, n) == 0 { return id }
                        s = (s + 1) & mask
                    }
                }
            }
        }
    }

    func id(of word: String) -> Int? {
        var w = word
        return w.withUTF8 { id(of: $0) }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for id in 0..<count {
            var s = bytes[starts[id]..<starts[id + 1]].withUnsafeBufferPointer { Self.hash($0) } & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(id)
        }
    }

    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        Int(truncatingIfNeeded: ByteHash.hash(word))
    }
}
