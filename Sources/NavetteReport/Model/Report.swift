import NavetteCore

/// Everything an annotated report says about a dossier, in one value: the HTML, Markdown and JSON
/// writers all render this, so the three formats carry the same content.
///
/// The JSON report is this value encoded (keys sorted); its shape is documented in the README.
/// Amendments, changes and alinéas are referred to by ids and indexes, never copied twice.
public struct Report: Sendable, Hashable, Codable {
    /// Version of the JSON shape.
    public var format = "navette-report/1"
    /// When the report was made (ISO 8601), and by what.
    public var generated: String
    public var tool: String
    public var dossier: DossierInfo
    /// Every reading of the dossier, in navette order, whether its text is held or not.
    public var readings: [ReadingInfo]
    public var summary: Summary
    public var articles: [ArticleReport]
    /// The scorecards of the motions the dossier lists.
    public var motions: [MotionReport]
    /// Every file read to make the report, with its hash.
    public var sources: [SourceFile]
    public var diagnostics: [String]

    public init(
        generated: String, tool: String, dossier: DossierInfo, readings: [ReadingInfo], summary: Summary,
        articles: [ArticleReport], motions: [MotionReport], sources: [SourceFile], diagnostics: [String]
    ) {
        self.generated = generated
        self.tool = tool
        self.dossier = dossier
        self.readings = readings
        self.summary = summary
        self.articles = articles
        self.motions = motions
        self.sources = sources
        self.diagnostics = diagnostics
    }

    public func reading(_ id: String) -> ReadingInfo? { readings.first { $0.id == id } }
}

public struct DossierInfo: Sendable, Hashable, Codable {
    public typealias Kind = DossierMaterial.Kind

    public var id: String
    public var title: String?
    public var kind: Kind
    /// Official addresses of the dossier.
    public var urls: [String]

    public init(id: String, title: String?, kind: Kind, urls: [String]) {
        self.id = id
        self.title = title
        self.kind = kind
        self.urls = urls
    }
}

/// How much of a reading's text navette holds.
public enum TextCoverage: String, Sendable, Hashable, Codable {
    case full
    /// Some articles only (`holds`).
    case excerpt
    /// No text: the reading is known from the manifest's facts only.
    case missing
}

public struct ReadingInfo: Sendable, Hashable, Codable {
    public var id: String
    public var chamber: String
    public var stage: String?
    public var step: String?
    public var date: String?
    /// Official number as printed (`T.A. n° 96`).
    public var number: String?
    public var url: String?
    public var coverage: TextCoverage
    /// For an excerpt: the articles it holds.
    public var holds: [String]?

    public init(
        id: String, chamber: String, stage: String? = nil, step: String? = nil, date: String? = nil,
        number: String? = nil,
        url: String? = nil, coverage: TextCoverage, holds: [String]? = nil
    ) {
        self.id = id
        self.chamber = chamber
        self.stage = stage
        self.step = step
        self.date = date
        self.number = number
        self.url = url
        self.coverage = coverage
        self.holds = holds
    }
}

/// The counts the terminal summary prints and the index shows.
public struct Summary: Sendable, Hashable, Codable {
    public var readingsFull: [String] = []
    public var readingsExcerpt: [String] = []
    public var readingsMissing: [String] = []
    public var articles = 0
    /// Articles with at least one change between two readings holding their text.
    public var articlesChanged = 0
    public var changes = ChangeCounts()
    /// Amendments read for the dossier (every step, every target).
    public var amendmentsRead = 0
    /// Amendments on the articles of the report, by fate (`adopté`, `rejeté`, …, `unknown`).
    public var amendmentsByFate: [String: Int] = [:]
    public var motions = 0
    public var demands = 0

    public init() {}
}

/// Changes and how they were explained.
public struct ChangeCounts: Sendable, Hashable, Codable {
    public var total = 0
    public var explained = 0
    public var unexplained = 0
    public var notAssessed = 0

    public init() {}

    mutating func add(_ verdict: Attribution.Verdict) {
        total += 1
        switch verdict {
        case .explained: explained += 1
        case .unexplained: unexplained += 1
        case .notAssessed: notAssessed += 1
        }
    }

    static func + (lhs: ChangeCounts, rhs: ChangeCounts) -> ChangeCounts {
        var sum = lhs
        sum.total += rhs.total
        sum.explained += rhs.explained
        sum.unexplained += rhs.unexplained
        sum.notAssessed += rhs.notAssessed
        return sum
    }
}
