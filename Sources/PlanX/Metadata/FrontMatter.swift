/// The Regions roles regrouped for metadata: header lines by kind, title groups, captions,
/// bases and signature blocks, each with its source line.
///
/// `ỦY BAN NHÂN DÂN` / `TỈNH GIA LAI` → `issuerLines`; `Số: 3638/KH-UBND` → `numberLine`;
/// `KẾ HOẠCH` + title lines → a `TitleGroup`; a later group followed by a caption is a carried plan.
struct FrontMatter {
    typealias Line = (text: String, line: Int)

    struct TitleGroup {
        var typeWord: Line?
        var lines: [Line] = []
        var caption: Line?
    }

    var issuerLines: [Line] = []
    var enactingIssuer: Line?
    var numberLine: Line?
    var dateLine: Line?
    var titles: [TitleGroup] = []
    var bases: [Line] = []
    var signatures: [[Line]] = []

    init(_ blocks: [SourceBlock]) {
        var lastRole: BlockRole? = nil
        for b in blocks {
            if b.role.isBoilerplate { continue }
            let line: Line = (b.text, b.line)
            let t = RegionText.strippingPipes(b.text)
            switch b.role {
            case .header where !titles.isEmpty || !bases.isEmpty:
                // `ỦY BAN NHÂN DÂN TỈNH SƠN LA` before `Căn cứ …`: the enacting body, not the header's.
                if enactingIssuer == nil { enactingIssuer = (RegionText.strippingPipes(b.text), b.line) }
            case .header:
                for raw in RegionText.cells(b.text) {
                    // `ỦY BAN NHÂN DÂN TỈNH X --------`: rules copied into the cell are not part of it.
                    let cell = raw.split(separator: " ").filter { !RegionText.isRule(String($0)) }.joined(separator: " ")
                    if RegionText.isPlaceDate(cell) { if dateLine == nil { dateLine = (cell, b.line) } }
                    else if RegionText.isNumberLine(cell) { if numberLine == nil { numberLine = (cell, b.line) } }
                    else if !RegionText.isMotto(cell) && !RegionText.isRule(cell) && cell != "Hạnh phúc" && RegionText.isCaps(cell) {
                        issuerLines.append((cell, b.line))
                    }
                }
            case .title:
                if RegionText.isEnactingLine(t) { break }
                if lastRole != .title || RegionText.typeWord(t) != nil && !(titles.last?.lines.isEmpty ?? true) {
                    titles.append(TitleGroup())
                }
                if RegionText.typeWord(t) != nil && titles[titles.count - 1].typeWord == nil && titles[titles.count - 1].lines.isEmpty {
                    titles[titles.count - 1].typeWord = (t, b.line)
                } else {
                    titles[titles.count - 1].lines.append((t, b.line))
                }
            case .caption:
                if !titles.isEmpty, titles[titles.count - 1].caption == nil { titles[titles.count - 1].caption = line }
            case .basis:
                bases.append(line)
            case .signature:
                if lastRole != .signature { signatures.append([]) }
                signatures[signatures.count - 1].append(line)
            default:
                break
            }
            // Recipients may interleave with a signature block; they do not end it.
            if b.role != .recipients { lastRole = b.role }
        }
    }
}
