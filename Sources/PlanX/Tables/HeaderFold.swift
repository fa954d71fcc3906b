/// The fast path of `ColumnMapper.fold` for header text made of ASCII and Vietnamese letters:
/// each letter maps to its ASCII base, lower-cased (`Đ`, `đ` → `d`), and runs of spaces, tabs and
/// newlines become one space, trimmed. Nil for anything else (other scalars, combining marks,
/// control characters), which Foundation folds.
///
/// `Cơ quan  chủ trì` → `co quan chu tri`; `Thời gian\nhoàn thành` → `thoi gian hoan thanh`.
enum HeaderFold {
    static func fold(_ s: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var space = false
        for scalar in s.unicodeScalars {
            let v = scalar.value
            var b: UInt8
            if v < 0x80 {
                b = UInt8(v)
                if b == 32 || b == 9 || b == 10 { space = !out.isEmpty; continue }
                if b < 32 || b == 127 { return nil }
                if b >= 65 && b <= 90 { b += 32 }
            } else if v >= 0xC0 && v < 0x1B2 {
                b = latin[Int(v - 0xC0)]
            } else if v >= 0x1EA0 && v <= 0x1EF9 {
                b = extended[Int(v - 0x1EA0)]
            } else {
                return nil
            }
            guard b != 0 else { return nil }
            if space { out.append(32); space = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Every Vietnamese letter after its ASCII base, lower then upper case.
    private static let letters = [
        "aàáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", "eèéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ", "iìíỉĩịÌÍỈĨỊ",
        "oòóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", "uùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ", "yỳýỷỹỵỲÝỶỸỴ", "dđĐ",
    ]

    private static let (latin, extended): ([UInt8], [UInt8]) = {
        var latin = [UInt8](repeating: 0, count: 0x1B2 - 0xC0)
        var extended = [UInt8](repeating: 0, count: 0x1EFA - 0x1EA0)
        for group in letters {
            let base = group.utf8.first!
            for letter in group.unicodeScalars.dropFirst() {
                let v = letter.value
                if v >= 0xC0 && v < 0x1B2 { latin[Int(v - 0xC0)] = base }
                if v >= 0x1EA0 && v <= 0x1EF9 { extended[Int(v - 0x1EA0)] = base }
            }
        }
        return (latin, extended)
    }()
}
