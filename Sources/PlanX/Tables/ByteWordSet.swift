/// A few words (lower-case UTF-8) to test at a position of a byte buffer, with a bit set of
/// their first three bytes so most positions are ruled out by one lookup.
///
/// `["quý", "tháng"]` matches `quý iv/2021` at 0 and `trong tháng 5` at 6.
struct ByteWordSet: Sendable {
    let words: [[UInt8]]
    let keys: ByteKeySet
    let minLength: Int

    init(_ list: [String]) {
        words = list.map { Array($0.utf8) }
        minLength = words.map(\.count).min() ?? 0
        var keys = ByteKeySet()
        for w in words where w.count >= 3 { keys.insert(w[0], w[1], w[2]) }
        self.keys = keys
    }

    /// Whether one of the words starts at byte `i` of `s`.
    @inline(__always)
    func matches(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let rest = s.count - i
        guard rest >= minLength, rest > 0 else { return false }
        if minLength >= 3, !keys.has(s[i], s[i + 1], s[i + 2]) { return false }
        for w in words where w.count <= rest {
            var k = 0
            while k < w.count, s[i + k] == w[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }
}

/// A set of three-byte keys, hashed into 65,536 bits (a collision only costs a full compare).
struct ByteKeySet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    @inline(__always)
    private static func hash(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        Int(((UInt32(a) << 8 | UInt32(b)) &* 31 &+ UInt32(c)) & 0xFFFF)
    }

    mutating func insert(_ a: UInt8, _ b: UInt8, _ c: UInt8) {
        let h = Self.hash(a, b, c)
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    @inline(__always)
    func has(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        let h = Self.hash(a, b, c)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    func union(_ other: ByteKeySet) -> ByteKeySet {
        var out = self
        for i in out.bits.indices { out.bits[i] |= other.bits[i] }
        return out
    }
}
