/// Finds a table's title and caption in the text blocks just above it (read, never changed).
///
/// ```
/// PHỤ LỤC                                  ← title
/// CÁC NHIỆM VỤ CỤ THỂ … NĂM 2024            ← title
/// (Kèm theo Kế hoạch số: 3638/KH-UBND …)    ← caption
/// ```
enum TableHeading {
    static func find(before index: Int, in blocks: [SourceBlock]) -> (title: String?, caption: String?) {
        var titles: [String] = []
        var caption: String?
        var pendingCaption: [String] = []
        var i = index - 1
        var looked = 0
        while i >= 0, looked < 6 {
            let b = blocks[i]
            guard b.kind == .text, [.body, .title, .caption].contains(b.role) else { break }
            let t = b.text
            if t.isEmpty { i -= 1; continue }
            looked += 1
            if caption == nil, titles.isEmpty, t.hasSuffix(")"), !t.hasPrefix("(") , pendingCaption.isEmpty {
                pendingCaption = [t]
            } else if caption == nil, titles.isEmpty, t.hasPrefix("(") {
                caption = ([t] + pendingCaption).joined(separator: " ")
                pendingCaption = []
                if !isCaption(caption!) { caption = nil; break }
            } else if pendingCaption.isEmpty, isTitle(t) {
                titles.insert(t, at: 0)
            } else {
                break
            }
            i -= 1
        }
        return (titles.isEmpty ? nil : titles.joined(separator: "\n"), caption)
    }

    static func isCaption(_ t: String) -> Bool {
        let l = t.lowercased()
        return l.hasPrefix("(kèm theo") || l.hasPrefix("(ban hành kèm") || l.hasPrefix("(kèm")
    }

    static func isTitle(_ t: String) -> Bool {
        if t.hasPrefix("PHỤ LỤC") || t.hasPrefix("Phụ lục") || t.hasPrefix("BIỂU") || t.hasPrefix("Biểu") { return true }
        // An ASCII lower-case letter is a lower-case letter: most sentences end here, unscanned.
        if t.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) { return false }
        let letters = t.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 4 && letters.allSatisfy { !$0.properties.isLowercase }
    }
}
