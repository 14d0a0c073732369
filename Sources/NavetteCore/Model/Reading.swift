/// Where a reading comes from in the navette.
public enum Chamber: String, Sendable, Hashable, Codable {
    case assemblee
    case senat
    case cmp
    case gouvernement
    case conseilConstitutionnel = "conseil constitutionnel"
    case other
    case unknown
}

/// How much of a reading's text navette holds.
public enum Coverage: Sendable, Hashable, Codable {
    /// The whole text.
    case full
    /// Part of the text: the articles listed (by label) are there, others are unknown, not absent.
    case excerpt(articles: [String])
    /// No text at all: only the facts about the reading (number, date, address).
    case missing
}

/// One version of a bill: chamber, stage, date, source, and its divisions and articles in order.
public struct Reading: Sendable, Hashable, Codable {
    /// A stable identifier within its dossier (La Fabrique directory name, file name, manifest id).
    public var id: String
    public var chamber: Chamber
    /// The stage of the navette: `1ère lecture`, `CMP`, `nouvelle lecture`…
    public var stage: String?
    /// The step within the stage: `depot`, `commission`, `hemicycle`.
    public var step: String?
    /// ISO date `yyyy-mm-dd`, when known.
    public var date: String?
    public var title: String?
    /// The official URL or the file the reading was read from.
    public var source: String?
    public var divisions: [Division]
    public var articles: [Article]
    public var diagnostics: [Diagnostic]
    /// How much of the text is held; `.full` unless a manifest says otherwise.
    public var coverage: Coverage = .full

    public init(
        id: String, chamber: Chamber = .unknown, stage: String? = nil, step: String? = nil, date: String? = nil,
        title: String? = nil, source: String? = nil, divisions: [Division] = [], articles: [Article] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.id = id
        self.chamber = chamber
        self.stage = stage
        self.step = step
        self.date = date
        self.title = title
        self.source = source
        self.divisions = divisions
        self.articles = articles
        self.diagnostics = diagnostics
    }

    /// The article whose label matches `label` in any printed form (`1er`, `premier`, `Article 1er`).
    public func article(_ label: String) -> Article? {
        let key = ArticleNumber(label: label).key
        return articles.first { $0.number.key == key }
    }

    /// True when the reading's text is held for `label` (always for a full text).
    public func holdsText(of label: String) -> Bool {
        switch coverage {
        case .full: return true
        case .missing: return false
        case .excerpt(let articles):
            let key = ArticleNumber(label: label).key
            return articles.contains { ArticleNumber(label: $0).key == key }
        }
    }
}
