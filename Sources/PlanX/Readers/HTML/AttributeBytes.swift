/// Tests on attribute values as bytes, so the reader never builds a `String` for an attribute it
/// only asks a yes/no question of (Word pages carry long `style` attributes on every element).
///
/// `containsFolded` matches like `value.lowercased()` with spaces, tabs and line breaks removed,
/// then `contains(pattern)`: `TEXT-ALIGN: Center` contains `text-align:center`. Patterns are
/// lower-case ASCII.
enum AttributeBytes {
    static func containsFolded(_ value: UnsafeBufferPointer<UInt8>, _ pattern: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        guard let first = p.first else { return true }
        var i = 0
        while i < value.count {
            if fold(value[i]) == first, matches(value, from: i, p) { return true }
            i += 1
        }
        return false
    }

    /// Plain byte search: `prov-article` in `class="prov-article x"`.
    static func contains(_ value: UnsafeBufferPointer<UInt8>, _ pattern: StaticString) -> Bool {
        let n = pattern.utf8CodeUnitCount
        guard n > 0 else { return true }
        guard value.count >= n else { return false }
        let p = pattern.utf8Start
        for i in 0...(value.count - n) where value[i] == p[0] {
            var k = 1
            while k < n, value[i + k] == p[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }

    static func equals(_ value: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        value.count == literal.utf8CodeUnitCount && contains(value, literal)
    }

    /// The space-separated words of `value` (a `class` list), as byte ranges.
    static func forEachWord(_ value: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        for i in 0...value.count where i == value.count || value[i] == 0x20 {
            if start < i { body(UnsafeBufferPointer(rebasing: value[start..<i])) }
            start = i + 1
        }
    }

    static func hasPrefix(_ value: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        value.count >= prefix.utf8CodeUnitCount && contains(UnsafeBufferPointer(rebasing: value[0..<prefix.utf8CodeUnitCount]), prefix)
    }

    private static func isSkipped(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A }

    private static func fold(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

    /// Whether `p` follows at `i` once skipped bytes are dropped and ASCII is lower-cased.
    private static func matches(_ v: UnsafeBufferPointer<UInt8>, from i: Int, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var j = i, k = 0
        while k < p.count {
            while j < v.count, isSkipped(v[j]) { j += 1 }
            guard j < v.count, fold(v[j]) == p[k] else { return false }
            j += 1
            k += 1
        }
        return true
    }
}
