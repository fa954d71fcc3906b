/// A small streaming JSON builder over UTF-8 bytes: keys in the order written,
/// explicit nulls, stable number formatting, optional two-space indentation.
///
/// Writers use it instead of `JSONEncoder` so output is deterministic (key order
/// is the contract's order) and fast (no intermediate dictionaries).
struct JSONOutput {
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Whether the current container already has an element (needs a comma).
    private var hasElement: [Bool] = []

    init(pretty: Bool, reserve: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(reserve)
    }

    /// The finished bytes and a final newline, moved out without copying the buffer.
    mutating func finish() -> [UInt8] {
        var done: [UInt8] = []
        swap(&done, &bytes)
        done.append(10)
        return done
    }

    // MARK: - Containers

    mutating func beginObject() { beginValue(); bytes.append(UInt8(ascii: "{")); open() }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { beginValue(); bytes.append(UInt8(ascii: "[")); open() }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes `"key":` inside an object; the next value call writes its value. Contract keys are
    /// literals in plain ASCII (`task_id`), copied without an escape scan.
    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
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
    mutating func int(_ value: Int) { beginValue(); bytes.append(contentsOf: String(value).utf8) }
    mutating func int(_ value: Int?) { if let value { int(value) } else { null() } }
    mutating func bool(_ value: Bool) { beginValue(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func null() { beginValue(); bytes.append(contentsOf: "null".utf8) }
    mutating func double(_ value: Double?) {
        guard let value, value.isFinite else { null(); return }
        beginValue()
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }
    mutating func strings(_ values: [String]) {
        beginArray()
        for v in values { string(v) }
        endArray()
    }

    // MARK: - Private

    private var pendingKey = false

    private mutating func endKey() {
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
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
        bytes.append(byte)
    }

    /// Comma and indentation before an array element or an object key.
    private mutating func separate() {
        let top = hasElement.count - 1
        guard top >= 0 else { return }
        let had = hasElement[top]
        if !had { hasElement[top] = true }
        if pretty { newline(comma: had) } else if had { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func beginValue() {
        if pendingKey { pendingKey = false; return }
        separate()
    }

    /// An optional comma, a line break and the indentation of `depth`, copied in one run.
    private mutating func newline(comma: Bool) {
        let width = 2 * depth
        if width <= Self.maxIndent {
            let from = comma ? 0 : 1
            indent.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[from..<(2 + width)])) }
            return
        }
        if comma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(10)
        bytes.append(contentsOf: repeatElement(32, count: width))
    }

    private static let maxIndent = 126
    /// `,` `\n` and `maxIndent` spaces: every separator is a slice of it. Held per writer, not
    /// read from a static, to keep the lazy-initialisation check out of the loop.
    private let indent: [UInt8] = [UInt8(ascii: ","), 10] + [UInt8](repeating: 32, count: JSONOutput.maxIndent)
    /// Bytes a JSON string cannot hold as they are: controls, `"` and `\`.
    private static let escaped: [Bool] = (0..<256).map { $0 < 32 || $0 == 34 || $0 == 92 }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Copies runs that need no escaping in one go; most values have no escape at all.
    private mutating func appendEscaped(_ u: UnsafeBufferPointer<UInt8>) {
        var start = 0
        let escaped = Self.escaped
        for i in 0..<u.count where escaped[Int(u[i])] {
            let b = u[i]
            if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i])) }
            start = i + 1
            switch b {
            case UInt8(ascii: "\""): bytes.append(92); bytes.append(b)
            case 92: bytes.append(92); bytes.append(92)
            case 10: bytes.append(92); bytes.append(UInt8(ascii: "n"))
            case 13: bytes.append(92); bytes.append(UInt8(ascii: "r"))
            case 9: bytes.append(92); bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48])
                bytes.append(Self.hex[Int(b >> 4)])
                bytes.append(Self.hex[Int(b & 15)])
            }
        }
        if start < u.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<u.count])) }
    }
}
