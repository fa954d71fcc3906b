/// Sequence rules of the numbering schemes: the first value, the expected next values, and
/// how far a found value jumped.
///
/// Lower-case letters follow the Vietnamese alphabet (`c) d) đ) e) g) h) i) k)`); the Latin
/// order (`e) f)`, `d) e)` without `đ`) is accepted too because some documents use it.
extension NumberingScheme {
    /// Outer schemes sit at the top of a document (or of an appendix) whatever came before.
    var isOuter: Bool {
        switch self {
        case .appendix, .caps, .part, .chapter: return true
        default: return false
        }
    }

    /// Articles (and appendices, parts, chapters) keep counting across parents: `Điều 5.`
    /// under `Chương II` follows `Điều 4.` under `Chương I`.
    var continuesAcrossParents: Bool {
        switch self {
        case .article, .appendix, .part, .chapter: return true
        default: return false
        }
    }
}

extension Marker.Value {
    /// Whether this is where a sequence starts (`1.`, `I.`, `a)`, `A.`, `2.1.`).
    var isFirst: Bool {
        switch self {
        case .number(let n), .roman(let n): return n == 1
        case .path(let p): return p.last == 1
        case .letter(let l): return l == 0x61
        case .none: return true
        }
    }

    /// The first value of the same kind (`.roman(1)` for a Roman value).
    var firstOfKind: Marker.Value {
        switch self {
        case .number: return .number(1)
        case .roman: return .roman(1)
        case .path(let p): return .path(Array(p.dropLast()) + [1])
        case .letter: return .letter(0x61)
        case .none: return .none
        }
    }

    /// The values that may follow this one.
    var successors: [Marker.Value] {
        switch self {
        case .number(let n): return [.number(n + 1)]
        case .roman(let n): return [.roman(n + 1)]
        case .path(let p): return [.path(Array(p.dropLast()) + [(p.last ?? 0) + 1])]
        case .letter(let l):
            var next: [Marker.Value] = []
            for order in [LetterOrder.vietnamese, LetterOrder.latin] {
                if let i = order.firstIndex(of: l), i + 1 < order.count, !next.contains(.letter(order[i + 1])) {
                    next.append(.letter(order[i + 1]))
                }
            }
            return next
        case .none: return []
        }
    }

    /// How many values lie strictly between `expected` and `self` (a lost-heading count),
    /// or nil when `self` does not come after `expected` in the same sequence.
    func skipped(after expected: Marker.Value) -> Int? {
        switch (expected, self) {
        case (.number(let e), .number(let f)), (.roman(let e), .roman(let f)):
            return f > e ? f - e : nil
        case (.path(let e), .path(let f)):
            guard e.count == f.count, e.dropLast() == f.dropLast(), let el = e.last, let fl = f.last, fl > el
            else { return nil }
            return fl - el
        case (.letter(let e), .letter(let f)):
            for order in [LetterOrder.vietnamese, LetterOrder.latin] {
                if let i = order.firstIndex(of: e), let j = order.firstIndex(of: f) { return j > i ? j - i : nil }
            }
            return nil
        default:
            return nil
        }
    }

    /// The value as a document writes it (`IV`, `2.1`, `đ`, `D`).
    func written(upper: Bool) -> String {
        switch self {
        case .number(let n): return String(n)
        case .roman(let n): return RomanNumeral.write(n)
        case .path(let p): return p.map(String.init).joined(separator: ".")
        case .letter(let l):
            let s = String(Character(Unicode.Scalar(l) ?? "?"))
            return upper ? s.uppercased() : s
        case .none: return ""
        }
    }
}
