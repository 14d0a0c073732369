/// Links each demand of a motion to the bill: the amendments that pursued the same goal, with their
/// fates, and what the text did across readings.
public enum MotionLinker {
    /// What the linker is given about the bill.
    public struct Bill: Sendable {
        /// The article followed, with its final number and facts.
        public var article: FollowedArticle?
        /// Every amendment known on the bill (from its sources and the manifest), with its reading id.
        public var amendments: [(reading: String?, amendment: Amendment)]
        /// The end date of the article reading by reading.
        public var endDates: [FeatureObservation]
        /// Whether the article survives in the last reading held (nil when unknown).
        public var survives: Bool?
        public var decisions: [DecisionFact]

        public init(
            article: FollowedArticle?, amendments: [(reading: String?, amendment: Amendment)],
            endDates: [FeatureObservation],
            survives: Bool?, decisions: [DecisionFact]
        ) {
            self.article = article
            self.amendments = amendments
            self.endDates = endDates
            self.survives = survives
            self.decisions = decisions
        }
    }

    public static func scorecard(for motion: Motion, bill: Bill) -> Scorecard {
        var diagnostics: [Diagnostic] = []
        let scores = motion.demands.map { demand -> Scorecard.DemandScore in
            guard let label = demand.article else {
                return Scorecard.DemandScore(
                    demand: demand, target: nil, amendments: [], fallbacks: [], trajectory: [],
                    outcome: "not a change to the bill's text: no amendment can carry it; follow it with its addressee")
            }
            let article = bill.article.flatMap {
                ArticleNumber(label: $0.label).key == ArticleNumber(label: label).key ? $0 : nil
            }
            if article == nil {
                diagnostics.append(
                    Diagnostic(
                        .warning, "the demand targets article \(label), which the dossier does not follow",
                        source: motion.source))
            }
            let target = article.map { [$0.label, $0.final].compactMap { $0 }.joined(separator: " -> ") } ?? label
            let decision = article?.final.flatMap { final in
                bill.decisions.compactMap { decision in
                    decision.articles[final].map { "\(decision.id): article \(final) \($0)" }
                }.first
            }
            let citesEndDate = demand.citedFeatures.contains { $0.kind == .endDate }
            let dateChanges = links(bill.amendments, article: label) { goal in
                if case .dateChange(_, _, let evidence) = goal { return evidence }
                return nil
            }
            switch demand.kind {
            case .withdrawArticle:
                let linked = links(bill.amendments, article: label) { goal in
                    if case .suppression(let evidence) = goal { return evidence }
                    return nil
                }
                return Scorecard.DemandScore(
                    demand: demand, target: target, amendments: linked, fallbacks: citesEndDate ? dateChanges : [],
                    trajectory: citesEndDate ? bill.endDates : [],
                    outcome: withdrawalOutcome(linked, survives: bill.survives, article: article), decision: decision)
            case .limitExperiment:
                return Scorecard.DemandScore(
                    demand: demand, target: target, amendments: dateChanges, fallbacks: [], trajectory: bill.endDates,
                    outcome: trajectoryOutcome(bill.endDates), decision: decision)
            default:
                return Scorecard.DemandScore(
                    demand: demand, target: target, amendments: [], fallbacks: [],
                    trajectory: citesEndDate ? bill.endDates : [],
                    outcome: "no amendment goal navette can match for this kind of demand", decision: decision)
            }
        }
        return Scorecard(motion: motion, demands: scores, diagnostics: diagnostics)
    }

    private static func links(
        _ amendments: [(reading: String?, amendment: Amendment)], article label: String,
        match: (AmendmentGoal) -> String?
    ) -> [Scorecard.LinkedAmendment] {
        amendments.compactMap { entry in
            guard entry.amendment.targets(article: label), let evidence = match(AmendmentGoal.classify(entry.amendment))
            else {
                return nil
            }
            let amendment = entry.amendment
            return Scorecard.LinkedAmendment(
                number: amendment.number, reading: entry.reading, fate: amendment.fate.rawValue,
                authors: amendment.authors,
                group: amendment.group, url: amendment.url, evidence: evidence)
        }
    }

    private static func withdrawalOutcome(
        _ linked: [Scorecard.LinkedAmendment], survives: Bool?, article: FollowedArticle?
    ) -> String {
        if linked.contains(where: { $0.fate == AmendmentFate.adopte.rawValue }) {
            return "a suppression amendment was adopted"
        }
        let tried =
            linked.isEmpty
            ? "no suppression amendment is known" : "\(linked.count) suppression amendment(s), none recorded as adopted"
        switch survives {
        case true?:
            let final = article?.final.map { ": it became article \($0) of the law" } ?? ""
            return "not met — \(tried); the article was kept\(final)"
        case false?: return "the article is not in the last reading — \(tried)"
        case nil: return "unknown: the last reading's text is not held — \(tried)"
        }
    }

    private static func trajectoryOutcome(_ observations: [FeatureObservation]) -> String {
        let known = observations.filter { $0.value != nil }
        guard let first = known.first, let last = known.last else { return "the end date is unknown in every reading" }
        return "end date \(first.value!) (\(first.reading)) -> \(last.value!) (\(last.reading))"
    }
}
