/// The group rows above a task row, as a path: `I` / `Cải cách thể chế` → `1` / `Xây dựng văn bản`.
///
/// Works like the outline's stack of numbering schemes: each group row's STT has a scheme (Roman,
/// upper letter, Arabic, `1.2`-style decimal by depth, lower letter, none); a scheme already on
/// the path replaces that level and everything deeper, a new scheme goes one level deeper.
struct TaskGroupPath {
    private var levels: [(scheme: String, group: Task.Group)] = []

    var groups: [Task.Group] { levels.map(\.group) }

    mutating func enter(_ group: Task.Group) {
        let scheme = scheme(of: group.stt)
        if let k = levels.firstIndex(where: { $0.scheme == scheme }) { levels.removeSubrange(k...) }
        levels.append((scheme, group))
    }

    /// The path for a data row: a decimal group (`8.3`) that does not number the row (`8.5`
    /// is its sibling, not its child) is left out, with everything below it.
    func groups(forRow stt: String?) -> [Task.Group] {
        guard let row = Self.components(stt), row.count > 1 else { return groups }
        var out: [Task.Group] = []
        for level in levels {
            if let g = Self.components(level.group.stt), g.count > 1, g.count >= row.count || Array(row.prefix(g.count)) != g {
                break
            }
            out.append(level.group)
        }
        return out
    }

    // MARK: - Private

    /// `8.3.` → ["8", "3"]; nil unless the STT is dotted numbers.
    private static func components(_ stt: String?) -> [Substring]? {
        guard let stt else { return nil }
        // Only ASCII digits and dots can give components, and on them bytes are characters.
        let u = stt.utf8
        guard u.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) else { return nil }
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == 0x2E { end = u.index(before: end) }
        var parts: [Substring] = []
        var start = u.startIndex
        var i = u.startIndex
        while true {
            if i == end || u[i] == 0x2E {
                guard start < i else { return nil }  // an empty part
                parts.append(stt[start..<i])
                if i == end { break }
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        return parts
    }

    private func scheme(of stt: String?) -> String {
        guard let stt else { return "none" }
        var s = Substring(stt)
        while let l = s.last, ".)".contains(l) { s = s.dropLast() }
        guard !s.isEmpty else { return "none" }
        if s.allSatisfy({ $0.isASCII && $0.isNumber }) { return "decimal-1" }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            return "decimal-\(parts.count)"
        }
        if s.allSatisfy({ "IVXLC".contains($0) }), !isUpperLetterInSequence(s) { return "roman" }
        if s.count == 1, let c = s.first, c.isUppercase { return "upper" }
        if s.count == 1, let c = s.first, c.isLowercase { return "letter" }
        return "other:" + s
    }

    /// `I` after `H`, `V` after `U`, `X` after `V`… on the path is a letter, not a Roman numeral.
    private func isUpperLetterInSequence(_ s: Substring) -> Bool {
        guard s.count == 1, let c = s.first?.unicodeScalars.first,
            let last = levels.last(where: { $0.scheme == "upper" })?.group.stt?.unicodeScalars.first
        else { return false }
        return last.value + 1 == c.value
    }
}
