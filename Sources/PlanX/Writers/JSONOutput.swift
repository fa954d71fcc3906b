/// A small streaming JSON builder over UTF-8 bytes: keys in the order written,
/// explicit nulls, stable number formatting, optional two-space indentation.
///
/// Writers use it instead of `JSONEncoder` so output is deterministic (key order
/// is the contract's order) and fast (no intermediate dictionaries). Small pieces (punctuation,
/// keys, indentation, short values) are staged in a fixed buffer with plain stores and move to
/// the result array in large runs; the result is never copied whole, so peak memory stays one
/// output. Noncopyable: it owns the staging buffer.
struct JSONOutput: ~Copyable {
    private var bytes: [UInt8] = []
    private let stage: UnsafeMutablePointer<UInt8>
    private var staged = 0
    private let pretty: Bool
    private var depth = 0
    /// Whether the current container already has an element (needs a comma).
    private var hasElement: [Bool] = []
    private var pendingKey = false

    private static let stageSize = 16 * 1024

    init(pretty: Bool, reserve: Int = 4096) {
        self.pretty = pretty
        stage = .allocate(capacity: Self.stageSize)
        bytes.reserveCapacity(reserve)
    }

    deinit { stage.deallocate() }

    /// The finished bytes and a final newline, moved out without copying the result array.
    mutating func finish() -> [UInt8] {
        put(10)
        flush()
        var done: [UInt8] = []
        swap(&done, &bytes)
        return done
    }

    // MARK: - Containers

    mutating func beginObject() { beginValue(); put(UInt8(ascii: "{")); open() }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { beginValue(); put(UInt8(ascii: "[")); open() }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes `"key":` inside an object; the next value call writes its value. Contract keys are
    /// literals in plain ASCII (`task_id`), copied without an escape scan.
    mutating func key(_ key: StaticString) {
        separate()
        put(UInt8(ascii: "\""))
        put(key)
        put(UInt8(ascii: "\""))
        endKey()
    }

    /// A key from the data (`metadata.lines` field names, a task's extra columns), escaped.
    mutating func key(escaping key: String) {
        separate()
        writeString(key)
        endKey()
    }

    // MARK: - Values

    mutating func string(_ value: String) { beginValue(); writeString(value) }
    mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    mutating func int(_ value: Int) { beginValue(); putDecimal(value) }
    mutating func int(_ value: Int?) { if let value { int(value) } else { null() } }
    mutating func bool(_ value: Bool) { beginValue(); put(value ? "true" : "false") }
    mutating func null() { beginValue(); put("null") }
    mutating func double(_ value: Double?) {
        guard let value, value.isFinite else { null(); return }
        beginValue()
        if value == value.rounded(), abs(value) < 1e15 {
            putDecimal(Int(value))
        } else {
            var text = String(value)
            text.withUTF8 { put($0) }
        }
    }
    mutating func strings(_ values: [String]) {
        beginArray()
        for v in values { string(v) }
        endArray()
    }

    // MARK: - Bytes

    @inline(__always)
    private mutating func put(_ b: UInt8) {
        if staged == Self.stageSize { flush() }
        stage[staged] = b
        staged += 1
    }

    private mutating func put(_ run: UnsafeBufferPointer<UInt8>) {
        guard let base = run.baseAddress else { return }
        if run.count > Self.stageSize - staged {
            flush()
            if run.count > Self.stageSize / 2 { bytes.append(contentsOf: run); return }
        }
        (stage + staged).update(from: base, count: run.count)
        staged += run.count
    }

