/// Marks the closing blocks wherever they occur (after a decision, after its plan, before an
/// appendix): `Nơi nhận:` with its `- …;` list as `recipients`, and the signature block
/// (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / `(Đã ký)` / name) as `signature`.
///
/// Layout tables put recipients and signature side by side, so their cells may interleave;
/// each pass skips the other's lines instead of stopping at them.
enum SignatureFinder {
    static let maxRecipients = 40
    static let maxSignatureLines = 8

    static func mark(_ blocks: inout [SourceBlock], from start: Int) -> [Diagnostic] {
        for i in start..<blocks.count where isBodyText(blocks[i]) && SignatureShape.isRecipientsHead(blocks[i].text)
            && blocks[i].text.utf8.count <= 200 {
            markRecipients(&blocks, from: i)
        }
        var diagnostics: [Diagnostic] = []
        var i = start
        while i < blocks.count {
            let b = blocks[i]
            if isBodyText(b), SignatureShape.isAuthority(b.text) || SignatureShape.isOffice(b.text) {
                let (end, named) = markSignature(&blocks, from: i)
                if !named { diagnostics.append(.signerNameMissing(line: b.line)) }
                i = end
                continue
            }
            i += 1
        }
        return diagnostics
    }

    private static func markRecipients(_ blocks: inout [SourceBlock], from head: Int) {
        blocks[head].role = .recipients
        var k = head + 1, count = 0
        while k < blocks.count, count < maxRecipients {
            let b = blocks[k]
            k += 1
            if b.role != .body { continue }
            guard b.kind == .text else { return }
            if isSignatureLine(b.text) { continue }
            let t = RegionText.strippingPipes(b.text)
            guard t.utf8.count <= 250, RegionText.starts(t, with: SignatureShape.recipientItemPrefixes),
                  !RegionText.startsWithHeadingMarker(t) else { return }
            blocks[k - 1].role = .recipients
            count += 1
        }
    }

    /// Marks the signature block starting at `start`; returns the index after it and whether a name was found.
    private static func markSignature(_ blocks: inout [SourceBlock], from start: Int) -> (Int, Bool) {
        blocks[start].role = .signature
        var k = start + 1, lines = 1
        var lastWasAuthority = SignatureShape.isAuthority(blocks[start].text)
        while k < blocks.count, lines < maxSignatureLines {
            let b = blocks[k]
            if b.role != .body { k += 1; continue }
            guard b.kind == .text else { break }
            let t = b.text
            if SignatureShape.isName(t) {
                blocks[k].role = .signature
                return (k + 1, true)
            }
            let authority = SignatureShape.isAuthority(t)
            guard authority || SignatureShape.isOffice(t) || SignatureShape.isSignedMark(t)
                    || (lastWasAuthority && SignatureShape.isAuthorityContinuation(t)) else { break }
            blocks[k].role = .signature
            lastWasAuthority = authority
            lines += 1
            k += 1
        }
        return (k, false)
    }

    private static func isSignatureLine(_ text: String) -> Bool {
        SignatureShape.isAuthority(text) || SignatureShape.isOffice(text) || SignatureShape.isSignedMark(text)
    }

    private static func isBodyText(_ b: SourceBlock) -> Bool { b.role == .body && b.kind == .text }
}
