/// Roman numerals as used in headings (`I` … `XLIX`).
enum RomanNumeral {
    static func write(_ n: Int) -> String {
        let table: [(Int, String)] = [(40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }

    /// Value of a strictly written numeral of ASCII `I V X L` bytes, or nil (`IIII`, `VX`).
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        guard to > from, to - from <= 7 else { return nil }
        var total = 0
        var i = from
        while i < to {
            let v = digit(bytes[i])
            let next = i + 1 < to ? digit(bytes[i + 1]) : 0
            if v < next { total += next - v; i += 2 } else { total += v; i += 1 }
        }
        guard total >= 1, total <= 49 else { return nil }
        // Reject non-canonical spellings by writing the value back.
        let canonical = Array(write(total).utf8)
        guard canonical.count == to - from else { return nil }
        for k in 0..<canonical.count where canonical[k] != bytes[from + k] { return nil }
        return total
    }

    private static func digit(_ b: UInt8) -> Int {
        switch b {
        case 0x49: return 1
        case 0x56: return 5
        case 0x58: return 10
        case 0x4C: return 50
        default: return 1000
        }
    }
}
