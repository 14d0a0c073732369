/// A motion demand by demand: asked -> tried (amendments and their fates) -> what the text did.
public struct Scorecard: Sendable, Hashable, Codable {
    public struct LinkedAmendment: Sendable, Hashable, Codable {
        public var number: String
        public var reading: String?
        public var fate: String
        public var authors: [String]
        public var group: String?
        public var url: String?
        /// Why this amendment is linked to the demand (the dispositif words matched).
        public var evidence: String
    }

    public struct DemandScore: Sendable, Hashable, Codable {
        public var demand: Demand
        /// The article history targeted: `7 -> 10`, when the demand targets the bill.
        public var target: String?
        public var amendments: [LinkedAmendment]
        /// Amendments that pursued a lesser form of the demand (shortening an experiment whose
        /// withdrawal is demanded, when the motion cites its end date).
        public var fallbacks: [LinkedAmendment]
        /// The cited feature followed across readings (the end date), when it applies.
        public var trajectory: [FeatureObservation]
        /// What became of the demand in the text, in one sentence.
        public var outcome: String
        /// What the Conseil constitutionnel held on the article, when the manifest records it.
        public var decision: String?
        /// What the amendment index adds (amendments the manifest does not list), when one was read.
        public var indexed: IndexFindings? = nil
    }

    public var motion: Motion
    public var demands: [DemandScore]
    public var diagnostics: [Diagnostic]
}
