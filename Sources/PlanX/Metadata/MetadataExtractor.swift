import Foundation

/// The Metadata stage: the document's identity from the roles Regions assigned, plus the
/// citations, abbreviations and footnotes `ReferenceFinder` finds in the text.
///
/// Reads header, title, caption, basis and signature blocks (`FrontMatter`), and the site's
/// metadata box (`SiteMetadata`) only for what the document itself lacks. Caps texts are
/// recased with the proper names the document writes elsewhere (`ProperNameIndex`).
/// Example: `ỦY BAN NHÂN DÂN` / `TỈNH GIA LAI` / `Số: 3638/KH-UBND` / `Gia Lai, ngày 26 tháng 12 năm 2023`
/// / `KẾ HOẠCH` / `CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA TỈNH GIA LAI` → number `3638/KH-UBND`, type `Kế hoạch`,
/// issuer `Ủy ban nhân dân tỉnh Gia Lai`, province and place `Gia Lai`, issued `2023-12-26`,
/// title `Cải cách hành chính năm 2024 của tỉnh Gia Lai`.
enum MetadataExtractor {
    struct Result {
        var metadata = Metadata()
        var citations: [Citation] = []
        var abbreviations: [Abbreviation] = []
        var footnotes: [Footnote] = []
        var diagnostics: [Diagnostic] = []
    }

    static func extract(_ blocks: [SourceBlock], outline: [Section]) -> Result {
        let refs = ReferenceFinder.find(blocks)
        let identity = identify(blocks)
        return Result(metadata: identity.metadata, citations: refs.citations, abbreviations: refs.abbreviations,
                      footnotes: refs.footnotes, diagnostics: identity.diagnostics + refs.diagnostics)
    }

    // MARK: - Identity

    static func identify(_ blocks: [SourceBlock]) -> (metadata: Metadata, diagnostics: [Diagnostic]) {
        let front = FrontMatter(blocks)
        let site = SiteMetadata(blocks)
        let names = properNames(blocks, front: front)
        var m = Metadata()
        var d: [Diagnostic] = []
        let firstLine = blocks.first { !$0.role.isBoilerplate }?.line

        // Number and type.
        if let n = front.numberLine, let number = NumberLineParser.parse(n.text) { m.number = number; m.lines["number"] = n.line }
        let mainTitle = front.titles.first { $0.caption == nil } ?? (front.titles.count == 1 ? front.titles.first : nil)
        if let w = mainTitle?.typeWord { m.type = SentenceCase.apply(w.text); m.lines["type"] = w.line }

        // A decision's own caption (`Kèm theo Quyết định số …`) under the plan it carries.
        let planGroup = front.titles.first { $0.caption != nil && $0.typeWord != nil }
        let caption = planGroup?.caption.map { (parsed: CaptionParser.parse($0.text), line: $0.line) }
        // The caption names the document itself when its kind is the document's type (or, with no
        // type line, a kind other than the carried plan's).
        let planType = planGroup?.typeWord.map { SentenceCase.apply($0.text) }
        if let caption, let kind = caption.parsed.kind, kind == m.type || (m.type == nil && kind != planType) {
            if m.number == nil, let n = caption.parsed.number { m.number = n; m.lines["number"] = caption.line }
            if m.type == nil { m.type = kind; m.lines["type"] = caption.line }
            if let date = caption.parsed.date { m.issued = date; m.lines["issued"] = caption.line }
        }
        if m.type == nil, let number = m.number, let t = NumberLineParser.type(ofNumber: number) { m.type = t; m.lines["type"] = m.lines["number"] }

        // Place and date.
        if let dl = front.dateLine {
            let t = RegionText.strippingPipes(dl.text)
            if let comma = t.firstIndex(of: ","), t[..<comma].count <= 40, !t[..<comma].contains("ngày") {
                m.place = String(t[..<comma]); m.lines["place"] = dl.line
            }
            if let iso = VietnameseDate.firstISO(in: t) { m.issued = iso; m.lines["issued"] = dl.line } else { d.append(.dateInvalid(t, line: dl.line)) }
        }

        // Issuer and province.
        let issuerLines = front.issuerLines.isEmpty ? (front.enactingIssuer.map { [$0] } ?? []) : front.issuerLines
        if let parsed = IssuerParser.parse(issuerLines.map(\.text), names: names) {
            m.issuer = parsed.issuer; m.lines["issuer"] = issuerLines.first?.line
            if let p = parsed.province { m.province = p; m.lines["province"] = issuerLines.first?.line }
        }

        // Title; a caps title line that opens with the type (`KẾ HOẠCH CẢI CÁCH …`) gives both.
        if let group = mainTitle, !group.lines.isEmpty {
            var lines = group.lines.map(\.text)
            if group.typeWord == nil, let (type, rest) = splitType(lines[0]) {
                if m.type == nil || m.lines["type"] == m.lines["number"] { m.type = type; m.lines["type"] = group.lines[0].line }
                lines[0] = rest
            }
            m.title = recase(lines, names: names); m.lines["title"] = group.lines[0].line
        } else if let (title, line) = preambleTitle(front.bases) {
            m.title = title; m.lines["title"] = line
            if m.type == nil { m.type = "Kế hoạch" }
            d.append(.titleFromPreamble(line: line))
        }

        // Bases, signer.
        m.bases = front.bases.map(\.text)
        if let first = front.bases.first { m.lines["bases"] = first.line }
        let parsedSigners = front.signatures.compactMap { lines in SignatureParser.parse(lines.map(\.text)).map { ($0, lines[0].line) } }
        if let (signer, line) = parsedSigners.first(where: { $0.0.name != nil }) ?? parsedSigners.first {
            m.signer = signer; m.lines["signer"] = line
        }

        // The plan a decision carries.
        if let group = planGroup, let w = group.typeWord {
            let c = caption?.parsed
            m.plan = AttachedPlan(type: SentenceCase.apply(w.text),
                                  title: group.lines.isEmpty ? nil : recase(group.lines.map(\.text), names: names),
                                  number: c?.number, issued: c?.date, line: w.line)
            m.lines["plan"] = w.line
        }

        fillFromSite(&m, site: site, names: names, diagnostics: &d)
        if m.number == nil { d.append(.numberMissing(line: firstLine)) }
        if m.issued == nil { d.append(.dateMissing(line: firstLine)) }
        if m.title == nil { d.append(.titleMissing(line: firstLine)) }
        return (m, d)
    }

