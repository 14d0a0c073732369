import NavetteCore

/// A motion's scorecard as the report shows it: the names follow `navette motion --format json`; the
/// linked amendments and the feature's trajectory are the scorecard's own values.
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

        public init(body: String?, date: String?, outcome: String, title: String?, authors: [String], source: String?) {
            self.body = body
            self.date = date
            self.outcome = outcome
            self.title = title
            self.authors = authors
            self.source = source
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

        public init(
            kind: String, text: String, addressee: String?, askedOf: String?, target: String?, article: String?,
            amendments: [Scorecard.LinkedAmendment], fallbacks: [Scorecard.LinkedAmendment], trajectory: [FeatureObservation],
            outcome: String, decision: String?
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
