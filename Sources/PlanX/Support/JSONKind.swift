import Foundation

/// The JSON type of a value that `JSONSerialization` produced, as JSON Schema sees it.
///
/// On Linux `JSONSerialization` gives `NSNumber` for numbers *and* booleans, and an
/// `NSNumber` answers `is Bool`, `is Int` and `is Double` alike, so the usual casts
/// cannot tell `true` from `1`. Booleans are recognised by their class instead, and a
/// number is an `integer` when its value is whole (`1.0` is an integer, as the spec says).
enum JSONKind: String, Sendable, CaseIterable {
    case null, boolean, integer, number, string, array, object

    /// The kind of `value`; nil for something JSON cannot hold.
    static func of(_ value: Any) -> JSONKind? {
        // Exact types first: asking a Swift dictionary or array `is NSNull` bridges the
        // whole tree to Foundation objects, which made validation quadratic in practice.
        switch ObjectIdentifier(type(of: value)) {
        case stringType: return .string
        case objectType: return .object
        case arrayType: return .array
        default: break
        }
        if value is String { return .string }
        if value is [String: Any] { return .object }
        if value is [Any] { return .array }
        if value is NSNull { return .null }
        if isBoolean(value) { return .boolean }
        guard let number = numericValue(value) else { return nil }
        return number.isFinite && number == number.rounded() ? .integer : .number
    }

    /// Whether a value of this kind satisfies the schema type `type` (an integer is a number).
    func isInstance(of type: JSONKind) -> Bool {
        self == type || (self == .integer && type == .number)
    }

    // MARK: - Values

    /// The value of a JSON number (never of a boolean).
    static func numericValue(_ value: Any) -> Double? {
        let type = type(of: value)
        if type == Double.self { return value as? Double }
        if type == Int.self { return (value as? Int).map(Double.init) }
        if type == Float.self { return (value as? Float).map(Double.init) }
        if type == Int64.self { return (value as? Int64).map(Double.init) }
        if type == UInt64.self { return (value as? UInt64).map(Double.init) }
        guard let n = value as? NSNumber, !isBoolean(value) else { return nil }
        return n.doubleValue
    }

    /// JSON equality, as `enum` and `const` need it: numbers by value, strings by code point.
    static func equal(_ a: Any, _ b: Any) -> Bool {
        guard let ka = of(a), let kb = of(b) else { return false }
        switch (ka, kb) {
        case (.integer, .integer), (.integer, .number), (.number, .integer), (.number, .number):
            return numericValue(a) == numericValue(b)
        case (.null, .null): return true
        case (.boolean, .boolean): return (a as? Bool) == (b as? Bool)
        case (.string, .string):
            return (a as? String)?.unicodeScalars.elementsEqual((b as? String)?.unicodeScalars ?? "".unicodeScalars) ?? false
        case (.array, .array):
            guard let x = a as? [Any], let y = b as? [Any], x.count == y.count else { return false }
            return zip(x, y).allSatisfy { equal($0, $1) }
        case (.object, .object):
            guard let x = a as? [String: Any], let y = b as? [String: Any], x.count == y.count else { return false }
            return x.allSatisfy { key, value in y[key].map { equal(value, $0) } ?? false }
        default: return false
        }
    }

    /// A short rendering of a value for messages: `'soon'`, `12`, `true`, `null`, `an object`.
    static func describe(_ value: Any) -> String {
        switch of(value) {
        case .string?:
            let s = value as? String ?? ""
            let scalars = s.unicodeScalars
            guard scalars.count > 60 else { return "'\(s)'" }
            return "'\(String(String.UnicodeScalarView(scalars.prefix(60))))…'"
        case .integer?, .number?: return formatNumber(numericValue(value) ?? 0)
        case .boolean?: return (value as? Bool ?? false) ? "true" : "false"
        case .null?: return "null"
        case .array?: return "an array"
        case .object?: return "an object"
        case nil: return "a value JSON cannot hold"
        }
    }

    static func formatNumber(_ d: Double) -> String {
        d.isFinite && d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }

    // MARK: - Private

    private static let booleanClass = ObjectIdentifier(type(of: NSNumber(value: true)))
    private static let stringType = ObjectIdentifier(String.self)
    private static let objectType = ObjectIdentifier([String: Any].self)
    private static let arrayType = ObjectIdentifier([Any].self)

    private static func isBoolean(_ value: Any) -> Bool {
        if type(of: value) == Bool.self { return true }
        guard let n = value as? NSNumber else { return false }
        return ObjectIdentifier(type(of: n)) == booleanClass
    }
}
