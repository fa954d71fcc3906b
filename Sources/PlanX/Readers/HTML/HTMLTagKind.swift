import CLibXML2

/// What the HTML reader needs to know about an element's tag, looked up once per element from
/// libxml2's name bytes instead of building a `String` and asking several `Set<String>`s.
///
/// `p` → `[.block]`, `b` → `[.bold]`, `h2` → `[.block, .heading]`, `script` → `[.skipped]`.
struct HTMLTagKind: OptionSet, Sendable {
    let rawValue: UInt16
    static let skipped = HTMLTagKind(rawValue: 1 << 0)
    static let block = HTMLTagKind(rawValue: 1 << 1)
    static let heading = HTMLTagKind(rawValue: 1 << 2)
    static let bold = HTMLTagKind(rawValue: 1 << 3)
    static let italic = HTMLTagKind(rawValue: 1 << 4)
    static let chrome = HTMLTagKind(rawValue: 1 << 5)
    static let center = HTMLTagKind(rawValue: 1 << 6)
    static let lineBreak = HTMLTagKind(rawValue: 1 << 7)
    static let table = HTMLTagKind(rawValue: 1 << 8)
    static let body = HTMLTagKind(rawValue: 1 << 9)
    static let link = HTMLTagKind(rawValue: 1 << 10)

    /// The kind of the element `node` (empty for unknown tags and non-elements).
    static func of(_ node: xmlNodePtr) -> HTMLTagKind {
        guard let name = node.pointee.name else { return [] }
        var key: UInt64 = 0
        var n = 0
        while n < 8, name[n] != 0 {
            key |= UInt64(name[n]) << (8 * UInt64(n))
            n += 1
        }
        if n == 8 && name[8] != 0 { return long[String(cString: name)] ?? [] }
        return short[key] ?? []
    }

    /// The kind of a tag name (lower case, as libxml2's HTML parser stores names).
    static func of(name: String) -> HTMLTagKind {
        var kind: HTMLTagKind = []
        if HTMLTags.skipped.contains(name) { kind.insert(.skipped) }
        if HTMLTags.block.contains(name) { kind.insert(.block) }
        if HTMLTags.headings.contains(name) { kind.insert(.heading) }
        if HTMLTags.bold.contains(name) { kind.insert(.bold) }
        if HTMLTags.italic.contains(name) { kind.insert(.italic) }
        if HTMLTags.chrome.contains(name) { kind.insert(.chrome) }
        switch name {
        case "center": kind.insert(.center)
        case "br": kind.insert(.lineBreak)
        case "table": kind.insert(.table)
        case "body": kind.insert(.body)
        case "a": kind.insert(.link)
        default: break
        }
        return kind
    }

    private static let names: Set<String> = HTMLTags.skipped.union(HTMLTags.block).union(HTMLTags.headings)
        .union(HTMLTags.bold).union(HTMLTags.italic).union(HTMLTags.chrome).union(["center", "br", "table", "body", "a"])
    /// Names of up to eight bytes, keyed by those bytes packed little-endian.
    private static let short: [UInt64: HTMLTagKind] = {
        var table: [UInt64: HTMLTagKind] = [:]
        for name in names where name.utf8.count <= 8 {
            var key: UInt64 = 0
            for (i, b) in name.utf8.enumerated() { key |= UInt64(b) << (8 * UInt64(i)) }
            table[key] = of(name: name)
        }
        return table
    }()
    private static let long: [String: HTMLTagKind] = {
        var table: [String: HTMLTagKind] = [:]
        for name in names where name.utf8.count > 8 { table[name] = of(name: name) }
        return table
    }()
}