    private mutating func put(_ literal: StaticString) {
        guard literal.hasPointerRepresentation else {
            for b in literal.description.utf8 { put(b) }  // a one-scalar literal
            return
        }
        put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private mutating func flush() {
        guard staged > 0 else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: stage, count: staged))
        staged = 0
    }

    /// `String(value)` written without building a string.
    private mutating func putDecimal(_ value: Int) {
        if value < 0 {
            guard value != Int.min else { put("-9223372036854775808"); return }
            put(UInt8(ascii: "-"))
        }
        var v = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes, enough for 20 digits
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[23 - n] = UInt8(truncatingIfNeeded: v % 10) + 48
                v /= 10
                n += 1
            } while v > 0
            put(UnsafeBufferPointer(start: d.baseAddress!.assumingMemoryBound(to: UInt8.self) + 24 - n, count: n))
        }
    }

    // MARK: - Structure

    private mutating func endKey() {
        put(UInt8(ascii: ":"))
        if pretty { put(UInt8(ascii: " ")) }
        pendingKey = true
    }

    private mutating func open() {
        depth += 1
        hasElement.append(false)
    }

    private mutating func close(_ byte: UInt8) {
        let had = hasElement.removeLast()
        depth -= 1
        if pretty && had { newline(comma: false) }
        put(byte)
    }

    /// Comma and indentation before an array element or an object key.
    private mutating func separate() {
        let top = hasElement.count - 1
        guard top >= 0 else { return }
        let had = hasElement[top]
        if !had { hasElement[top] = true }
        if pretty { newline(comma: had) } else if had { put(UInt8(ascii: ",")) }
    }

    private mutating func beginValue() {
        if pendingKey { pendingKey = false; return }
        separate()
    }

    /// An optional comma, a line break and the indentation of `depth`.
    private mutating func newline(comma: Bool) {
        if comma { put(UInt8(ascii: ",")) }
        put(10)
        var left = 2 * depth
        while left > 0 {
            if staged == Self.stageSize { flush() }
            let n = min(left, Self.stageSize - staged)
            (stage + staged).initialize(repeating: 32, count: n)
            staged += n
            left -= n
        }
    }

    /// Bytes a JSON string cannot hold as they are: controls, `"` and `\`.
    private static let escaped: [Bool] = (0..<256).map { $0 < 32 || $0 == 34 || $0 == 92 }
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ s: String) {
        put(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { appendEscaped($0) }
        put(UInt8(ascii: "\""))
    }

    /// Copies runs that need no escaping in one go; most values have no escape at all. Eight bytes
    /// are tested at a time (SWAR: any byte below 0x20, `"` or `\\`), one by one only where one is.
    private mutating func appendEscaped(_ u: UnsafeBufferPointer<UInt8>) {
        guard let p = u.baseAddress else { return }
        let n = u.count
        var start = 0, i = 0
        let escaped = Self.escaped
        while i < n {
            if i + 8 <= n, !Self.mayNeedEscape(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let end = min(i + 8, n)
            while i < end {
                let b = p[i]
                if escaped[Int(b)] {
                    if start < i { put(UnsafeBufferPointer(start: p + start, count: i - start)) }
                    start = i + 1
                    writeEscape(b)
                }
                i += 1
            }
        }
        if start < n { put(UnsafeBufferPointer(start: p + start, count: n - start)) }
    }

    /// Whether one of the eight bytes of `x` is below 0x20, `"` or `\\` (exact as to existence).
    @inline(__always)
    private static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let below = (x &- ones &* 0x20) & ~x & high
        let q = x ^ (ones &* 0x22), quote = (q &- ones) & ~q & high
        let b = x ^ (ones &* 0x5C), backslash = (b &- ones) & ~b & high
        return (below | quote | backslash) != 0
    }

    private mutating func writeEscape(_ b: UInt8) {
        put(92)
        switch b {
        case UInt8(ascii: "\""): put(b)
        case 92: put(92)
        case 10: put(UInt8(ascii: "n"))
        case 13: put(UInt8(ascii: "r"))
        case 9: put(UInt8(ascii: "t"))
        default:
            put("u00")
            put(Self.hex[Int(b >> 4)])
            put(Self.hex[Int(b & 15)])
        }
    }
}
