/// One reading of a numbering marker found at the start of a line.
///
/// `II. MỤC TIÊU` → scheme `roman`, value `.roman(2)`, text `II.`; `Điều 3.` → scheme
/// `article`, value `.number(3)`, prefix `Điều `. `I.` has two readings (Roman one and the
/// letter I); `MarkerParser` returns both and `SchemeStack` keeps the one the document expects.
struct Marker: Equatable {
    /// The position of the marker in its sequence.
    enum Value: Equatable {
        case number(Int)
        case roman(Int)
        /// Decimal numbering `2.1.3` → `[2, 1, 3]`.
        case path([Int])
        /// A letter, lower-cased (`đ` is U+0111).
        case letter(UInt32)
        /// Unnumbered (`PHỤ LỤC`, an all-caps title).
        case none
    }

    var scheme: NumberingScheme
    /// Separates levels that share a scheme: decimal depth; `.`/`)` for Arabic and letters.
    var variant: UInt8 = 0
    var value: Value
    /// The marker as written, trimmed: `II.`, `1.`, `a)`, `2.1.`, `Điều 3.`, `PHỤ LỤC II`.
    var text: String
    /// Word before the number (`Điều `, `Chương `, `PHỤ LỤC `), used to write expected values.
    var prefix: String = ""
    /// Delimiter after the number (`.`, `)`, `:`), used to write expected values.
    var suffix: String = ""
    /// UTF-8 offset, in the parsed text, of the first byte after the marker and its spaces.
    var restStart: Int

    var key: SchemeKey { SchemeKey(scheme: scheme, variant: variant) }

    /// How this marker's sequence would write `value` (`4.`, `d)`, `Điều 5.`).
    func label(for value: Value) -> String {
        prefix + value.written(upper: scheme == .upperLetter) + suffix
    }
}
