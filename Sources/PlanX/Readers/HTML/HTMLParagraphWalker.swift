import CLibXML2

/// Walks an HTML subtree and cuts its text into paragraphs at block boundaries and `<br>`,
/// noting layout evidence (bold, centred, heading) and whether the text lies inside the
/// document's content root. Tables met outside a cell are handed back as tables, not text.
///
/// `<p><b>KẾ HOẠCH</b></p><p align=center>Cải cách</p>` → two paragraphs, the first bold.
struct HTMLParagraphWalker {
    /// What the walk found, in source order.
    enum Event {
        case paragraph(HTMLParagraph)
        case table(xmlNodePtr, inContent: Bool)
    }

    private(set) var events: [Event] = []
    /// The element whose subtree is the document; nil means everything is content.
    let contentRoot: xmlNodePtr?
    /// When false, tables are flattened into paragraphs (inside a cell).
    let splitTables: Bool

    private var buffer = ""
    private var bufferLine = 0
    private var boldChars = 0
    private var totalChars = 0
    private var context = Context()

    private struct Context {
        var bold = false
        var italic = false
        var centered = false
        var heading = false
        var inContent = false
        var line = 0
    }

    init(contentRoot: xmlNodePtr?, splitTables: Bool) {
        self.contentRoot = contentRoot
        self.splitTables = splitTables
        context.inContent = contentRoot == nil
    }

    mutating func walk(_ node: xmlNodePtr) {
        visit(node)
        flush()
    }

    // MARK: - Private

    private mutating func visit(_ node: xmlNodePtr) {
        if node.isText {
            let text = node.textContent
            // Word's downlevel-revealed conditional comments (`<![if !vml]>`) arrive as text.
            if text.hasPrefix("<![") && text.hasSuffix("]>") { return }
            append(text, line: node.sourceLine)
            return
        }
        guard node.isElement else { return }
        let kind = HTMLTagKind.of(node)
        if kind.contains(.skipped) { return }
        if kind.contains(.lineBreak) { flush(); return }
        let saved = context
        defer { context = saved }
        if node == contentRoot { context.inContent = true }
        let line = node.sourceLine
        if line > 0 { context.line = line }
        if kind.contains(.table) && splitTables {
            flush()
            events.append(.table(node, inContent: context.inContent))
            return
        }
        let isBlock = kind.contains(.block)
        if isBlock { flush() }
        applyStyle(node, kind: kind)
        for child in node.childNodes { visit(child) }
        if isBlock { flush() }
    }

    private mutating func applyStyle(_ node: xmlNodePtr, kind: HTMLTagKind) {
        if kind.contains(.bold) { context.bold = true }
        if kind.contains(.italic) { context.italic = true }
        if kind.contains(.heading) { context.heading = true }
        if kind.contains(.center) { context.centered = true }
        if node.withAttribute("align", { AttributeBytes.containsFolded($0, "center") }) == true { context.centered = true }
        node.withAttribute("style") { style in
            if AttributeBytes.containsFolded(style, "text-align:center") { context.centered = true }
            if AttributeBytes.containsFolded(style, "font-weight:bold") || AttributeBytes.containsFolded(style, "font-weight:700") {
                context.bold = true
            }
        }
        node.withAttribute("class") { cls in
            if AttributeBytes.contains(cls, "prov-chapter") || AttributeBytes.contains(cls, "prov-article") || AttributeBytes.contains(cls, "prov-title") {
                context.heading = true
            }
        }
    }

    private mutating func append(_ text: String, line: Int) {
        var pieces = 0
        for unit in text.utf8 where unit > 32 { pieces = 1; break }
        if pieces == 0 {
            if !buffer.isEmpty { buffer.append(" ") }
            return
        }
        if buffer.isEmpty || bufferLine == 0 { bufferLine = line > 0 ? line : context.line }
        if text.utf8.contains(where: { $0 == 10 || $0 == 13 }) {
            buffer.append(String(decoding: text.utf8.map { $0 == 10 || $0 == 13 ? 32 : $0 }, as: UTF8.self))
        } else {
            buffer.append(text)
        }
        let count = text.utf8.count
        totalChars += count
        if context.bold || context.heading { boldChars += count }
    }

    private mutating func flush() {
        defer {
            buffer = ""
            bufferLine = 0
            boldChars = 0
            totalChars = 0
        }
        let text = TextNormalizer.normalize(buffer)
        guard !text.isEmpty else { return }
        var style: TextStyle = []
        if totalChars > 0 && boldChars * 2 > totalChars { style.insert(.bold) }
        if context.centered { style.insert(.centered) }
        if context.heading { style.insert(.heading) }
        if context.italic { style.insert(.italic) }
        events.append(.paragraph(HTMLParagraph(text: text, line: max(bufferLine, 1), style: style, inContent: context.inContent)))
    }
}

/// A paragraph of HTML text with its source line and layout evidence.
struct HTMLParagraph {
    var text: String
    var line: Int
    var style: TextStyle
    var inContent: Bool
}
