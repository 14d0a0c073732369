import NavetteCore

/// A motion's scorecard as the report shows it and as `navette motion --format json` writes it (the
/// one JSON shape of a scorecard); the linked amendments and the feature's trajectory are the
/// scorecard's own values. `considerants` and `citedFeatures` are written by `navette motion` only.
public struct MotionReport: Sendable, Hashable, Codable {
    public struct Header: Sendable, Hashable, Codable {
        /// The issuing body (`Conseil du 15e arrondissement`).
        public var body: String?
        public var date: String?
        public var outcome: String
        public var title: String?
        public var authors: [String]
        /// The motion file, relative to the mirror.
        public var source: String?
        /// How many `Considérant …` paragraphs the motion has.
        public var considerants: Int?

        public init(
            body: String?, date: String?, outcome: String, title: String?, authors: [String], source: String?,
            considerants: Int? = nil
        ) {
            self.body = body
            self.date = date
            self.outcome = outcome
            self.title = title
            self.authors = authors
            self.source = source
            self.considerants = considerants
        }
    }

    public struct DemandReport: Sendable, Hashable, Codable {
        public var kind: String
        /// The demand as the motion words it.
        public var text: String
        public var addressee: String?
        public var askedOf: String?
        /// `7 -> 10`.
        public var target: String?
        /// The article label the demand names.
        public var article: String?
        public var amendments: [Scorecard.LinkedAmendment]
        public var fallbacks: [Scorecard.LinkedAmendment]
        public var trajectory: [FeatureObservation]
        public var outcome: String
        public var decision: String?
        /// The features (dates, durations) the demand cites.
        public var citedFeatures: [CitedFeature]?
        /// Amendments the amendment index adds beside the manifest's, when one was read.
        public var indexed: IndexFindings?

        public init(
            kind: String, text: String, addressee: String?, askedOf: String?, target: String?, article: String?,
            amendments: [Scorecard.LinkedAmendment], fallbacks: [Scorecard.LinkedAmendment],
            trajectory: [FeatureObservation],
            outcome: String, decision: String?, citedFeatures: [CitedFeature]? = nil, indexed: IndexFindings? = nil
        ) {
            self.kind = kind
            self.text = text
            self.addressee = addressee
            self.askedOf = askedOf
            self.target = target
            self.article = article
            self.amendments = amendments
            self.fallbacks = fallbacks
            self.trajectory = trajectory
            self.outcome = outcome
            self.decision = decision
            self.citedFeatures = citedFeatures
            self.indexed = indexed
        }
    }

    public var motion: Header
    public var demands: [DemandReport]
    public var diagnostics: [String]

    public init(motion: Header, demands: [DemandReport], diagnostics: [String]) {
        self.motion = motion
        self.demands = demands
        self.diagnostics = diagnostics
    }
}
