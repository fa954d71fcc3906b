/// Tag categories the HTML reader needs.
enum HTMLTags {
    /// Elements whose content is never document text.
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "head",
                                       "object", "embed", "canvas", "select", "button", "input", "textarea", "xml"]
    /// Elements that start and end a paragraph.
    static let block: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "section", "article", "header", "footer", "nav", "main", "aside", "center", "pre", "form", "body",
        "html", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "hr", "address", "figure",
        "figcaption", "fieldset", "legend", "menu",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let bold: Set<String> = ["b", "strong"]
    static let italic: Set<String> = ["i", "em"]
    /// Containers whose text is site navigation rather than content.
    static let chrome: Set<String> = ["nav", "footer", "header", "aside", "menu", "form"]
}