    // MARK: - Helpers

    /// Site metadata fills only what the document lacks.
    private static func fillFromSite(_ m: inout Metadata, site: SiteMetadata, names: ProperNameIndex, diagnostics d: inout [Diagnostic]) {
        if let f = site.value("Số hiệu"), let n = NumberLineParser.clean(f.value) {
            if m.number == nil { m.number = n; m.lines["number"] = f.line; d.append(.fieldFromSite("number", line: f.line)) }
            else if let own = m.number, own != n { d.append(.numberMismatch(document: own, other: n, line: f.line)) }
        }
        if m.type == nil, let f = site.value("Loại văn bản"), f.value != "Văn bản khác", !f.value.isEmpty {
            m.type = f.value; m.lines["type"] = f.line; d.append(.fieldFromSite("type", line: f.line))
        }
        if m.issued == nil, let f = site.value("Ngày ban hành"), let iso = VietnameseDate.firstISO(in: f.value) {
            m.issued = iso; m.lines["issued"] = f.line; d.append(.fieldFromSite("issued", line: f.line))
        }
        if let f = site.value("Nơi ban hành", "Cơ quan ban hành"), let p = IssuerParser.province(fromSite: f.value) {
            if m.province == nil { m.province = p; m.lines["province"] = f.line; d.append(.fieldFromSite("province", line: f.line)) }
            if let issuer = m.issuer, issuer == "Ủy ban nhân dân" || issuer == "Hội đồng nhân dân" {
                m.issuer = IssuerParser.completing(issuer, province: p)
                d.append(.fieldFromSite("issuer", line: f.line))
            }
        }
        if let f = site.value("Người ký"), !f.value.isEmpty {
            if m.signer == nil { m.signer = Signer(name: f.value); m.lines["signer"] = f.line; d.append(.fieldFromSite("signer", line: f.line)) }
            else if m.signer?.name == nil { m.signer?.name = f.value; d.append(.fieldFromSite("signer", line: f.line)) }
        }
        if m.field == nil, let f = site.value("Lĩnh vực", "Lĩnh vực, ngành"), !f.value.isEmpty { m.field = f.value; m.lines["field"] = f.line }
        if m.title == nil, let t = site.strippedTitle, let line = site.title?.line {
            m.title = t; m.lines["title"] = line; d.append(.fieldFromSite("title", line: line))
        }
    }

