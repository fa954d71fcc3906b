/// Reads body blocks one at a time and grows the outline: headings open sections at the
/// level `SchemeStack` gives them, everything else becomes a block of the innermost open
/// section.
///
/// Blocks: a paragraph per text line, a bullet (with nested bullets: a different bullet
/// character under a bullet is its child, `- Đến năm 2025:` then `+ …`), a table reference
/// per table block. All-caps lines (`PHỤ LỤC`, `DANH MỤC NHIỆM VỤ …`) open `caps` sections
/// unless they continue the sentence before them; an all-caps line right after a heading
/// whose title is all caps (or missing) continues that title. Text before any heading goes
/// into an untitled section (`marker: nil, scheme: caps, title: nil`).
struct OutlineAssembler {
    private(set) var tree = OutlineTree()
    private(set) var diagnostics: [Diagnostic] = []
    private var stack = SchemeStack()
    private var tableCount = 0
    /// The untitled section that holds text before the first heading of a part.
    private var untitled: Int?
    /// Open bullets of the current section, outermost first.
    private var bullets: [(marker: String, block: Int)] = []
    private var bulletSection: Int?
    /// The section opened by the previous block, while it has no content, and what may extend its title.
    private var opened: (node: Int, takesCaps: Bool, takesPlain: Bool)?
    /// The previous block stopped mid-sentence.
    private var midSentence = false

    // MARK: - Public API

    /// A header, title, signature or recipients block lies between body blocks: the next body
    /// text starts a new part (the plan attached to a decision, an appendix).
    mutating func boundary() {
        stack.reset()
        untitled = nil
        endFlow()
    }

    mutating func addTable(line: Int, endLine: Int) {
        let container = currentContainer(line: line)
        _ = tree.addBlock(Block(kind: .table, text: "", line: line, table: tableCount), endLine: endLine,
                          section: container, parentBlock: nil)
        tableCount += 1
        endFlow()
    }

    mutating func addText(_ text: String, line: Int, endLine: Int, style: TextStyle) {
        if let bullet = BulletParser.parse(text) {
            if let split = glued(bullet.text) {
                addBullet(bullet.marker, split.head, line: line, endLine: endLine)
                addText(split.tail, line: line, endLine: endLine, style: style)
            } else {
                addBullet(bullet.marker, bullet.text, line: line, endLine: endLine)
            }
            return
        }
        if openNumbered(text, line: line, endLine: endLine, style: style) { return }
        let headingStyled = style.contains(.heading) && text.unicodeScalars.count <= 250 && text.utf8.first != 0x28
        if HeadingJudge.isCapsHeading(text) || headingStyled {
            if let o = opened, o.takesCaps {
                let title = [tree.node(o.node).title, HeadingJudge.cleanTitle(text)].compactMap { $0 }.joined(separator: " ")
                tree.setTitle(o.node, title)
                tree.extendHeading(o.node, to: endLine)
                opened = (o.node, !title.hasSuffix(":"), false)
                return
            }
            if !midSentence {
                openCaps(text, line: line, endLine: endLine)
                return
            }
        }
        if let o = opened, o.takesPlain, text.utf8.first != 0x28, text.unicodeScalars.count <= 150,
           HeadingJudge.judge(text) == .title {
            tree.setTitle(o.node, HeadingJudge.cleanTitle(text))
            tree.extendHeading(o.node, to: endLine)
            opened = nil
            return
        }
        if let split = glued(text) {
            addParagraph(split.head, line: line, endLine: endLine)
            addText(split.tail, line: line, endLine: endLine, style: style)
        } else {
            addParagraph(text, line: line, endLine: endLine)
        }
    }

    // MARK: - Headings

