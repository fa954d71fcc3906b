/// Cleans one text value for output: the form every JSON string of planx is in.
///
/// - NBSP, the other Unicode spaces (U+2000–U+200A, U+202F, U+205F, U+3000), tabs, CR and other
///   control characters become a space; runs of spaces collapse to one; the value is trimmed.
///   A `\n` (between paragraphs of one value) is kept, without spaces around it.
/// - Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and the soft hyphen U+00AD are removed.
/// - U+2010, U+2011 and U+2212 become `-`; `–` and `—` stay (documents use them as bullets).
/// - Tone marks of open `oa`/`oe`/`uy` move to the first vowel (`Uỷ ban nhân dân` → `Ủy ban nhân
///   dân`, `hoá` → `hóa`), see `ToneMarks`.
///
/// Input must be NFC (what `InputDecoder` produces). Works on UTF-8 bytes; a value that needs no
/// change is returned as is, without rebuilding.
enum TextNormalizer {
    /// What the normaliser does with one non-ASCII scalar.
    private enum Action { case keep, space, remove, hyphen }

    // MARK: - Public API

    static func normalize<S: StringProtocol>(_ s: S) -> String {
        let result = s.utf8.withContiguousStorageIfAvailable { cleaned($0) }
        switch result {
        case .some(.some(let cleaned)): return cleaned
        case .some(.none): return String(s)
        case .none:
            var copy = String(s)
            return copy.withUTF8 { cleaned($0) } ?? copy
        }
    }

    /// True when `s` has nothing visible: empty, or only spaces, tabs, NBSP and zero-width characters.
    static func isBlank<S: StringProtocol>(_ s: S) -> Bool {
        if let blank = s.utf8.withContiguousStorageIfAvailable({ isBlank(bytes: $0) }) { return blank }
        var copy = String(s)
        return copy.withUTF8 { isBlank(bytes: $0) }
    }

    // MARK: - Private helpers

    @inline(__always)
    private static func action(_ v: UInt32) -> Action {
        switch v {
        case 0x00A0, 0x0085, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return .space
        case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: return .remove
        case 0x2010, 0x2011, 0x2212: return .hyphen
        default: return .keep
        }
    }

    /// Lead bytes of every scalar `action` does not keep.
    @inline(__always)
    private static func mayNeedAction(_ lead: UInt8) -> Bool {
        lead == 0xC2 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF
    }

    private static func isOpenVowel(_ b: UInt8) -> Bool {
        let lower = b | 0x20
        return lower == UInt8(ascii: "o") || lower == UInt8(ascii: "u")
    }

    /// The cleaned value, or nil when `buf` is clean already. A value whose only fault is
    /// ASCII whitespace around it (most table cells: ` Sở Nội vụ `) is a slice, not a rebuild.
    private static func cleaned(_ buf: UnsafeBufferPointer<UInt8>) -> String? {
        guard let p = buf.baseAddress else { return nil }
        let n = buf.count
        var a = 0, b = n
        while a < b, p[a] <= 0x20 { a += 1 }
        while b > a, p[b - 1] <= 0x20 { b -= 1 }
        if needsWork(p, a, b, n) { return rebuild(buf) }
        return a == 0 && b == n ? nil : String(decoding: UnsafeBufferPointer(start: p + a, count: b - a), as: UTF8.self)
    }

    /// One cheap pass over `from..<to` of `p[0..<n]`: would `rebuild` change anything there?
    /// Controls and doubled spaces are gathered without a branch per byte; only bytes that may
    /// start an action or a tone-mark shift (`o`, `u`, E2 …) are looked at one by one.
    private static func needsWork(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ n: Int) -> Bool {
        var prevSpace: UInt8 = 1  // so a leading space counts as a run
        var faults: UInt8 = 0
        var i = from
        let classes = byteClass
        while i < to {
            let c = classes[Int(p[i])]
            let space = (c & spaceBit) >> 1
            faults |= (c & controlBit) | (space & prevSpace)
            prevSpace = space
            if c & (actionBit | vowelBit) != 0 {
                if c & actionBit != 0 {
                    if action(UTF8Scalars.decode(p, i, n).value) != .keep { return true }
                } else if i + 1 < n && p[i + 1] >= 0xC3 && ToneMarks.shift(p, i, n) != nil {
                    return true
                }
            }
            i += 1
        }
        return faults != 0 || prevSpace != 0
    }

    private static let controlBit: UInt8 = 1, spaceBit: UInt8 = 2, actionBit: UInt8 = 4, vowelBit: UInt8 = 8
    /// What `needsWork` must look at for each byte value.
    private static let byteClass: [UInt8] = (0..<256).map { b -> UInt8 in
        if b == 0x20 { return spaceBit }
        if b < 0x20 { return controlBit }
        if mayNeedAction(UInt8(b)) { return actionBit }
        if b < 0x80 && isOpenVowel(UInt8(b)) { return vowelBit }
        return 0
    }

    private static func rebuild(_ buf: UnsafeBufferPointer<UInt8>) -> String {
        guard let p = buf.baseAddress else { return "" }
        let n = buf.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var pending: UInt8 = 0  // separator owed before the next visible byte: 0, space or newline
        @inline(__always) func flush() {
            if pending != 0 && !out.isEmpty { out.append(pending) }
            pending = 0
        }
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if b == 0x0A {
                    pending = 0x0A
                } else if b <= 0x20 {
                    if pending == 0 { pending = 0x20 }
                } else if isOpenVowel(b), let shift = ToneMarks.shift(p, i, n) {
                    flush()
                    UTF8Scalars.append(shift.first, to: &out)
                    out.append(shift.second)
                    i += shift.length
                    continue
                } else {
                    flush()
                    out.append(b)
                }
                i += 1
                continue
            }
            let (v, length) = UTF8Scalars.decode(p, i, n)
            switch mayNeedAction(b) ? action(v) : .keep {
            case .space:
                if pending == 0 { pending = 0x20 }
            case .remove:
                break
            case .hyphen:
                flush()
                out.append(UInt8(ascii: "-"))
            case .keep:
                flush()
                out.append(contentsOf: UnsafeBufferPointer(start: p + i, count: length))
            }
            i += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isBlank(bytes buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = buf.baseAddress else { return true }
        let n = buf.count
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if b > 0x20 { return false }
                i += 1
                continue
            }
            let (v, length) = UTF8Scalars.decode(p, i, n)
            let a = action(v)
            if a != .space && a != .remove { return false }
            i += length
        }
        return true
    }
}
