/// The figures of a text's amendments against that text: how many were read, placed on an article
/// and an alinéa, whose dispositif the instruction parser understands, and how many of the adopted
/// ones apply cleanly to the text (each alone, on the article as the text has it).
///
/// Amendments are added one at a time (`add`), so a whole dump can be streamed through it. Each
/// addition parses one dispositif and applies it to one article: linear in the amendment's size and
/// the article's.
public struct PlacementSummary: Sendable, Encodable {
    public var read = 0
    /// Placed on an alinéa of an article of the text.
    public var onAlinea = 0
    /// Placed on an article of the text as a whole (no alinéa named).
    public var onArticle = 0
    /// Not placeable, by reason kind (`additional article`, `article not in the text`…).
    public var notPlaceable: [String: Int] = [:]
    /// Articles named by amendments that are not in the text, with how many amendments name each.
    public var articlesNotInText: [String: Int] = [:]
    /// Sub-amendments: they amend an amendment, not the text.
    public var subAmendments = 0
    /// Amendments whose dispositif is published (irrecevables and withdrawn ones often have none).
    public var withDispositif = 0
    /// Of those, the dispositifs the instruction parser understands entirely.
    public var understood = 0
    /// Placed on an article (alinéa or whole), not sub-amendments, with a dispositif: the ones that
    /// can be applied to the text, and how many of them the parser understands.
    public var applicable = 0
    public var applicableUnderstood = 0
    /// What applying each applicable amendment alone to its article gave, by outcome.
    public var applied = Application()
    public var adopted = 0
    /// The adopted ones that can be applied to the text, and what applying them gave.
    public var adoptedApplicable = 0
    public var adoptedApplied = Application()

    /// Outcomes of applying amendments, one count per amendment.
    public struct Application: Sendable, Codable, Equatable {
        /// Every edit applied where the dispositif said.
        public var clean = 0
        /// Every edit applied, some on the first of several occurrences or on a neighbouring alinéa.
        public var withCaveats = 0
        /// Some edits applied, not all.
        public var partly = 0
        /// No edit applied (words or target not found).
        public var failed = 0
        /// The dispositif was not understood entirely.
        public var notUnderstood = 0

        public init() {}

        mutating func count(_ results: [EditResult], understood: Bool) {
            guard understood else {
                notUnderstood += 1
                return
            }
            let appliedCount = results.filter(\.isApplied).count
            if appliedCount == 0 {
                failed += 1
            } else if appliedCount < results.count {
                partly += 1
            } else if results.allSatisfy({ $0.outcome == .applied }) {
                clean += 1
            } else {
                withCaveats += 1
            }
        }
    }

    private let index: ArticleIndex?

    public init(text articles: [Article]) {
        index = ArticleIndex(articles)
    }

    private enum CodingKeys: String, CodingKey {
        case read, onAlinea, onArticle, notPlaceable, articlesNotInText, subAmendments, withDispositif, understood
        case applicable, applicableUnderstood, applied, adopted, adoptedApplicable, adoptedApplied
    }

    /// Places an amendment, parses its dispositif and, when it is on an article, applies it alone.
    /// - Returns: its placement, for callers that list amendments as they go.
    @discardableResult
    public mutating func add(_ amendment: Amendment) -> AmendmentPlacement {
        read += 1
        let placement = index.map { AmendmentPlacement.place(amendment, in: $0) } ?? .notPlaceable(.unknownTarget)
        switch placement {
        case .alinea: onAlinea += 1
        case .article: onArticle += 1
        case .notPlaceable(let reason):
            notPlaceable[reason.kind, default: 0] += 1
            if case .articleNotInText(let label) = reason { articlesNotInText[label, default: 0] += 1 }
        }
        let isSub = amendment.parent != nil
        if isSub { subAmendments += 1 }
        let isAdopted = amendment.fate == .adopte
        if isAdopted { adopted += 1 }
        guard !amendment.dispositif.isEmpty else { return placement }
        withDispositif += 1
        let dispositif = DispositifParser.parse(amendment.dispositif)
        if dispositif.isUnderstood { understood += 1 }
        guard !isSub, let label = placement.article, let article = index?[ArticleNumber(label: label)] else {
            return placement
        }
        applicable += 1
        if dispositif.isUnderstood { applicableUnderstood += 1 }
        if isAdopted { adoptedApplicable += 1 }
        var results: [EditResult] = []
        if dispositif.isUnderstood {
            var editor = ArticleEditor(alineas: article.alineas.map(\.text))
            results = editor.apply(dispositif.edits)
        }
        applied.count(results, understood: dispositif.isUnderstood)
        if isAdopted { adoptedApplied.count(results, understood: dispositif.isUnderstood) }
        return placement
    }
}
