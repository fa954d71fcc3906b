/// A level of numbering: a scheme and the variant that tells two levels of one scheme apart.
struct SchemeKey: Hashable {
    var scheme: NumberingScheme
    var variant: UInt8
}
