/// Where an amendment falls in the text it was filed on: an alinéa of an article, a whole article,
/// or nowhere in that text, with the reason.
///
/// The target comes from the amendment's source (`AmendmentTarget`: article, position, alinéa as the
/// chamber's tools recorded it); the text is the reading the amendment was filed on. Nothing is
/// guessed from the dispositif here: what the dispositif does is the explainer's business.
public enum AmendmentPlacement: Sendable, Hashable, Codable {
    /// On an alinéa (counted from 1) of an article of the text.
    case alinea(article: String, alinea: Int)
    /// On an article of the text as a whole (the source names no alinéa: `Supprimer cet article`,
    /// `Rédiger ainsi cet article`, several alinéas).
    case article(String)
    case notPlaceable(Reason)

    /// Why an amendment has no place in the text.
    public enum Reason: Sendable, Hashable, Codable, CustomStringConvertible {
        /// An additional article before or after an article (`Après l'article 11`): it inserts an
        /// article, it does not amend one; `present` says whether that article is in the text.
        case additionalArticle(position: AmendmentTarget.Position, article: String, present: Bool)
        /// The article is not in this text (created later, `45 bis`, or a typo in the source).
        case articleNotInText(String)
        /// The alinéa named is beyond the article's last.
        case alineaBeyondArticle(article: String, alinea: Int, count: Int)
        /// An annex (`ANNEXE` of article 17): annexes are not read as articles.
        case annex(String?)
        /// A division heading (`TITRE II`), the title of the bill, or the whole text.
        case division(String?)
        /// The source gives no usable target.
        case unknownTarget

        public var description: String {
            switch self {
            case .additionalArticle(let position, let article, let present):
                let place = position == .before ? "avant" : "après"
                return "additional article (\(place) l'article \(article))"
                    + (present ? "" : ", article not in the text")
            case .articleNotInText(let label): return "article \(label) is not in the text"
            case .alineaBeyondArticle(let article, let alinea, let count):
                return "alinéa \(alinea) is beyond article \(article), which has \(count)"
            case .annex(let label): return "annex" + (label.map { " (\($0))" } ?? "") + ", not read as articles"
            case .division(let label): return "division or title" + (label.map { " (\($0))" } ?? "")
            case .unknownTarget: return "no target given"
            }
        }

        /// A short key to count reasons by: `additional article`, `article not in the text`, …
        public var kind: String {
            switch self {
            case .additionalArticle: return "additional article"
            case .articleNotInText: return "article not in the text"
            case .alineaBeyondArticle: return "alinéa beyond the article"
            case .annex: return "annex"
            case .division: return "division or title"
            case .unknownTarget: return "no target"
            }
        }
    }

    /// Places `amendment` in `articles` (the text it was filed on), matched by article number key.
    public static func place(_ amendment: Amendment, in articles: ArticleIndex) -> AmendmentPlacement {
        let target = amendment.target
        switch target.kind {
        case .annex: return .notPlaceable(.annex(target.label))
        case .division, .title, .wholeText: return .notPlaceable(.division(target.label))
        case .unknown: return .notPlaceable(.unknownTarget)
        case .article: break
        }
        guard let number = target.article else { return .notPlaceable(.unknownTarget) }
        let article = articles[number]
        if target.position != .on {
            let label = article?.label ?? number.key
            return .notPlaceable(.additionalArticle(position: target.position, article: label, present: article != nil))
        }
        guard let article else { return .notPlaceable(.articleNotInText(target.label.map(Self.bare) ?? number.key)) }
        guard let alinea = target.alinea else { return .article(article.label) }
        // "Après l'alinéa 3" and "avant l'alinéa 3" both need alinéa 3 to exist.
        guard alinea >= 1, alinea <= article.alineas.count else {
            return .notPlaceable(
                .alineaBeyondArticle(article: article.label, alinea: alinea, count: article.alineas.count))
        }
        return .alinea(article: article.label, alinea: alinea)
    }

    /// `Article 45 bis` → `45 bis`.
    static func bare(_ label: String) -> String {
        let words = label.split(separator: " ")
        guard let first = words.first, Folding.key(String(first)).hasPrefix("art") else { return label }
        return words.dropFirst().joined(separator: " ")
    }

    /// The article it is placed on, when it is.
    public var article: String? {
        switch self {
        case .alinea(let article, _), .article(let article): return article
        case .notPlaceable: return nil
        }
    }
}

/// The articles of a text by number key, built once for many placements.
public struct ArticleIndex: Sendable {
    private var byKey: [String: Article] = [:]

    public init(_ articles: [Article]) {
        for article in articles where byKey[article.number.key] == nil { byKey[article.number.key] = article }
    }

    public subscript(_ number: ArticleNumber) -> Article? { byKey[number.key] }
}
