import Foundation

/// Recognises inputs that are plainly not documents planx can read.
enum BinarySniffer {
    /// The name of the binary format `data` starts with, or nil for text-like data.
    static func binaryKind(of data: Data) -> String? {
        let head = [UInt8](data.prefix(8))
        func starts(_ magic: [UInt8]) -> Bool { head.count >= magic.count && Array(head.prefix(magic.count)) == magic }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if starts([0x25, 0x50, 0x44, 0x46]) { return "a PDF file" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (DOCX is not supported yet)" }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) { return "an old Word/Office file" }
        if starts([0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if starts([0x47, 0x49, 0x46, 0x38]) { return "a GIF image" }
        if starts([0x1F, 0x8B]) { return "a gzip archive" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "an ELF executable" }
        // NUL bytes in the first 4 KiB mean binary, unless it is UTF-16 (BOM, or NULs in every other byte,
        // judged the way the decoder judges it, so Vietnamese UTF-16 with `ế` high bytes passes).
        let probe = data.prefix(4096)
        if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) { return nil }
        if !probe.contains(0) { return nil }
        let bomless = probe.withUnsafeBytes { UTF16Transcoder.guessByteOrder($0.bindMemory(to: UInt8.self)) }
        if bomless != nil { return nil }
        return "binary data"
    }
}
