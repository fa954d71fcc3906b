/// Moves a Vietnamese tone mark to the placement official documents use for the open syllables
/// `oa`, `oe`, `uy`: on the first vowel (`hoà → hòa`, `Khoẻ → Khỏe`, `Uỷ ban → Ủy ban`).
///
/// Only when the pair ends the syllable (`hoàn`, `khoản`, `thuyền`, `ngoài` keep their tone) and the
/// `u` is not part of the consonant `qu` (`quý`, `quỳ` unchanged). Works on NFC UTF-8 bytes.
enum ToneMarks {
    /// Precomposed letters in tone order: grave, acute, tilde, hook above, dot below.
    private static let toned: [UInt8: [UInt32]] = [
        UInt8(ascii: "a"): [0x00E0, 0x00E1, 0x00E3, 0x1EA3, 0x1EA1],
        UInt8(ascii: "A"): [0x00C0, 0x00C1, 0x00C3, 0x1EA2, 0x1EA0],
        UInt8(ascii: "e"): [0x00E8, 0x00E9, 0x1EBD, 0x1EBB, 0x1EB9],
        UInt8(ascii: "E"): [0x00C8, 0x00C9, 0x1EBC, 0x1EBA, 0x1EB8],
        UInt8(ascii: "o"): [0x00F2, 0x00F3, 0x00F5, 0x1ECF, 0x1ECD],
        UInt8(ascii: "O"): [0x00D2, 0x00D3, 0x00D5, 0x1ECE, 0x1ECC],
        UInt8(ascii: "u"): [0x00F9, 0x00FA, 0x0169, 0x1EE7, 0x1EE5],
        UInt8(ascii: "U"): [0x00D9, 0x00DA, 0x0168, 0x1EE6, 0x1EE4],
        UInt8(ascii: "y"): [0x1EF3, 0x00FD, 0x1EF9, 0x1EF7, 0x1EF5],
        UInt8(ascii: "Y"): [0x1EF2, 0x00DD, 0x1EF8, 0x1EF6, 0x1EF4],
    ]

    /// Toned second vowels (`à` → ("a", grave)), for the letters that can follow `o`/`u` in a pair.
    private static let seconds: [UInt32: (base: UInt8, tone: Int)] = {
        var map: [UInt32: (base: UInt8, tone: Int)] = [:]
        for letter in "aAeEyY".utf8 {
            for (tone, v) in toned[letter]!.enumerated() { map[v] = (letter, tone) }
        }
        return map
    }()

    /// A rewrite found by `shift`: write `first` then `second` in place of `length` bytes.
    struct Shift {
        var first: UInt32
        var second: UInt8
        var length: Int
    }

    // MARK: - Public API

    /// The rewrite for the pair starting at `i` (an ASCII `o`/`O`/`u`/`U`), or nil if none applies.
    static func shift(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Shift? {
        let first = p[i]
        let lower = first | 0x20
        guard lower == UInt8(ascii: "o") || lower == UInt8(ascii: "u"), i + 2 < n else { return nil }
        let lead = p[i + 1]
        guard lead == 0xC3 || lead == 0xE1 else { return nil }
        let (v, length) = UTF8Scalars.decode(p, i + 1, n)
        guard let (base, tone) = seconds[v].map({ ($0.base, $0.tone) }) else { return nil }
        let pairs = lower == UInt8(ascii: "o") ? (base | 0x20 == UInt8(ascii: "a") || base | 0x20 == UInt8(ascii: "e"))
                                               : base | 0x20 == UInt8(ascii: "y")
        guard pairs else { return nil }
        let after = i + 1 + length
        if after < n && UTF8Scalars.isLetter(UTF8Scalars.decode(p, after, n).value) { return nil }
        if let before = UTF8Scalars.decode(before: i, p, n), !opensSyllable(before) { return nil }
        return Shift(first: toned[first]![tone], second: base, length: 1 + length)
    }

    // MARK: - Private helpers

    /// True when the scalar before the pair leaves it as the syllable's whole vowel: a non-letter
    /// or a consonant other than `q` (`th`, `kh`, `đ`, …).
    private static func opensSyllable(_ v: UInt32) -> Bool {
        if v == 0x0111 || v == 0x0110 { return true }  // đ Đ
        guard UTF8Scalars.isLetter(v) else { return true }
        guard v < 0x80 else { return false }  // other Vietnamese letters are vowels
        return !"aeiouyq".utf8.contains(UInt8(v) | 0x20)
    }
}
