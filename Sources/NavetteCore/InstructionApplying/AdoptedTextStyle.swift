/// How the adopted text writes what amendments sometimes write otherwise, for the words an amendment
/// brings into the text (never the article's own words). Each form is the only one in the adopted
/// texts under ../shared/corpus, and the one the Guide de légistique prescribes.
enum AdoptedTextStyle {
    /// A lettered item is designated `a)` at the head of its alinéa, but a reference to it names the
    /// letter alone: `au b du I de l'article 401`, never `au b) du I` (the adopted texts write 90 such
    /// references, none with the parenthesis).
    private static let itemReference = Pattern(
        #"\b((?i:au|aux|du|le|les|des|et|ou|à))(\s+)([a-z](?:\s+(?:"# + Latin.pattern + #"))?)\)(\s+(?:du|de|des)\s)"#)

    /// A Roman paragraph opens with its number, a period and a dash: `II. – Le code…`, never `II – ` nor
    /// `II. Le code…`, also right after an article's heading (`« Art. L. 1. – I. – …`): the dataset's
    /// adopted texts open 440 paragraphs so and none otherwise, 30 after an article heading.
    private static let headPrefix =
        #"^((?:[«"“]\s*)?(?:Art\.\s.{1,40}?\.\s+[-–]\s+)?"#
        + #"[IVXL]+(?:\s+(?:"# + Latin.pattern + #"|[A-Z]))?)"#
    private static let paragraphWithoutPeriod = Pattern(headPrefix + #"(\s+[-–]\s)"#)
    private static let paragraphWithoutDash = Pattern(headPrefix + #"\.\s+(\p{Lu})"#)

    static func normalized(_ text: String) -> String {
        let references = itemReference.replacing(in: text) { captures in captures[1...].compactMap { $0 }.joined() }
        let periods = paragraphWithoutPeriod.replacing(in: references) { captures in
            (captures[1] ?? "") + "." + (captures[2] ?? "")
        }
        let dash = text.contains("–") ? "–" : "-"
        return paragraphWithoutDash.replacing(in: periods) { captures in
            (captures[1] ?? "") + ". \(dash) " + (captures[2] ?? "")
        }
    }
}

extension AdoptedTextStyle {
    private static let articleHeading = Pattern(#"^Art\.\s"#)

    /// An alinéa that opens with an article's heading (`Art. L. 6223-8. – …`) is the text of a code
    /// article the bill writes out, so it is quoted: it opens with « (the dataset's adopted texts open
    /// 247 alinéas with a quoted `Art.`, none with a bare one). For whole alinéas an amendment writes,
    /// once they have the quotation marks of their place (`QuoteShape`).
    static func quotedArticleHeading(_ alinea: String) -> String {
        articleHeading.matches(alinea.trimmingSpaces()) ? "« " + alinea.trimmingSpaces() : alinea
    }
}

extension EditOperation {
    /// The operation with `transform` applied to the text it writes (not to the words it looks for).
    func mappingNewText(_ transform: (String) -> String) -> EditOperation {
        switch self {
        case .rewrite(let texts): return .rewrite(alineas: texts.map(transform))
        case .rewriteStart(let text): return .rewriteStart(text: transform(text))
        case .rewriteEnd(let words, let text): return .rewriteEnd(after: words, text: text.map(transform))
        case .replaceWords(let words, let text): return .replaceWords(words: words, by: transform(text))
        case .insertWords(let text, let side, let anchor):
            return .insertWords(text: transform(text), side: side, anchor: anchor)
        case .addWords(let text, let position, let sentence):
            return .addWords(text: transform(text), at: position, sentence: sentence)
        case .insertAlineas(let texts, let side): return .insertAlineas(alineas: texts.map(transform), side: side)
        case .delete, .deleteWords, .unparsed: return self
        }
    }
}
