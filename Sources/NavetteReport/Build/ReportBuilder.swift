import NavetteCore

/// Makes a `Report` from what was read: follows the articles asked for through the dossier, compares
/// each reading with the latest earlier one holding the text, places the amendments and the motions.
public enum ReportBuilder {
    public static func build(_ input: ReportInput) throws -> Report {
        let dossier = input.dossier
        let lineage = DossierLineage(dossier)
        let selected = try select(input, lineage: lineage)
        let motions = input.scorecards.map { MotionReport($0) }
        let index = AmendmentIndex(input.examined)
        let lastText = dossier.readings.lastIndex { !$0.articles.isEmpty }
        let finalComputed = lastText.map { dossier.readings[$0].coverage == .full } ?? false
        var summary = Summary()
        var articles: [ArticleReport] = []
        var pages: Set<String> = []
        var diagnostics = (dossier.diagnostics + dossier.readings.flatMap(\.diagnostics) + input.diagnostics).map(
            \.description)
        for (history, followed) in selected {
            var builder = ArticleBuilder(input: input, index: index, history: history, fallbackLabel: followed?.label)
            let steps = builder.steps()
            var final: String? = nil
            var basis = ArticleReport.FinalBasis.none
            if finalComputed, let computed = history.final {
                (final, basis) = (computed, .computed)
                if let stated = followed?.final, ArticleNumber(label: stated).key != ArticleNumber(label: computed).key
                {
                    diagnostics.append(
                        "article \(followed!.label): the manifest says the law numbers it \(stated), navette computes \(computed)"
                    )
                }
            } else if let stated = followed?.final {
                (final, basis) = (stated, .manifest)
            }
            var labels = history.labels
            if labels.isEmpty, let label = followed?.label { labels = [label] }
            // A file name: the label's slug, cut to a length every file system takes.
            var page = SafeFileName.make("article-" + Anchor.slug(labels.last ?? history.id))
            if pages.contains(page) {
                var suffix = 2
                while pages.contains("\(page)-\(suffix)") { suffix += 1 }
                page += "-\(suffix)"
            }
            pages.insert(page)
            let keys = Set((labels + [final].compactMap { $0 }).map { ArticleNumber(label: $0).key })
            let refs = motions.enumerated().compactMap { index, motion -> MotionRef? in
                let demands = motion.demands.indices.filter {
                    motion.demands[$0].article.map { keys.contains(ArticleNumber(label: $0).key) } ?? false
                }
                return demands.isEmpty ? nil : MotionRef(motion: index, demands: demands)
            }
            let article = ArticleReport(
                id: history.id, page: page, labels: labels, final: final, finalBasis: basis, subject: followed?.subject,
                steps: steps, table: TableBuilder.table(steps), amendments: builder.amendments, motions: refs,
                changes: builder.counts)
            articles.append(article)
            summary.changes = summary.changes + builder.counts
            if builder.counts.total > 0 { summary.articlesChanged += 1 }
            summary.amendmentsByFate.merge(builder.fates, uniquingKeysWith: +)
            // The lineage's notes on this article, except about readings that do not hold its text
            // (an excerpt without it is not a deletion).
            let labelKeys = Set(labels.map { ArticleNumber(label: $0).key })
            let notHeld = Set(steps.filter { $0.change == .notHeld }.map(\.reading))
            diagnostics += lineage.diagnostics.filter { diagnostic in
                guard let label = diagnostic.article, labelKeys.contains(ArticleNumber(label: label).key) else {
                    return false
                }
                return diagnostic.source.map { !notHeld.contains($0) } ?? true
            }.map(\.description)
        }
        let readings = dossier.readings.map { ReadingInfo($0, kind: input.kind) }
        for reading in readings {
            switch reading.coverage {
            case .full: summary.readingsFull.append(reading.id)
            case .excerpt: summary.readingsExcerpt.append(reading.id)
            case .missing: summary.readingsMissing.append(reading.id)
            }
        }
        summary.articles = articles.count
        summary.amendmentsRead = input.examined.values.reduce(0) { $0 + $1.amendments.count }
        summary.motions = motions.count
        summary.demands = motions.reduce(0) { $0 + $1.demands.count }
        return Report(
            generated: input.generated, tool: input.tool,
            dossier: DossierInfo(id: dossier.id, title: dossier.title, kind: input.kind, urls: dossier.urls),
            readings: readings, summary: summary, articles: articles, motions: motions, sources: input.sources,
            diagnostics: diagnostics)
    }

