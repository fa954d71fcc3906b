/// A few words (lower-case UTF-8, at least 4 bytes each) to test at a position of a byte buffer,
/// with a bit set of their first four bytes so most positions are ruled out by one lookup.
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
        for w in words where w.count >= 4 { keys.insert(ByteKeySet.key(w[0], w[1], w[2], w[3])) }
        self.keys = keys
    }

    /// Whether one of the words starts at byte `i` of `s`.
    @inline(__always)
    func matches(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let rest = s.count - i
        guard rest >= minLength, rest > 0 else { return false }
        if minLength >= 4, !keys.has(ByteKeySet.key(s[i], s[i + 1], s[i + 2], s[i + 3])) { return false }
        return matchesWithoutKey(s, at: i)
    }

    /// The same, when the caller already found the key in `keys`.
    func matchesWithoutKey(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let rest = s.count - i
        for w in words where w.count <= rest {
            var k = 0
            while k < w.count, s[i + k] == w[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }
}

/// A set of four-byte keys (big-endian in a `UInt32`), hashed into 65,536 bits: a collision
/// only costs a full compare.
struct ByteKeySet: Sendable {
    private(set) var bits = [UInt64](repeating: 0, count: 1024)

    @inline(__always)
    static func key(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> UInt32 {
        UInt32(a) << 24 | UInt32(b) << 16 | UInt32(c) << 8 | UInt32(d)
    }

    @inline(__always)
    static func hash(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> 16) }

    mutating func insert(_ key: UInt32) {
        let h = Self.hash(key)
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    @inline(__always)
    func has(_ key: UInt32) -> Bool {
        let h = Self.hash(key)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    func union(_ other: ByteKeySet) -> ByteKeySet {
        var out = self
        for i in out.bits.indices { out.bits[i] |= other.bits[i] }
        return out
    }
}
