import Foundation

/// Where a value sits in a JSON document, written the way messages show it:
/// `$.tasks[3].deadline.kind`, or `$.tasks[0].extra['Ghi chú']` for a key that is
/// not a plain identifier.
struct JSONPath: Sendable, CustomStringConvertible {
    enum Component: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    private(set) var components: [Component] = []

    mutating func push(_ component: Component) { components.append(component) }
    mutating func pop() { components.removeLast() }

    var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .index(let i): text += "[\(i)]"
            case .key(let k) where Self.isIdentifier(k): text += "." + k
            case .key(let k):
                text += "['" + k.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "'", with: "\\'") + "']"
            }
        }
        return text
    }

    /// ASCII letters, digits and `_`, not starting with a digit.
    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(48...57).contains(first) else { return false }
        return key.utf8.allSatisfy { b in
            (97...122).contains(b) || (65...90).contains(b) || (48...57).contains(b) || b == 95
        }
    }
}
