/// Values of a pure parser by cell text, as a `[String: Value]` would keep them (keys equal as
/// `String`s, the first spelling kept), but plain text (`PlainText`) is hashed and compared on its
/// bytes: hashing a `String` with Vietnamese letters normalises it on the way, many times dearer.
///
/// On plain text byte equality is `String` equality; the first cell that is not plain moves every
/// entry to a `String`-keyed dictionary, so an NFD `Sở Nội vụ` still finds an NFC one.
struct TextMemo<Value> {
    private var plain: [PlainKey: Value] = [:]
    private var any: [String: Value]? = nil

    /// The value for `text`, made by `make` the first time; `isPlain` only if the text is plain.
    mutating func value(_ text: String, isPlain: Bool, _ make: (String) -> Value) -> Value {
        if isPlain, any == nil {
            let key = PlainKey(text: text)
            if let hit = plain[key] { return hit }
            let made = make(text)
            plain[key] = made
            return made
        }
        if any == nil {
            any = Dictionary(plain.map { ($0.key.text, $0.value) }, uniquingKeysWith: { first, _ in first })
            plain = [:]
        }
        if let hit = any?[text] { return hit }
        let made = make(text)
        any?[text] = made
        return made
    }

    mutating func removeAll() {
        plain = [:]
        any = nil
    }

    /// Plain text keyed by its bytes.
    private struct PlainKey: Hashable {
        let text: String

        static func == (a: PlainKey, b: PlainKey) -> Bool {
            a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            var t = text
            t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