    /// Title lines joined and recased: caps lines word by word, mixed-case lines as written.
    private static func recase(_ lines: [String], names: ProperNameIndex) -> String {
        let joined = lines.map { RegionText.strippingPipes($0) }.joined(separator: " ")
        let caps = RegionText.isCaps(joined)
        let title = SentenceCase.apply(joined, names: names)
        return caps ? namingTheIssuedDocument(title) : title
    }

    /// A decision's title names the document it issues with a capital, as the decision's own text
    /// does: `Ban hành kế hoạch cải cách …` → `Ban hành Kế hoạch cải cách …`.
    private static func namingTheIssuedDocument(_ title: String) -> String {
        for verb in ["Ban hành ", "Phê duyệt ", "Về việc ban hành ", "Về việc phê duyệt "] where title.hasPrefix(verb) {
            let rest = title.dropFirst(verb.count)
            for w in RegionText.typeWords.map({ $0.lowercased() }) where rest.hasPrefix(w + " ") {
                return verb + SentenceCase.capitalisingFirstLetter(String(rest))
            }
        }
        return title
    }

    /// `KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024` → (`Kế hoạch`, `CẢI CÁCH HÀNH CHÍNH NĂM 2024`).
    private static func splitType(_ line: String) -> (String, String)? {
        let t = RegionText.strippingPipes(line)
        guard RegionText.isCaps(t) else { return nil }
        for w in RegionText.typeWords where t.hasPrefix(w + " ") {
            return (SentenceCase.apply(w), String(t.dropFirst(w.count + 1)))
        }
        return nil
    }

    /// `… ban hành Kế hoạch thực hiện … năm 2021, cụ thể như sau:` → `Thực hiện … năm 2021`.
    private static func preambleTitle(_ bases: [FrontMatter.Line]) -> (String, Int)? {
        guard let last = bases.last, RegionText.isPreamble(last.text) else { return nil }
        let t = last.text
        guard let r = t.range(of: "ban hành Kế hoạch ") ?? t.range(of: "ban hành kế hoạch ") else { return nil }
        var rest = Substring(t[r.upperBound...])
        for tail in [", cụ thể như sau", " cụ thể như sau", " với những nội dung như sau", " với các nội dung như sau", " như sau"] {
            if let cut = rest.range(of: tail, options: .backwards) { rest = rest[..<cut.lowerBound]; break }
        }
        while let l = rest.last, l == "," || l == " " || l == ":" { rest = rest.dropLast() }
        guard !rest.isEmpty else { return nil }
        return (SentenceCase.capitalisingFirstLetter(String(rest)), last.line)
    }

    /// The casing the body uses for the words of the caps texts to recase.
    private static func properNames(_ blocks: [SourceBlock], front: FrontMatter) -> ProperNameIndex {
        var words = Set<String>()
        for g in front.titles { for l in g.lines { words.formUnion(SentenceCase.words(l.text)) } }
        let issuerLines = front.issuerLines + (front.enactingIssuer.map { [$0] } ?? [])
        for l in issuerLines { words.formUnion(SentenceCase.words(l.text)) }
        guard !words.isEmpty else { return ProperNameIndex() }
        let texts = blocks.lazy.filter { $0.kind == .text && !$0.role.isBoilerplate && $0.role != .title && $0.role != .header }.map(\.text)
        let phrases = IssuerParser.bodyPhrases(issuerLines.map(\.text))
        for p in phrases { words.formUnion(p) }
        return ProperNameIndex(texts: texts, words: words, phrases: phrases)
    }
}
