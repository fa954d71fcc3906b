import Foundation

/// What a caption under a title says about the document that carries it.
///
/// `(Kèm theo Quyết định số 2407/QĐ-UBND ngày 01/10/2021 của Ủy ban nhân dân tỉnh)` →
/// kind `Quyết định`, number `2407/QĐ-UBND`, date `2021-10-01`.
enum CaptionParser {
    struct Result: Equatable {
        var kind: String?
        var number: String?
        var date: String?
    }

    static func parse(_ caption: String) -> Result {
        var result = Result()
        let text = caption.trimmingPrefix("(")
        if let theo = text.range(of: "theo "), let so = text.range(of: " số", range: theo.upperBound..<text.endIndex) {
            let kind = text[theo.upperBound..<so.lowerBound]
            if !kind.isEmpty, kind.count <= 30 { result.kind = SentenceCase.capitalisingFirstLetter(String(kind)) }
            var rest = text[so.upperBound...]
            if let ngay = rest.range(of: " ngày") { rest = rest[..<ngay.lowerBound] }
            result.number = NumberLineParser.clean(rest)
        }
        result.date = VietnameseDate.firstISO(in: String(text))
        return result
    }
}
