/// The open headings, one frame per numbering level, and the order in which the document
/// opened its schemes.
///
/// A marker of a scheme already on the stack pops back to it; a new scheme pushes a level.
/// The expected next value separates real items from look-alikes: after `c)` comes `d)` or
/// `đ)`; `1.` again under the same parent is a restart (a parent heading was lost); a small
/// forward gap (`3.` → `5.`) is a jump (a heading was lost); anything else is not a heading.
/// A scheme met again after it was popped goes back to the level the document gave it
/// (`A. … I. … 1. … B. … 1. … II.` puts `II.` under `B.`, not under `1.`). A scheme never
/// seen and not at its first value (`II.` after a plan that started at `1.`) is placed by the
/// usual nesting (Roman above Arabic) because its earlier items were lost.
struct SchemeStack {
    struct Frame {
        var key: SchemeKey
        var value: Marker.Value
        var label: String
        var node: Int
    }

    /// How well a marker fits; smaller is better.
    enum Fit: Int, Comparable {
        case exact, continued, first, restart, jump
        static func < (a: Fit, b: Fit) -> Bool { a.rawValue < b.rawValue }
    }

    /// Where a marker goes: keep `keep` frames, then push it.
    struct Placement {
        var keep: Int
        var fit: Fit
        /// For a jump, the value that was expected; for a restart, the previous item.
        var reference: String?
        /// A frame reused under another delimiter (`a)` list continued as `b.`).
        var key: SchemeKey
    }

    private(set) var frames: [Frame] = []
    private var order: [SchemeKey] = []
    private var lastValue: [SchemeKey: Marker.Value] = [:]

    /// A lost heading is assumed for at most this many skipped values.
    static let maxSkipped = 3

    var isEmpty: Bool { frames.isEmpty }
    var top: Frame? { frames.last }

    /// Forgets everything: a new document part (an attached plan after a decision) begins.
    mutating func reset() {
        frames.removeAll()
        order.removeAll()
        lastValue.removeAll()
    }

    // MARK: - Public API

    /// Where `marker` would go, or nil when it is not a plausible heading here.
    func place(_ marker: Marker) -> Placement? {
        let key = marker.key
        if let k = frames.lastIndex(where: { $0.key == key }) {
            return sibling(marker, at: k, key: key)
        }
        // The same list continued with another delimiter.
        if marker.scheme == .arabic || marker.scheme == .letter,
           let k = frames.lastIndex(where: { $0.key.scheme == marker.scheme }),
           frames[k].value.successors.contains(marker.value) {
            return Placement(keep: k, fit: .exact, reference: nil, key: frames[k].key)
        }
        return newLevel(marker, key: key)
    }

    /// Applies a placement: pops, pushes a frame for `node`, and learns the scheme order.
    mutating func apply(_ p: Placement, marker: Marker, node: Int) {
        frames.removeLast(frames.count - p.keep)
        if !order.contains(p.key) {
            if let parent = frames.last?.key, let i = order.firstIndex(of: parent) {
                order.insert(p.key, at: i + 1)
            } else {
                order.insert(p.key, at: 0)
            }
        }
        frames.append(Frame(key: p.key, value: marker.value, label: marker.text, node: node))
        lastValue[p.key] = marker.value
    }

    // MARK: - Private

    private func sibling(_ marker: Marker, at k: Int, key: SchemeKey) -> Placement? {
        let f = frames[k]
        // Unnumbered levels (all-caps titles, `PHỤ LỤC`) have no sequence to check.
        if marker.value == .none || f.value == .none { return Placement(keep: k, fit: .exact, reference: nil, key: key) }
        let next = f.value.successors
        if next.contains(marker.value) { return Placement(keep: k, fit: .exact, reference: nil, key: key) }
        if marker.value.isFirst { return Placement(keep: k, fit: .restart, reference: f.label, key: key) }
        if let expected = next.first, let gap = marker.value.skipped(after: expected), gap <= Self.maxSkipped {
            return Placement(keep: k, fit: .jump, reference: marker.label(for: expected), key: key)
        }
        return nil
    }

    private func newLevel(_ marker: Marker, key: SchemeKey) -> Placement? {
        let keep = parentDepth(marker, key: key)
        if marker.value == .none { return Placement(keep: keep, fit: .first, reference: nil, key: key) }
        if key.scheme.continuesAcrossParents, let last = lastValue[key], last.successors.contains(marker.value) {
            return Placement(keep: keep, fit: .continued, reference: nil, key: key)
        }
        var first = marker.value.firstOfKind
        if key.scheme == .decimal, keep > 0, case .path(let p) = marker.value {
            // The first child of `2.` is `2.1.`.
            switch frames[keep - 1].value {
            case .number(let n) where p.count == 2: first = .path([n, 1])
            case .path(let q) where q.count + 1 == p.count: first = .path(q + [1])
            default: break
            }
        }
        if marker.value == first { return Placement(keep: keep, fit: .first, reference: nil, key: key) }
        if marker.value.isFirst || (marker.value.skipped(after: first).map { $0 <= Self.maxSkipped } ?? false) {
            return Placement(keep: keep, fit: .jump, reference: marker.label(for: first), key: key)
        }
        return nil
    }

    /// How many frames stay below a new level of `key`.
    private func parentDepth(_ marker: Marker, key: SchemeKey) -> Int {
        if key.scheme == .decimal {
            // `2.1.` belongs under `2.`; `2.1.3.` under `2.1.`.
            let depth = Int(key.variant)
            if let j = frames.lastIndex(where: {
                (depth == 2 && $0.key.scheme == .arabic) || ($0.key.scheme == .decimal && Int($0.key.variant) == depth - 1)
            }) { return j + 1 }
        }
        if let i = order.firstIndex(of: key) {
            var keep = frames.count
            while keep > 0, let j = order.firstIndex(of: frames[keep - 1].key), j >= i { keep -= 1 }
            return keep
        }
        if key.scheme.isOuter || !marker.value.isFirst {
            let rank = key.conventionalRank
            var keep = frames.count
            while keep > 0, frames[keep - 1].key.conventionalRank >= rank { keep -= 1 }
            return keep
        }
        return frames.count
    }
}
