/// What an amendment amends: an article (or an additional article before/after one), a division, the
/// title of the bill, an annex or the whole text, and the alinéa when the source gives it.
public struct AmendmentTarget: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case article
        /// A division heading: `TITRE IER`, `CHAPITRE II`, `SECONDE PARTIE`, a division additionnelle.
        case division
        /// The bill's title (`Titre`, `Intitulé de la proposition de loi`).
        case title
        case annex
        /// The whole text: motions (question préalable, renvoi en commission).
        case wholeText = "whole text"
        case unknown
    }

    /// `on` the article itself, or an *article additionnel* `before`/`after` it.
    public enum Position: String, Sendable, Hashable, Codable {
        case on
        case before
        case after
    }

    public var kind: Kind
    /// The target as printed: `ARTICLE 7`, `Après l'article 8`, `art. add. après Article 2 quinquies`.
    public var label: String?
    /// The article amended, or the one an additional article comes before/after.
    public var article: ArticleNumber?
    public var position: Position
    /// The alinéa, counted from 1 within the article, when the source gives it.
    public var alinea: Int?
    /// The alinéa reference as printed (`Alinéa 1`, `ap 73`, `Al. 7`, `Suppr.`).
    public var alineaLabel: String?
    /// Whether the amendment goes before or after that alinéa (`ap 73`: an alinéa inserted after 73).
    public var alineaPosition: Position

    public init(
        kind: Kind, label: String? = nil, article: ArticleNumber? = nil, position: Position = .on,
        alinea: Int? = nil, alineaLabel: String? = nil, alineaPosition: Position = .on
    ) {
        self.kind = kind
        self.label = label
        self.article = article
        self.position = position
        self.alinea = alinea
        self.alineaLabel = alineaLabel
        self.alineaPosition = alineaPosition
    }

    public static let unknown = AmendmentTarget(kind: .unknown)

    /// Reads a printed target: `Article 9`, `ART. 1ER BIS C`, `ARTICLE UNIQUE`, `Après l'article 8`,
    /// `Avant article 2`, `art. add. après Article 2 quinquies`, `Titre`, `Intitulé de la proposition
    /// de loi`, `TITRE IER`, `ANNEXE`, `Article 42 - État E (…)`.
    public init(label printed: String) {
        let trimmed = printed.trimming(" \t\n\u{A0}")
        var key = Folding.key(trimmed)
        for cut in [" - ", " (", " : "] {
            if let range = ASCIISearch.firstRange(of: cut, in: key) { key = String(key[..<range.lowerBound]) }
        }
        self.init(kind: .unknown, label: trimmed.isEmpty ? nil : trimmed)
        if key.isEmpty { return }
        let firstWord = key.split(separator: " ").first.map(String.init) ?? key
        if key.hasPrefix("intitule") || key == "titre" || key.hasPrefix("titre du ") || key.hasPrefix("titre de la ") {
            kind = .title
        } else if ["titre", "chapitre", "section", "sous-section", "livre", "partie", "division"].contains(firstWord)
            || key.hasSuffix(" partie") || key.hasPrefix("premiere partie") || key.hasPrefix("seconde partie")
        {
            kind = .division
        } else if firstWord.hasPrefix("annexe") {
            kind = .annex
        } else if key.hasPrefix("question prealable") || key.hasPrefix("motion") || key.hasPrefix("ensemble") {
            kind = .wholeText
        } else if let (articleLabel, lead) = AmendmentTarget.articleLabel(in: key) {
            kind = ASCIISearch.contains(key, "division additionnelle") ? .division : .article
            article = articleLabel.isEmpty ? nil : ArticleNumber(label: articleLabel)
            if lead.contains("apres") { position = .after } else if lead.contains("avant") { position = .before }
        }
    }

    /// The article part of a folded label (the words after the last `article`/`art.`) and what
    /// precedes it (`apres l'`), or nil when the label names no article.
    static func articleLabel(in key: String) -> (label: String, lead: String)? {
        var best: String.Index? = nil
        for word in ["article ", "art. ", "art "] {
            var searchStart = key.startIndex
            while let range = ASCIISearch.firstRange(of: word, in: key[searchStart...]) {
                let atWordStart =
                    range.lowerBound == key.startIndex
                    || [" ", "'", "."].contains(key[key.index(before: range.lowerBound)])
                if atWordStart, best.map({ range.upperBound > $0 }) ?? true { best = range.upperBound }
                searchStart = range.upperBound
            }
        }
        guard let best else { return key == "article" ? ("", "") : nil }
        var rest = String(key[best...])
        if rest.hasPrefix("l'") { rest.removeFirst(2) }
        for stop in [",", ";", " du ", " de la ", " de l'"] {
            if let range = ASCIISearch.firstRange(of: stop, in: rest) { rest = String(rest[..<range.lowerBound]) }
        }
        return (rest.trimming(" ."), String(key[..<best]))
    }

    /// Records a printed alinéa reference (`Al. 7`, `ap 73`, `Suppr.`) with what it means.
    public mutating func setAlinea(_ printed: String) {
        let parsed = AmendmentTarget.alinea(from: printed)
        alineaLabel = printed
        alinea = parsed.number
        alineaPosition = parsed.position
    }

    /// Reads a printed alinéa reference into (number, position): `Alinéa 1`, `Al. 7`, `ap 73` (after
    /// 73), `av 2`, `86`. Suppression marks (`S`, `Suppr.`) and prose give no number.
    public static func alinea(from printed: String?) -> (number: Int?, position: Position) {
        guard let printed else { return (nil, .on) }
        let key = Folding.key(printed).trimming(" ")
        var position = Position.on
        if key.hasPrefix("ap") || key.hasPrefix("apres") { position = .after }
        if key.hasPrefix("av") { position = .before }
        let allowed = key.hasPrefix("al") || key.hasPrefix("ap") || key.hasPrefix("av") || key.first?.isNumber == true
        guard allowed else { return (nil, .on) }
        let digits = key.drop { !$0.isNumber }.prefix { $0.isNumber }
        return (Int(digits), digits.isEmpty ? .on : position)
    }
}
