/// A motion of a local council or an NGO's ask (a vœu, an open letter): who issued it, when, what it
/// considered and what it demands.
public struct Motion: Sendable, Hashable, Codable {
    public enum Outcome: String, Sendable, Hashable, Codable {
        case adopte = "adopté"
        case rejete = "rejeté"
        case retire = "retiré"
        case unknown
    }

    /// The issuing body: `Conseil du 15e arrondissement`.
    public var body: String?
    /// ISO date of the session.
    public var date: String?
    public var authors: [String]
    public var title: String?
    public var outcome: Outcome
    /// The `Considérant …` paragraphs, as printed.
    public var considerants: [String]
    public var demands: [Demand]
    /// Features of the bill cited in the considérants (end date, scope…), shared by the demands that
    /// target the same article.
    public var citedFeatures: [CitedFeature]
    public var source: String?
    public var diagnostics: [Diagnostic]

    public init(
        body: String? = nil, date: String? = nil, authors: [String] = [], title: String? = nil,
        outcome: Outcome = .unknown,
        considerants: [String] = [], demands: [Demand] = [], citedFeatures: [CitedFeature] = [], source: String? = nil,
        diagnostics: [Diagnostic] = []
    ) {
        self.body = body
        self.date = date
        self.authors = authors
        self.title = title
        self.outcome = outcome
        self.considerants = considerants
        self.demands = demands
        self.citedFeatures = citedFeatures
        self.source = source
        self.diagnostics = diagnostics
    }
}

/// One thing a motion asks for.
public struct Demand: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case withdrawArticle = "withdraw an article"
        case limitExperiment = "limit or shorten an experiment"
        case stopFunding = "stop funding"
        case banTechnology = "ban a technology"
        case evaluation = "require an evaluation or a consensus conference"
        case other
    }

    public var kind: Kind
    /// The demand as printed.
    public var text: String
    /// Who is to act: the subject of the demand (`La Ville de Paris et la Mairie du 15e`).
    public var addressee: String?
    /// Whom the demand is made of, when it says so (`l’État`).
    public var askedOf: String?
    /// The article of the bill it targets, as the motion names it (`7`).
    public var article: String?
    public var citedFeatures: [CitedFeature]

    public init(
        kind: Kind, text: String, addressee: String? = nil, askedOf: String? = nil, article: String? = nil,
        citedFeatures: [CitedFeature] = []
    ) {
        self.kind = kind
        self.text = text
        self.addressee = addressee
        self.askedOf = askedOf
        self.article = article
        self.citedFeatures = citedFeatures
    }
}

/// A feature of the text that a motion cites, to be followed across readings.
public struct CitedFeature: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The end of an experiment (`jusqu’au 30 juin 2025`): value is the ISO date.
        case endDate = "end-date"
        /// Events the processing detects (`mouvements de foules, colis…`).
        case detectedEvents = "detected-events"
        /// Places or events covered (`manifestations sportives, récréatives ou culturelles`).
        case scope
        /// A body or institution named (`CNIL`).
        case body
    }

    public var kind: Kind
    public var value: String
    /// The words of the motion it was taken from.
    public var quote: String

    public init(kind: Kind, value: String, quote: String) {
        self.kind = kind
        self.value = value
        self.quote = quote
    }
}
