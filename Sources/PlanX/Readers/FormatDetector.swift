/// Decides between `text` and `html` from the file name, then from the first lines.
enum FormatDetector {
    static func detect(name: String, lines: [String]) -> String {
        let lower = name.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return "html" }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".md") { return "text" }
        for line in lines.prefix(20) {
            let t = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }.prefix(15).lowercased()
            if t.hasPrefix("<!doctype html") || t.hasPrefix("<html") || t.hasPrefix("<?xml") || t.hasPrefix("<head")
                || t.hasPrefix("<body") || t.hasPrefix("<meta") { return "html" }
            if !t.isEmpty { break }
        }
        return "text"
    }
}
