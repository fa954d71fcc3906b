import CLibXML2

/// A parsed HTML document owned by libxml2, freed when this value is released.
///
/// Parsing always gets an explicit "UTF-8": the Input stage already decoded the bytes, so
/// a lying `<meta charset>` cannot win (swift-notes §1.7). Broken markup is recovered
/// silently; libxml2 never prints.
final class HTMLDocument {
    let doc: htmlDocPtr

    private static let ready: Void = { xmlInitParser() }()

    /// Parses UTF-8 bytes; nil when libxml2 builds no document (empty input).
    init?(utf8 bytes: [UInt8]) {
        _ = HTMLDocument.ready
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(bitPattern:
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { c in
                htmlReadMemory(c.baseAddress, Int32(c.count), "input.html", "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    var root: xmlNodePtr? { xmlDocGetRootElement(doc) }
}

/// Small read-only views of a libxml2 node.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// Lower-case tag name (libxml2's HTML parser already lower-cases).
    var tag: String {
        guard let name = pointee.name else { return "" }
        return String(cString: name)
    }

    /// Source line of the node (1-based), 0 when libxml2 does not know it.
    var sourceLine: Int { Int(xmlGetLineNo(self)) }

    /// Borrowed text content of a text node.
    var textContent: String {
        guard let content = pointee.content else { return "" }
        return String(cString: content)
    }

    func attribute(_ name: String) -> String? {
        guard let raw = xmlGetProp(self, name) else { return nil }
        defer { clibxml2_free(raw) }
        return String(cString: raw)
    }

    /// Calls `body` with the bytes of attribute `name` (lower case, as libxml2's HTML parser stores
    /// names), or returns nil when the element has no such attribute. A value held as one text node
    /// (the usual case) is read in place; others (entities, empty) go through `xmlGetProp`.
    func withAttribute<R>(_ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var attr = pointee.properties
        while let a = attr {
            if let n = a.pointee.name, Self.equal(n, name) {
                if let c = a.pointee.children, c.pointee.next == nil, c.pointee.type == XML_TEXT_NODE, let text = c.pointee.content {
                    return body(UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))))
                }
                guard let raw = xmlGetProp(self, n) else { return nil }
                defer { clibxml2_free(raw) }
                return body(UnsafeBufferPointer(start: raw, count: Int(xmlStrlen(raw))))
            }
            attr = a.pointee.next
        }
        return nil
    }

    private static func equal(_ c: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        let p = name.utf8Start
        for i in 0..<name.utf8CodeUnitCount where c[i] != p[i] { return false }
        return c[name.utf8CodeUnitCount] == 0
    }

    /// Child nodes in order.
    var childNodes: HTMLChildren { HTMLChildren(first: pointee.children) }
}

/// Iterates a node's children without building an array.
struct HTMLChildren: Sequence, IteratorProtocol {
    var first: xmlNodePtr?
    mutating func next() -> xmlNodePtr? {
        guard let node = first else { return nil }
        first = node.pointee.next
        return node
    }
}
