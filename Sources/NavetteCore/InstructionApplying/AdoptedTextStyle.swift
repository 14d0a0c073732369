/// How the adopted text writes what amendments sometimes write otherwise, for the words an amendment
/// brings into the text (never the article's own words). Each form is the only one in the adopted
/// texts under ../shared/corpus, and the one the Guide de légistique prescribes.
enum AdoptedTextStyle {
    /// A lettered item is designated `a)` at the head of its alinéa, but a reference to it names the
    /// letter alone: `au b du I de l'article 401`, never `au b) du I` (the adopted texts write 90 such
    /// references, none with the parenthesis).
    private static let itemReference = Pattern(
        #"\b((?i:au|aux|du|le|les|des|et|ou|à))(\s+)([a-z](?:\s+(?:bis|ter|quater))?)\)(\s+(?:du|de|des)\s)"#)

    /// A Roman paragraph opens with its number, a period and a dash: `II. – Le code…`, never `II – `
    /// (440 paragraph heads in the dataset's adopted texts, none without the period).
    private static let paragraphHead = Pattern(
        #"^((?:[«"“]\s*)?[IVXL]+(?:\s+(?:bis|ter|quater|quinquies|[A-Z]))?)(\s+[-–]\s)"#)

    static func normalized(_ text: String) -> String {
        let references = itemReference.replacing(in: text) { captures in captures[1...].compactMap { $0 }.joined() }
        return paragraphHead.replacing(in: references) { captures in (captures[1] ?? "") + "." + (captures[2] ?? "") }
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
        case .insertWords(let text, let side, let anchor): return .insertWords(text: transform(text), side: side, anchor: anchor)
        case .addWords(let text, let position, let sentence):
            return .addWords(text: transform(text), at: position, sentence: sentence)
        case .insertAlineas(let texts, let side): return .insertAlineas(alineas: texts.map(transform), side: side)
        case .delete, .deleteWords, .unparsed: return self
        }
    }
}
