/// A level of numbering: a scheme and the variant that tells two levels of one scheme apart.
struct SchemeKey: Hashable {
    var scheme: NumberingScheme
    var variant: UInt8
}

extension SchemeKey {
    /// `Mục` is a part below `Chương` (`Chương I` › `Mục 1` › `Điều 1`); `Phần` is above it.
    static let sectionVariant: UInt8 = 1

    /// The usual nesting when the document has not shown its own: smaller is outer.
    var conventionalRank: Int {
        switch scheme {
        case .appendix: return 0
        case .caps: return 1
        case .part: return variant == Self.sectionVariant ? 4 : 2
        case .chapter: return 3
        case .upperLetter: return 5
        case .roman: return 6
        case .article: return 7
        case .arabic: return 8
        case .decimal: return 9
        case .letter: return 10
        }
    }
}
