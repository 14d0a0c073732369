/// A bill described by hand: its readings with official numbers and addresses, where a local copy of
/// each lives, the facts known about the articles followed, the amendments and decisions that matter.
/// Facts only: no legal text is copied into a manifest.
public struct Manifest: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var nor: String?
    /// Official dossier addresses by site: `senat`, `assemblee`, `legifrance`, `lafabrique`…
    public var urls: [String: String]
    public var readings: [ManifestReading]
    public var articles: [FollowedArticle]
    public var amendments: [AmendmentFact]
    public var decisions: [DecisionFact]
    /// Motion files (relative to the mirror root) that target this bill.
    public var motions: [String]
    /// The line of each entry of `motions` in the manifest file (0 when unknown), for messages.
    public var motionLines: [Int] = []
    /// The manifest file, for messages.
    public var file: String

    public init(
        id: String, title: String, nor: String? = nil, urls: [String: String] = [:], readings: [ManifestReading] = [],
        articles: [FollowedArticle] = [], amendments: [AmendmentFact] = [], decisions: [DecisionFact] = [],
        motions: [String] = [], file: String = ""
    ) {
        self.id = id
        self.title = title
        self.nor = nor
        self.urls = urls
        self.readings = readings
        self.articles = articles
        self.amendments = amendments
        self.decisions = decisions
        self.motions = motions
        self.file = file
    }

    public func reading(_ id: String) -> ManifestReading? { readings.first { $0.id == id } }
}

/// One reading of the bill as the manifest records it.
public struct ManifestReading: Sendable, Hashable, Codable {
    /// How much of the reading the local copy holds.
    public enum Completeness: String, Sendable, Hashable, Codable, CaseIterable {
        /// The whole text.
        case full
        /// Part of the text only (a page's beginning, one article).
        case excerpt
        /// No local copy: only the facts and the official address.
        case none
    }

    public var id: String
    public var chamber: Chamber
    /// `1ère lecture`, `CMP`, `lecture définitive`, `promulgation`, `décision`…
    public var stage: String
    /// `depot`, `commission`, `hemicycle`, `transmis`, `adoption`…
    public var step: String?
    /// ISO date `yyyy-mm-dd`.
    public var date: String?
    /// Official number as printed: `Sénat n° 220 (2022-2023)`, `T.A. n° 96`.
    public var number: String?
    public var url: String?
    /// Local copy, relative to the mirror root.
    public var copy: String?
    public var completeness: Completeness
    /// Articles the copy is known to hold, when it is an excerpt (`["7"]`).
    public var holds: [String]
    public var note: String?
    /// Where `url` comes from: read from the dossier, derived from a documented scheme, or written by
    /// hand (`nil`).
    public var origin: AddressOrigin?
    /// Where the amendments filed on this text are published.
    public var amendmentLists: [AmendmentListAddress]
    /// Line of the entry in the manifest file.
    public var line: Int

    public init(
        id: String, chamber: Chamber, stage: String, step: String? = nil, date: String? = nil, number: String? = nil,
        url: String? = nil, copy: String? = nil, completeness: Completeness = .none, holds: [String] = [],
        note: String? = nil, origin: AddressOrigin? = nil, amendmentLists: [AmendmentListAddress] = [], line: Int = 0
    ) {
        self.id = id
        self.chamber = chamber
        self.stage = stage
        self.step = step
        self.date = date
        self.number = number
        self.url = url
        self.copy = copy
        self.completeness = completeness
        self.holds = holds
        self.note = note
        self.origin = origin
        self.amendmentLists = amendmentLists
        self.line = line
    }
}

/// An article followed through the navette, with the facts known about it in each reading, so that
/// what navette computes from the texts can be checked against them.
public struct FollowedArticle: Sendable, Hashable, Codable {
    /// Its label in the parliamentary readings (`7`).
    public var label: String
    /// Its number in the promulgated law (`10`).
    public var final: String?
    public var subject: String?
    public var facts: [ArticleFact]
    public var line: Int

    public init(label: String, final: String? = nil, subject: String? = nil, facts: [ArticleFact] = [], line: Int = 0) {
        self.label = label
        self.final = final
        self.subject = subject
        self.facts = facts
        self.line = line
    }
}

/// One verifiable fact about an article in one reading: `end-date` is `2024-12-31` in `an-939`.
public struct ArticleFact: Sendable, Hashable, Codable {
    public var reading: String
    /// What the fact is about: `end-date`, `label`, `alinea-count`…
    public var feature: String
    public var value: String
    /// Where the fact was checked (a corpus file, a page).
    public var evidence: String?
    public var line: Int

    public init(reading: String, feature: String, value: String, evidence: String? = nil, line: Int = 0) {
        self.reading = reading
        self.feature = feature
        self.value = value
        self.evidence = evidence
        self.line = line
    }
}

/// An amendment as the manifest records it: facts, and the local copy of its page when there is one.
public struct AmendmentFact: Sendable, Hashable, Codable {
    public var number: String
    /// The reading it was filed on (a manifest reading id).
    public var reading: String
    public var article: String?
    public var alinea: Int?
    public var authors: [String]
    public var group: String?
    /// Fate as recorded (`adopté`, `rejeté`, `retiré`, `tombé`, `non soutenu`, `irrecevable`,
    /// `non examiné`, `unknown`).
    public var fate: String
    public var date: String?
    public var url: String?
    public var copy: String?
    /// Short description of what it asks (`suppression`, `end date 8 Sept 2024`).
    public var summary: String?
    /// Numbers of identical amendments discussed together.
    public var identical: [String]
    public var line: Int

    public init(
        number: String, reading: String, article: String? = nil, alinea: Int? = nil, authors: [String] = [],
        group: String? = nil, fate: String = "unknown", date: String? = nil, url: String? = nil, copy: String? = nil,
        summary: String? = nil, identical: [String] = [], line: Int = 0
    ) {
        self.number = number
        self.reading = reading
        self.article = article
        self.alinea = alinea
        self.authors = authors
        self.group = group
        self.fate = fate
        self.date = date
        self.url = url
        self.copy = copy
        self.summary = summary
        self.identical = identical
        self.line = line
    }
}

/// A decision on the text (Conseil constitutionnel), and what it held on followed articles.
public struct DecisionFact: Sendable, Hashable, Codable {
    public var id: String
    public var date: String?
    public var url: String?
    public var copy: String?
    /// Outcome per final article label: `10` -> `conforme sous réserve`.
    public var articles: [String: String]
    public var summary: String?
    public var line: Int

    public init(
        id: String, date: String? = nil, url: String? = nil, copy: String? = nil, articles: [String: String] = [:],
        summary: String? = nil, line: Int = 0
    ) {
        self.id = id
        self.date = date
        self.url = url
        self.copy = copy
        self.articles = articles
        self.summary = summary
        self.line = line
    }
}

extension Manifest {
    /// The `urls` keys that name a dossier navette reads: `senat` (a `/dossier-legislatif/` page),
    /// `senat-feed` (its Atom feed) and `assemblee-opendata` (the AN open-data dossier JSON).
    public static let dossierKeys = ["senat", "senat-feed", "assemblee-opendata"]
}