    /// Opens the section of a numbered line when one of its marker readings fits.
    private mutating func openNumbered(_ text: String, line: Int, endLine: Int, style: TextStyle) -> Bool {
        let readings = MarkerParser.parse(text)
        var best: (Marker, SchemeStack.Placement)?
        for m in readings {
            if let p = stack.place(m), best.map({ p.fit < $0.1.fit }) ?? true { best = (m, p) }
        }
        guard let (marker, placement) = best else { return false }
        let rest = ByteScan.withBytes(text) { ByteScan.rest($0, from: marker.restStart) }
        report(placement, marker: marker, line: line)
        if !rest.isEmpty, let two = InlineHeadings.secondHeading(in: rest, outer: marker.scheme) {
            let node = push(marker, placement, title: HeadingJudge.cleanTitle(two.title), line: line, endLine: endLine)
            if !openNumbered(two.tail, line: line, endLine: endLine, style: style) {
                tree.setTitle(node, HeadingJudge.cleanTitle(rest))
            }
            return true
        }
        switch HeadingJudge.judge(rest, style: style) {
        case .title:
            let node = push(marker, placement, title: HeadingJudge.cleanTitle(rest), line: line, endLine: endLine)
            let caps = rest.isEmpty || (HeadingJudge.isAllCaps(rest) && !rest.hasSuffix(":"))
            let wantsTitle = rest.isEmpty && (marker.scheme.isOuter || marker.scheme == .article)
            opened = (node, caps, wantsTitle)
        case .content:
            let node = push(marker, placement, title: nil, line: line, endLine: endLine)
            _ = tree.addBlock(Block(kind: .paragraph, text: rest, line: line), endLine: endLine, section: node, parentBlock: nil)
            midSentence = HeadingJudge.endsMidSentence(rest)
        case .titleIfContent:
            let node = push(marker, placement, title: nil, line: line, endLine: endLine)
            tree.setPending(node, rest)
        }
        return true
    }

    private mutating func openCaps(_ text: String, line: Int, endLine: Int) {
        let marker = Marker(scheme: .caps, value: .none, text: "", restStart: 0)
        guard let placement = stack.place(marker) else { return }
        if let two = InlineHeadings.secondHeading(in: text, outer: nil) {
            let node = push(marker, placement, title: HeadingJudge.cleanTitle(two.title), line: line, endLine: endLine)
            if !openNumbered(two.tail, line: line, endLine: endLine, style: []) {
                tree.setTitle(node, HeadingJudge.cleanTitle(text))
            }
            return
        }
        let title = HeadingJudge.cleanTitle(text)
        let node = push(marker, placement, title: title, line: line, endLine: endLine)
        opened = (node, !text.hasSuffix(":"), false)
    }

    /// Adds the section for `marker` where `placement` says and makes it the innermost one.
    private mutating func push(_ marker: Marker, _ placement: SchemeStack.Placement, title: String?, line: Int,
                               endLine: Int) -> Int {
        untitled = nil
        let parent = placement.keep > 0 ? stack.frames[placement.keep - 1].node : nil
        let node = tree.addSection(parent: parent, marker: marker.scheme == .caps ? nil : marker.text,
                                   scheme: marker.scheme, title: title, line: line)
        tree.extendHeading(node, to: endLine)
        stack.apply(placement, marker: marker, node: node)
        endFlow()
        return node
    }

    private mutating func report(_ p: SchemeStack.Placement, marker: Marker, line: Int) {
        switch p.fit {
        case .jump: diagnostics.append(.numberingJump(expected: p.reference ?? "?", found: marker.text, line: line))
        case .restart: diagnostics.append(.numberingRestart(previous: p.reference ?? "?", found: marker.text, line: line))
        default: break
        }
    }

    // MARK: - Blocks

    private mutating func addParagraph(_ text: String, line: Int, endLine: Int) {
        let container = currentContainer(line: line)
        _ = tree.addBlock(Block(kind: .paragraph, text: text, line: line), endLine: endLine, section: container, parentBlock: nil)
        endFlow()
        midSentence = HeadingJudge.endsMidSentence(text)
    }

    private mutating func addBullet(_ marker: String, _ text: String, line: Int, endLine: Int) {
        let container = currentContainer(line: line)
        if bulletSection != container { bullets.removeAll(keepingCapacity: true); bulletSection = container }
        if let k = bullets.lastIndex(where: { $0.marker == marker }) { bullets.removeSubrange(k...) }
        let block = tree.addBlock(Block(kind: .bullet, marker: marker, text: text, line: line), endLine: endLine,
                                  section: container, parentBlock: bullets.last?.block)
        bullets.append((marker, block))
        opened = nil
        midSentence = HeadingJudge.endsMidSentence(text)
    }

    /// The innermost open section, or the untitled one for text before any heading.
    private mutating func currentContainer(line: Int) -> Int {
        if let top = stack.top { return top.node }
        if let u = untitled { return u }
        let u = tree.addSection(parent: nil, marker: nil, scheme: .caps, title: nil, line: line)
        untitled = u
        return u
    }

    private mutating func endFlow() {
        bullets.removeAll(keepingCapacity: true)
        bulletSection = nil
        opened = nil
        midSentence = false
    }

    /// A heading glued after a sentence end, when it is the next value of an open level.
    private func glued(_ text: String) -> (head: String, tail: String)? {
        guard !stack.isEmpty else { return nil }
        let open = stack
        return InlineHeadings.gluedHeading(in: text) { m in open.place(m)?.fit == .exact }
    }
}
