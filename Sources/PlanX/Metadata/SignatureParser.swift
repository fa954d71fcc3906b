/// The signer from a signature block's lines.
///
/// `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / `(Đã ký)` / `Nguyễn Văn A` →
/// authority `KT. Chủ tịch` (the line nearest the signer), title `Phó Chủ tịch`, name `Nguyễn Văn A`.
/// An authority split over two lines (`TM. ỦY BAN NHÂN` / `DÂN`) is joined first.
enum SignatureParser {
    static func parse(_ lines: [String]) -> Signer? {
        var authorities: [String] = []
        var title: String? = nil
        var name: String? = nil
        for raw in lines {
            let t = RegionText.strippingPipes(raw)
            if SignatureShape.isAuthority(t) {
                authorities.append(t)
            } else if SignatureShape.isOffice(t) {
                title = SentenceCase.office(t)
            } else if SignatureShape.isName(t) {
                name = t
            } else if !SignatureShape.isSignedMark(t), !authorities.isEmpty, RegionText.isCaps(t) {
                authorities[authorities.count - 1] += " " + t
            }
        }
        let authority = authorities.last.map(formatAuthority)
        guard authority != nil || title != nil || name != nil else { return nil }
        return Signer(name: name, title: title, authority: authority)
    }

    /// `KT. CHỦ TỊCH` → `KT. Chủ tịch`; `TM. ỦY BAN NHÂN DÂN` → `TM. Ủy ban nhân dân`; `T/M` → `TM.`.
    static func formatAuthority(_ text: String) -> String {
        var t = Substring(text)
        var prefix = ""
        for (written, canonical) in [("T/M", "TM."), ("K/T", "KT."), ("T/L", "TL."), ("TUQ.", "TUQ."), ("TM.", "TM."),
                                     ("KT.", "KT."), ("TL.", "TL."), ("PP.", "PP."), ("Q.", "Q."), ("TM ", "TM."), ("KT ", "KT.")]
        where t.hasPrefix(written) {
            prefix = canonical
            t = t.dropFirst(written.count)
            break
        }
        while t.first == " " { t = t.dropFirst() }
        let rest = String(t)
        // An office (`CHỦ TỊCH`) in sentence case; a body (`ỦY BAN NHÂN DÂN`, `BAN THƯỜNG TRỰC`) named as an issuer.
        let body = SignatureShape.offices.contains(rest) || !RegionText.isIssuerLike(rest)
            ? SentenceCase.office(rest) : (IssuerParser.parse([rest])?.issuer ?? SentenceCase.office(rest))
        return prefix.isEmpty ? body : prefix + " " + body
    }
}
