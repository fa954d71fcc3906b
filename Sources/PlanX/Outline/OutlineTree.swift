/// The outline while it is being built: sections and blocks in flat arrays linked by index,
/// turned into `[Section]` once the document is read.
///
/// Finishing computes what is only known at the end: each section's `level` (its depth),
/// its `span` (heading line to the last line of its last descendant), and whether a
/// pending heading (`HeadingJudge.Verdict.titleIfContent`) got content and keeps its title.
struct OutlineTree {
    struct Node {
        var marker: String?
        var scheme: NumberingScheme
        var title: String?
        var line: Int
        var endLine: Int
        /// Last line of the heading itself (an all-caps title may continue on the next lines).
        var headingEnd: Int
        /// Heading text whose role (title or first paragraph) is decided when finishing.
        var pending: String?
        var blocks: [Int] = []
        var children: [Int] = []
    }

    struct BlockNode {
        var block: Block
        var endLine: Int
        var children: [Int] = []
    }

    private(set) var nodes: [Node] = []
    private(set) var blockNodes: [BlockNode] = []
    private(set) var roots: [Int] = []

    // MARK: - Public API

    /// Adds a section under `parent` (top level when nil) and returns its index.
    mutating func addSection(parent: Int?, marker: String?, scheme: NumberingScheme, title: String?,
                             line: Int, pending: String? = nil) -> Int {
        nodes.append(Node(marker: marker, scheme: scheme, title: title, line: line, endLine: line, headingEnd: line, pending: pending))
        let i = nodes.count - 1
        if let p = parent { nodes[p].children.append(i) } else { roots.append(i) }
        return i
    }

    /// Adds a block to `section`, or under `parentBlock` when it nests; returns its index.
    mutating func addBlock(_ block: Block, endLine: Int, section: Int, parentBlock: Int?) -> Int {
        blockNodes.append(BlockNode(block: block, endLine: endLine))
        let i = blockNodes.count - 1
        if let p = parentBlock { blockNodes[p].children.append(i) } else { nodes[section].blocks.append(i) }
        return i
    }

    mutating func setTitle(_ node: Int, _ title: String?) { nodes[node].title = title }
    mutating func setPending(_ node: Int, _ text: String?) { nodes[node].pending = text }
    mutating func extendEnd(_ node: Int, to line: Int) { nodes[node].endLine = max(nodes[node].endLine, line) }
    mutating func extendHeading(_ node: Int, to line: Int) {
        nodes[node].headingEnd = max(nodes[node].headingEnd, line)
        extendEnd(node, to: line)
    }

    func node(_ i: Int) -> Node { nodes[i] }
    func hasContent(_ i: Int) -> Bool { !nodes[i].blocks.isEmpty || !nodes[i].children.isEmpty }

    /// The finished outline.
    func sections() -> [Section] {
        roots.map { section($0, level: 1) }
    }

    // MARK: - Private

    private func section(_ i: Int, level: Int) -> Section {
        let n = nodes[i]
        var blocks = n.blocks.map(block)
        var title = n.title
        if let text = n.pending {
            if hasContent(i) {
                title = HeadingJudge.cleanTitle(text)
            } else {
                blocks.insert(Block(kind: .paragraph, text: text, line: n.line), at: 0)
            }
        }
        let children = n.children.map { section($0, level: level + 1) }
        var end = n.endLine
        for b in n.blocks { end = max(end, blockEnd(b)) }
        if let last = children.last { end = max(end, last.span.endLine) }
        return Section(marker: n.marker, scheme: n.scheme, level: level, title: title, line: n.line,
                       span: Span(startLine: n.line, endLine: end), headingSpan: Span(startLine: n.line, endLine: n.headingEnd),
                       blocks: blocks, children: children)
    }

    private func block(_ i: Int) -> Block {
        var b = blockNodes[i].block
        b.endLine = max(b.line, blockNodes[i].endLine)
        b.children = blockNodes[i].children.map(block)
        return b
    }

    private func blockEnd(_ i: Int) -> Int {
        blockNodes[i].children.reduce(blockNodes[i].endLine) { max($0, blockEnd($1)) }
    }
}
