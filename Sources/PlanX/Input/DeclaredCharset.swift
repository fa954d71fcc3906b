/// The single-byte charset an HTML or XML file declares in its first 4 KiB
/// (`<meta charset="windows-1252">`, `content="text/html; charset=windows-1252"`,
/// `<?xml … encoding="…"?>`), used only when the bytes are not UTF-8.
///
/// A declaration never overrides valid UTF-8 (pages often lie); it only chooses
/// between the legacy code pages planx knows.
enum DeclaredCharset: Equatable {
    case windows1252
    case windows1258
    case other

    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> DeclaredCharset? {
        let head = Array(bytes.prefix(4096)).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        for key in [Array("charset=".utf8), Array("encoding=".utf8)] {
            guard let at = firstIndex(of: key, in: head) else { continue }
            var i = at + key.count
            while i < head.count, head[i] == 34 || head[i] == 39 || head[i] == 32 { i += 1 }
            var name: [UInt8] = []
            while i < head.count, isNameByte(head[i]) { name.append(head[i]); i += 1 }
            switch String(decoding: name, as: UTF8.self) {
            case "windows-1252", "cp1252", "iso-8859-1", "latin1", "latin-1", "us-ascii": return .windows1252
            case "windows-1258", "cp1258": return .windows1258
            case "": continue
            default: return .other
            }
        }
        return nil
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 45 || b == 95
    }

    private static func firstIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            if hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}