    /// The histories asked for, each with the manifest's facts about it when it follows it.
    static func select(_ input: ReportInput, lineage: DossierLineage) throws -> [(ArticleHistory, FollowedArticle?)] {
        func followed(_ label: String) -> FollowedArticle? {
            let key = ArticleNumber(label: label).key
            return input.followed.first { ArticleNumber(label: $0.label).key == key }
                ?? input.followed.first { $0.final.map { ArticleNumber(label: $0).key == key } ?? false }
        }
        func followed(of history: ArticleHistory) -> FollowedArticle? {
            history.labels.lazy.compactMap { label in
                input.followed.first { ArticleNumber(label: $0.label).key == ArticleNumber(label: label).key }
            }.first
        }
        var labels = input.articles
        if labels.isEmpty, input.kind == .manifest { labels = input.followed.map(\.label) }
        if labels.isEmpty { return lineage.histories.map { ($0, followed(of: $0)) } }
        var result: [(ArticleHistory, FollowedArticle?)] = []
        for label in labels {
            let facts = followed(label)
            let history = lineage.history(forLabel: label) ?? facts.flatMap { lineage.history(forLabel: $0.label) }
            if let history {
                if !result.contains(where: { $0.0.id == history.id }) {
                    result.append((history, facts ?? followed(of: history)))
                }
            } else if let facts {
                // Followed by the manifest, but no text held prints it: a history of facts only.
                let steps = input.dossier.readings.map {
                    ArticleHistory.Step(reading: $0.id, label: nil, status: .absent)
                }
                result.append((ArticleHistory(id: "\(facts.label)@manifest", steps: steps, final: nil), facts))
            } else {
                throw ReportError.noArticle(label: label, dossier: input.dossier.id)
            }
        }
        return result
    }
}

extension ReadingInfo {
    init(_ reading: Reading, kind: DossierInfo.Kind) {
        var coverage: TextCoverage
        var holds: [String]? = nil
        switch reading.coverage {
        case .full: coverage = .full
        case .excerpt(let articles):
            coverage = .excerpt
            holds = articles
        case .missing: coverage = .missing
        }
        // A full reading without articles is a step without text (La Fabrique's failed steps); an
        // excerpt keeps what the manifest says of it.
        if reading.articles.isEmpty, coverage == .full { coverage = .missing }
        self.init(
            id: reading.id, chamber: reading.chamber.rawValue, stage: reading.stage, step: reading.step,
            date: reading.date,
            number: kind == .manifest ? reading.title : nil,
            url: reading.source.flatMap { $0.hasPrefix("http") ? $0 : nil }, coverage: coverage, holds: holds)
    }
}

extension MotionReport {
    /// The scorecard's values; `details` adds what `navette motion` shows besides (the considérants'
    /// count, each demand's cited features).
    public init(_ card: Scorecard, details: Bool = false) {
        let motion = card.motion
        self.init(
            motion: Header(
                body: motion.body, date: motion.date, outcome: motion.outcome.rawValue, title: motion.title,
                authors: motion.authors,
                source: motion.source, considerants: details ? motion.considerants.count : nil),
            demands: card.demands.map { score in
                DemandReport(
                    kind: score.demand.kind.rawValue, text: score.demand.text, addressee: score.demand.addressee,
                    askedOf: score.demand.askedOf, target: score.target, article: score.demand.article,
                    amendments: score.amendments, fallbacks: score.fallbacks, trajectory: score.trajectory,
                    outcome: score.outcome, decision: score.decision,
                    citedFeatures: details ? score.demand.citedFeatures : nil, indexed: score.indexed)
            },
            diagnostics: card.diagnostics.map(\.description))
    }
}
