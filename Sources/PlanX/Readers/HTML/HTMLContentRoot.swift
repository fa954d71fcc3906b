import CLibXML2

/// Finds the element that holds the document inside a whole site page.
///
/// Known sites first (vbpl.vn's `data-vbpl-content-root`, `#toanvancontent`; thuvienphapluat's
/// `.content1`, `#divContentDoc`; Word's "Save as Web Page" `WordSection` divs mean the whole
/// body is the document), then a general rule: from `<body>` go down into the child that
/// holds most of the text that is not link text, while one child holds at least 70 % of it.
enum HTMLContentRoot {
    struct Found {
        var node: xmlNodePtr?
        /// Which rule chose it, for the diagnostic: `vbpl`, `thuvienphapluat`, `word`, `density`, `whole`.
        var rule: String
    }

    static func find(in root: xmlNodePtr) -> Found {
        var known: (xmlNodePtr, String)?
        var word = false
        var body: xmlNodePtr?
        search(root) { node in
            if body == nil, HTMLTagKind.of(node).contains(.body) { body = node }
            if known != nil { return }
            if node.withAttribute("data-vbpl-content-root", { AttributeBytes.equals($0, "true") }) == true { known = (node, "vbpl"); return }
            switch node.withAttribute("id", { AttributeBytes.equals($0, "toanvancontent") ? 1 : AttributeBytes.equals($0, "divContentDoc") ? 2 : 0 }) {
            case 1: known = (node, "vbpl"); return
            case 2: known = (node, "thuvienphapluat"); return
            default: break
            }
            node.withAttribute("class") { cls in
                var content1 = false
                AttributeBytes.forEachWord(cls) { w in
                    if AttributeBytes.equals(w, "content1") { content1 = true }
                    if AttributeBytes.hasPrefix(w, "WordSection") { word = true }
                }
                if content1 { known = (node, "thuvienphapluat") }
            }
        }
        if let known { return Found(node: known.0, rule: known.1) }
        if word { return Found(node: nil, rule: "word") }
        guard let start = body else { return Found(node: nil, rule: "whole") }
        var weights: [xmlNodePtr: Int] = [:]
        let total = weigh(start, &weights)
        var current = start
        var currentWeight = total
        while currentWeight > 0 {
            var best: xmlNodePtr?
            var bestWeight = 0
            for child in current.childNodes where child.isElement {
                let w = weights[child] ?? 0
                if w > bestWeight { best = child; bestWeight = w }
            }
            guard let best, bestWeight * 10 >= currentWeight * 7 else { break }
            current = best
            currentWeight = bestWeight
        }
        return Found(node: current == start ? nil : current, rule: current == start ? "whole" : "density")
    }

    /// Visits every element in document order.
    private static func search(_ node: xmlNodePtr, _ visit: (xmlNodePtr) -> Void) {
        guard node.isElement else { return }
        if HTMLTagKind.of(node).contains(.skipped) { return }
        visit(node)
        for child in node.childNodes { search(child, visit) }
    }

    /// Text bytes under `node` that are not inside links or chrome containers.
    private static func weigh(_ node: xmlNodePtr, _ weights: inout [xmlNodePtr: Int]) -> Int {
        if node.isText { return node.textContent.utf8.reduce(0) { $0 + ($1 > 32 ? 1 : 0) } }
        guard node.isElement else { return 0 }
        if !HTMLTagKind.of(node).isDisjoint(with: [.skipped, .link, .chrome]) { return 0 }
        var sum = 0
        for child in node.childNodes { sum += weigh(child, &weights) }
        weights[node] = sum
        return sum
    }
}
