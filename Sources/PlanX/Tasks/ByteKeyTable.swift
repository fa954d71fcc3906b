/// A fixed map from short UTF-8 byte strings to numbers, looked up without making a `String`:
/// open addressing over an FNV-1a hash, keys kept in one byte array.
///
/// Used for the agency vocabulary and abbreviations on plain text (`PlainText`), where byte
/// equality is `String` equality. `[("sở", 19)]` → `value(of: "sở" bytes)` = 19.
struct ByteKeyTable: Sendable {
    private var slots: [Int32]
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var values: [Int] = []
    private var arena: [UInt8] = []
    private let mask: Int

    init(_ pairs: [(key: String, value: Int)]) {
        self.init(pairs.map { (key: Array($0.key.utf8), value: $0.value) })
    }

    init(_ pairs: [(key: [UInt8], value: Int)]) {
        var capacity = 16
        while capacity < pairs.count * 4 { capacity *= 2 }
        mask = capacity - 1
        slots = [Int32](repeating: -1, count: capacity)
        for (key, value) in pairs {
            let bytes = key
            let found = bytes.withUnsafeBufferPointer { slot(of: $0) }
            guard slots[found] < 0 else { continue }  // first wins, like a dictionary literal without duplicates
            slots[found] = Int32(values.count)
            starts.append(arena.count)
            arena += bytes
            ends.append(arena.count)
            values.append(value)
        }
    }

    /// The number of the key, or nil.
    func value(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let s = slots[slot(of: key)]
        return s < 0 ? nil : values[Int(s)]
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func slot(of key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let s = slots[i]
            if s < 0 || equal(Int(s), key) { return i }
            i = (i + 1) & mask
        }
    }

    private func equal(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = starts[entry], n = ends[entry] - a
        guard n == key.count else { return false }
        for k in 0..<n where arena[a + k] != key[k] { return false }
        return true
    }
}
