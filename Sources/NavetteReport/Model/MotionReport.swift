/// A motion's scorecard as the report shows it: the names follow `navette motion --format json`.
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
        public var amendments: [LinkedAmendmentReport]
        public var fallbacks: [LinkedAmendmentReport]
        public var trajectory: [TrajectoryPoint]
        public var outcome: String
        public var decision: String?

        public init(
            kind: String, text: String, addressee: String?, askedOf: String?, target: String?, article: String?,
            amendments: [LinkedAmendmentReport], fallbacks: [LinkedAmendmentReport], trajectory: [TrajectoryPoint],
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

    public struct LinkedAmendmentReport: Sendable, Hashable, Codable {
        public var number: String
        public var reading: String?
        public var fate: String
        public var authors: [String]
        public var group: String?
        public var url: String?
        /// What tied it to the demand (dispositif matched, date extracted): quotes the amendment.
        public var evidence: String

        public init(number: String, reading: String?, fate: String, authors: [String], group: String?, url: String?, evidence: String) {
            self.number = number
            self.reading = reading
            self.fate = fate
            self.authors = authors
            self.group = group
            self.url = url
            self.evidence = evidence
        }
    }

    /// The value of a cited feature (an end date) in one reading.
    public struct TrajectoryPoint: Sendable, Hashable, Codable {
        public var reading: String
        public var value: String?
        /// `text`, `manifest fact` or `missing`.
        public var basis: String
        /// The words it was read from.
        public var quote: String?
        public var alinea: Int?
        /// `agrees`, `disagrees` or `unchecked` (against the manifest's fact).
        public var check: String
        public var note: String?

        public init(reading: String, value: String?, basis: String, quote: String?, alinea: Int?, check: String, note: String?) {
            self.reading = reading
            self.value = value
            self.basis = basis
            self.quote = quote
            self.alinea = alinea
            self.check = check
            self.note = note
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
