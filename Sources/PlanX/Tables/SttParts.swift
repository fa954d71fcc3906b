/// An STT token read once on its bytes for `SttToken.canFollow`: its kind, its text without the
/// closing `.`/`)` (at most one: a token has no more), and for numbers its parts (`1.2.3` → 1, 2, 3,
/// each at most three digits, at most five parts, ten bits each).
struct SttParts {
    let kind: SttToken.Kind
    /// Trimmed text: length, first byte, `1`/`01`, `I`, `A`.
    let length: Int, first: UInt8
    let isOne: Bool
    let parts: UInt64, count: Int
    let roman: Int

    init?(_ s: String) {
        guard let k = SttToken.kind(s) else { return nil }
        kind = k
        var copy = s
        (length, first, isOne, parts, count, roman) = copy.withUTF8 { b in
            var end = b.count
            if b[end - 1] == 46 || b[end - 1] == 41 { end -= 1 }
            let isOne = (end == 1 && b[0] == 49) || (end == 2 && b[0] == 48 && b[1] == 49)
            var parts: UInt64 = 0, count = 0, value = 0, roman = 0
            if k == .number || k == .dotted {
                for i in 0...end {
                    if i == end || b[i] == 46 {
                        parts |= UInt64(value) << UInt64(10 * count)
                        count += 1
                        value = 0
                    } else {
                        value = value * 10 + Int(b[i] - 48)
                    }
                }
            } else if k == .roman {
                // Right to left: a smaller numeral before a larger one subtracts (`IV`).
                var prev = 0
                for i in stride(from: end - 1, through: 0, by: -1) {
                    let x = b[i] == 73 ? 1 : b[i] == 86 ? 5 : b[i] == 88 ? 10 : b[i] == 76 ? 50 : 0
                    roman += x < prev ? -x : x
                    prev = max(prev, x)
                }
            }
            return (end, b[0], isOne, parts, count, roman)
        }
    }

    func part(_ k: Int) -> Int { Int((parts >> UInt64(10 * k)) & 1023) }

    /// The first `k` parts are the same in both.
    func samePrefix(_ other: SttParts, _ k: Int) -> Bool {
        k == 0 || (parts ^ other.parts) & ((1 << UInt64(10 * k)) - 1) == 0
    }

    /// `SttToken.canFollow` on parsed tokens.
    static func canFollow(_ p: SttParts?, _ n: SttParts) -> Bool {
        guard let p else { return true }
        switch n.kind {
        case .roman: return (n.length == 1 && n.first == 73) || n.roman == (p.kind == .roman ? p.roman : 0) + 1 || p.kind != .roman
        case .letter: return n.first == 65 || p.kind != .letter || n.first == p.first &+ 1
        case .number, .dotted:
            if n.isOne { return true }
            let pc = p.kind == .number || p.kind == .dotted ? p.count : 0
            if pc == 0 { return n.count == 1 || n.part(n.count - 1) == 1 }
            if n.count == pc + 1 && n.samePrefix(p, pc) && n.part(n.count - 1) == 1 { return true }
            let depth = n.count
            return depth <= pc && n.samePrefix(p, depth - 1) && n.part(depth - 1) == p.part(depth - 1) + 1
        }
    }
}
