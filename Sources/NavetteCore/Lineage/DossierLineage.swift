/// Every article of a dossier followed through its readings, with the final numbering computed and
/// cross-checked against the source's concordance table when there is one.
///
/// Linking, reading after reading: an article keeps its history when its label is the same as in an
/// earlier reading (a deleted article that comes back under the same label resumes its history); a
/// label seen for the first time starts a history, unless its text clearly moved there from an
/// article that vanished (a renumbering between readings, linked by similarity). Label links are
/// cross-checked by text similarity; weak links become diagnostics. Readings without articles (a failed
/// step) are `absent` for every history without breaking it.
public struct DossierLineage: Sendable, Hashable {
    /// Links below this confidence are also listed in `diagnostics`.
    public static let lowConfidence = 0.75

    public var dossier: String
    /// Reading ids in order; every history has one step per reading, in this order.
    public var readings: [String]
    /// In navette order: each new article placed after the article printed before it.
    public var histories: [ArticleHistory]
    public var diagnostics: [Diagnostic]
    /// Agreement of the computed final numbering with the source's table, when the dossier has one.
    public var concordanceCheck: ConcordanceCheck?

    public init(_ dossier: Dossier) {
        self.init(readings: dossier.readings, concordance: dossier.concordance, dossier: dossier.id)
    }

    public init(readings: [Reading], concordance: [String: String]? = nil, dossier: String = "") {
        var builder = LineageBuilder(readings: readings)
        builder.run()
        self.dossier = dossier
        self.readings = readings.map(\.id)
        self.histories = builder.orderedHistories
        self.diagnostics = builder.diagnostics
        guard let last = readings.lastIndex(where: { !$0.articles.isEmpty }) else { return }
        let finalReading = readings[last].id
        FinalNumbering.number(&histories, printed: builder.orderedPrinted[last], finalReading: finalReading)
        if let concordance, !concordance.isEmpty {
            let check = ConcordanceCheck(concordance, histories: &histories, finalReading: finalReading)
            diagnostics += check.diagnostics
            concordanceCheck = check
        }
    }

    /// The history an article label designates, in one reading or anywhere.
    ///
    /// `reading` is a reading id, or `final` for the numbering after promulgation. Without it, the
    /// final numbering is tried first (`10` finds the history that the law numbers 10, even when it was
    /// article 7 in the navette), then the readings from the last to the first.
    public func history(forLabel label: String, in reading: String? = nil) -> ArticleHistory? {
        let key = ArticleNumber(label: label).key
        func finalMatch() -> ArticleHistory? {
            histories.first { $0.final.map { ArticleNumber(label: $0).key == key } ?? false }
        }
        func match(in index: Int) -> ArticleHistory? {
            histories.first { $0.steps[index].label.map { ArticleNumber(label: $0).key == key } ?? false }
        }
        if let reading {
            if reading == FinalNumbering.finalReading { return finalMatch() }
            guard let index = readings.firstIndex(of: reading) else { return nil }
            return match(in: index)
        }
        if let found = finalMatch() { return found }
        for index in readings.indices.reversed() {
            if let found = match(in: index) { return found }
        }
        return nil
    }
}
