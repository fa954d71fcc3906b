/// Vietnamese and Latin letter order for list markers.
enum LetterOrder {
    static let vietnamese: [UInt32] = Array("abcdđeghiklmnopqrstuvxy".unicodeScalars.map(\.value))
    static let latin: [UInt32] = Array("abcdefghijklmnopqrstuvwxyz".unicodeScalars.map(\.value))

    static func isListLetter(_ v: UInt32) -> Bool { vietnamese.contains(v) || latin.contains(v) }
}
