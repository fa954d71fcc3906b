/// The Windows-1252 (Western) code page, which Word declares for "Save as Web Page" files
/// whose Vietnamese letters are written as numeric character references (`&#7871;`).
///
/// It differs from Windows-1258 in a few high bytes: those are overridden here.
enum Windows1252 {
    static let high: [UInt16] = {
        var table = Windows1258.high
        let overrides: [(UInt8, UInt16)] = [
            (0x81, 0xFFFD), (0x8A, 0x0160), (0x8D, 0xFFFD), (0x8E, 0x017D), (0x8F, 0xFFFD), (0x90, 0xFFFD),
            (0x9A, 0x0161), (0x9D, 0xFFFD), (0x9E, 0x017E),
            (0xC3, 0x00C3), (0xCC, 0x00CC), (0xD0, 0x00D0), (0xD2, 0x00D2), (0xD5, 0x00D5), (0xDD, 0x00DD),
            (0xDE, 0x00DE), (0xE3, 0x00E3), (0xEC, 0x00EC), (0xF0, 0x00F0), (0xF2, 0x00F2), (0xF5, 0x00F5),
            (0xFD, 0x00FD), (0xFE, 0x00FE),
        ]
        for (byte, scalar) in overrides { table[Int(byte) - 0x80] = scalar }
        return table
    }()
}
