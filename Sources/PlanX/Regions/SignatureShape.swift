/// Shapes of the lines that close a Vietnamese administrative document.
///
/// `TM. ỦY BAN NHÂN DÂN` (authority), `KT. CHỦ TỊCH` (authority), `PHÓ CHỦ TỊCH` (office),
/// `(Đã ký)`, and the signer's name `Trương Hải Long`.
enum SignatureShape {
    static let authorityPrefixes: [RegionText.Bytes] = [
        "TM.", "TM ", "T/M", "KT.", "KT ", "K/T", "TL.", "T/L", "TUQ.", "Q.", "PP.", "Q ",
    ].map(RegionText.bytes)

    static let authorityFirstBytes: Set<UInt8> = Set(authorityPrefixes.compactMap(\.first))

    static let offices: Set<String> = [
        "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "BÍ THƯ", "PHÓ BÍ THƯ", "THỦ TƯỚNG",
        "PHÓ THỦ TƯỚNG", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "TỔNG CỤC TRƯỞNG", "CỤC TRƯỞNG", "VIỆN TRƯỞNG",
        "HIỆU TRƯỞNG", "TRƯỞNG PHÒNG", "TỔNG GIÁM ĐỐC", "TRƯỞNG ĐOÀN", "TỔNG THƯ KÝ", "TRƯỞNG BAN THƯỜNG TRỰC",
    ]

    static let signedPrefixes: [RegionText.Bytes] = ["(Đã ký", "(đã ký", "Đã ký", "(Ký", "(ký"].map(RegionText.bytes)

    /// `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`: upper case after the prefix.
    static func isAuthority(_ text: String) -> Bool {
        guard text.utf8.count <= 84, let f = text.utf8.first, authorityFirstBytes.contains(f) else { return false }
        let t = RegionText.strippingPipes(text)
        guard RegionText.starts(t, with: authorityPrefixes) else { return false }
        // Caps as usual (`KT. CHỦ TỊCH`), or a short mixed-case form (`TM. Ủy ban nhân dân`).
        return RegionText.isCaps(t) || (t.utf8.count <= 48 && t.utf8.dropFirst(2).first.map { $0 == 0x2E || $0 == 0x2F } == true)
    }

    static func isOffice(_ text: String) -> Bool {
        text.utf8.count <= 48 && RegionText.noLowerASCIIInHead(text) && offices.contains(RegionText.strippingPipes(text))
    }

    static func isSignedMark(_ text: String) -> Bool {
        let t = RegionText.strippingPipes(text)
        return t.utf8.count <= 40 && RegionText.starts(t, with: signedPrefixes)
    }

    /// A person's name: 2–5 words, each capitalised then lower case, letters only (`Nguyễn Văn Sơn`).
    static func isName(_ text: String) -> Bool {
        let t = RegionText.strippingPipes(text)
        guard t.utf8.count <= 48 else { return false }
        let words = t.split(separator: " ")
        guard words.count >= 2, words.count <= 5 else { return false }
        for w in words {
            var first = true
            for u in w.unicodeScalars {
                let p = u.properties
                if first {
                    guard p.isUppercase else { return false }
                    first = false
                } else if !p.isLowercase {
                    return false
                }
            }
        }
        return true
    }

    /// A short caps fragment continuing an authority line split in two (`TM. ỦY BAN NHÂN` / `DÂN`).
    static func isAuthorityContinuation(_ text: String) -> Bool {
        let t = RegionText.strippingPipes(text)
        return t.utf8.count <= 24 && RegionText.wordCount(t) <= 3 && RegionText.isCaps(t) && RegionText.typeWord(t) == nil
    }

    /// `Nơi nhận:` (possibly with its first item on the same line), not `Nơi nhận hồ sơ …`.
    static func isRecipientsHead(_ text: String) -> Bool {
        let t = RegionText.strippingPipes(text)
        for p in recipientsPrefixes where RegionText.starts(t, with: p) {
            for b in t.utf8.dropFirst(p.count) where b != 0x20 { return b == 0x3A }
            return true
        }
        return false
    }

    static let recipientsPrefixes: [RegionText.Bytes] = ["Nơi nhận", "NƠI NHẬN"].map(RegionText.bytes)
    static let recipientItemPrefixes: [RegionText.Bytes] = ["- ", "-", "+ ", "• ", "– ", "Lưu", "Như "].map(RegionText.bytes)
}
