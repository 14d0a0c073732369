import NavetteCore

/// Builds one article's report from its lineage history, reading by reading: the text compared with
/// the latest earlier reading that holds it, each change attributed (or not), the amendments that
/// failed listed under the alinéa they targeted.
struct ArticleBuilder {
    let input: ReportInput
    let index: AmendmentIndex
    let history: ArticleHistory
    /// The label to use where no reading prints the article (the manifest's).
    let fallbackLabel: String?
    private var readings: [Reading] { input.dossier.readings }
    private(set) var amendments: [AmendmentInfo] = []
    private var amendmentIndex: [String: Int] = [:]
    private(set) var counts = ChangeCounts()
    /// Amendments on the article by fate, over every step.
    private(set) var fates: [String: Int] = [:]

    /// The text the next reading is compared with.
    private struct Base {
        var index: Int?
        var alineas: [Alinea] = []
        var present = false
        var sawHeld = false
        /// Readings since `index` whose text is not held.
        var across: [String] = []
        /// Steps whose amendments lead to the next reading held (those of `across`, then its own).
        var spanned: [Int] = []
    }

    init(input: ReportInput, index: AmendmentIndex, history: ArticleHistory, fallbackLabel: String? = nil) {
        self.input = input
        self.index = index
        self.history = history
        self.fallbackLabel = fallbackLabel
    }

    mutating func steps() -> [StepReport] {
        var base = Base()
        return history.steps.indices.map { step($0, base: &base) }
    }

    private mutating func step(_ index: Int, base: inout Base) -> StepReport {
        let lineage = history.steps[index]
        let reading = readings[index]
        var step = StepReport(reading: reading.id, label: lineage.label, change: .notHeld)
        step.status = lineage.status == .none || lineage.status == .absent ? nil : lineage.status.rawValue
        let here = articleAmendments(examinedIn: index)
        if let here {
            step.examined = Examined(filedOn: here.filedOn, complete: here.complete, amendments: here.ids)
        }
        base.spanned.append(index)
        guard holdsText(index) else {
            step.change = .notHeld
            base.across.append(reading.id)
            step.tried = tried(here)
            step.adoptedUnmatched = adopted(here)
            return step
        }
        let present = lineage.isPresent && lineage.status != .supprime
        let current = present ? lineage.alineas : []
        step.comparedWith = base.index.map { readings[$0].id }
        step.across = base.index == nil ? [] : base.across
        let comparison = Comparer.compare(old: base.alineas, new: current)
        let slug = Anchor.slug(reading.id)
        step.alineas = Self.alineas(comparison, slug: slug, carried: Set(lineage.carriedAlineas))
        switch (base.present, present) {
        case (false, false): step.change = .absent
        case (false, true): step.change = base.sawHeld ? .inserted : .first
        case (true, false): step.change = .deleted
        case (true, true):
            if lineage.carried {
                step.change = .carried
                step.carriedFrom = lineage.carriedFrom
            } else if comparison.alineas.allSatisfy({ $0.kind == .unchanged }) {
                step.change = .unchanged
            } else {
                step.change = comparison.isUnchanged ? .typographic : .changed
            }
        }
        if !step.alineas.isEmpty { step.stats = comparison.stats }
        if step.change == .carried, step.carriedFrom == nil { step.carriedFrom = lineage.carriedFrom }
        if [.changed, .inserted, .deleted].contains(step.change) {
            let spanned = base.spanned.compactMap { articleAmendments(examinedIn: $0) }
            let candidates = step.change == .inserted ? insertionCandidates(examinedIn: index) : []
            attribute(
                &step, comparison: comparison, spanned: spanned, candidates: candidates, slug: slug,
                all: base.spanned.count)
            if !candidates.isEmpty, let list = input.examined[reading.id] {
                var examined = step.examined ?? Examined(filedOn: list.filedOn, complete: list.complete, amendments: [])
                examined.amendments += candidates.map(\.1).filter { !examined.amendments.contains($0) }
                step.examined = examined
            }
        } else {
            step.adoptedUnmatched = adopted(here)
        }
        step.tried = tried(here)
        base = Base(index: index, alineas: current, present: present, sawHeld: true)
        return step
    }

    // MARK: - Text held

    /// True when the reading's text says whether (and how) the article is there.
    private func holdsText(_ index: Int) -> Bool {
        if history.steps[index].isPresent { return true }
        let reading = readings[index]
        if reading.articles.isEmpty { return false }
        guard let label = label(near: index) else { return reading.coverage == .full }
        return reading.holdsText(of: label)
    }

    /// The label in a reading, or the nearest one printed before it (after it, failing that).
    func label(near index: Int) -> String? {
        if let label = history.steps[index].label { return label }
        if let earlier = history.steps[..<index].last(where: { $0.label != nil }) { return earlier.label }
        return history.steps[(index + 1)...].first { $0.label != nil }?.label ?? fallbackLabel
    }

    // MARK: - Amendments

    private struct ArticleAmendments {
        var amendments: [Amendment]
        var ids: [String]
        var filedOn: String?
        var complete: Bool
        /// The article's label in the text the amendments were filed on.
        var label: String
    }

    /// The amendments on the article examined in the step that produced reading `index`.
    private mutating func articleAmendments(examinedIn index: Int) -> ArticleAmendments? {
        let reading = readings[index].id
        guard let step = input.examined[reading] else { return nil }
        let filedOnIndex = step.filedOn.flatMap { id in readings.firstIndex { $0.id == id } } ?? max(index - 1, 0)
        guard let label = label(near: filedOnIndex) ?? label(near: index) else {
            return ArticleAmendments(amendments: [], ids: [], filedOn: step.filedOn, complete: step.complete, label: "")
        }
        let list = self.index.on[reading]?[ArticleNumber(label: label).key] ?? []
        let ids = list.map {
            register($0, examinedIn: reading, filedOn: step.filedOn, summary: step.summaries[$0.number])
        }
        return ArticleAmendments(
            amendments: list, ids: ids, filedOn: step.filedOn, complete: step.complete, label: label)
    }

    private mutating func register(_ amendment: Amendment, examinedIn: String, filedOn: String?, summary: String?)
        -> String
    {
        let id = "\(examinedIn)#\(amendment.number)"
        if amendmentIndex[id] == nil {
            amendmentIndex[id] = amendments.count
            fates[amendment.fate.rawValue, default: 0] += 1
            let printed = amendment.fateText.flatMap {
                Folding.key($0) == Folding.key(amendment.fate.rawValue) ? nil : $0
            }
            amendments.append(
                AmendmentInfo(
                    id: id, number: amendment.number, examinedIn: examinedIn, filedOn: filedOn,
                    authors: amendment.authors,
                    group: amendment.group, date: amendment.date, fate: amendment.fate, fateText: printed,
                    url: amendment.url,
                    target: amendment.target.label ?? "Article", alinea: amendment.target.alinea, summary: summary))
        }
        return id
    }

    private func id(of amendment: Amendment, in list: ArticleAmendments) -> String? {
        list.amendments.firstIndex(of: amendment).map { list.ids[$0] }
    }

    /// The amendments of the step that did not pass, by the alinéa they target (nil last).
    private func tried(_ here: ArticleAmendments?) -> [TriedGroup] {
        guard let here else { return [] }
        let label = here.label
        let failed = here.amendments.filter { $0.fate != .adopte }
        guard !failed.isEmpty else { return [] }
        return Explainer.tried(failed, article: label)
            .map {
                TriedGroup(
                    alinea: $0.alinea,
                    amendments: $0.amendments.filter { $0.fate != .adopte }.compactMap { id(of: $0, in: here) })
            }
            .filter { !$0.amendments.isEmpty }
            .sorted { ($0.alinea ?? Int.max) < ($1.alinea ?? Int.max) }
    }

    private func adopted(_ here: ArticleAmendments?) -> [String] {
        guard let here else { return [] }
        return here.amendments.filter { $0.fate == .adopte }.compactMap { id(of: $0, in: here) }
    }

    // MARK: - Changes

    /// For an article that appears: the adopted amendments of the step that insert an article right
    /// after the one printed before it (or right before the one printed after it). Candidates only:
    /// several articles may be inserted at the same place.
    private mutating func insertionCandidates(examinedIn index: Int) -> [(Amendment, String)] {
        let reading = readings[index]
        guard let step = input.examined[reading.id], let label = history.steps[index].label,
            let position = reading.articles.firstIndex(where: { $0.number.key == ArticleNumber(label: label).key })
        else { return [] }
        let before = position > 0 ? reading.articles[position - 1].number.key : nil
        let after = position + 1 < reading.articles.count ? reading.articles[position + 1].number.key : nil
        let found =
            (before.flatMap { self.index.after[reading.id]?[$0] } ?? [])
            + (after.flatMap { self.index.before[reading.id]?[$0] } ?? [])
        return found.filter { $0.fate == .adopte }
            .map {
                ($0, register($0, examinedIn: reading.id, filedOn: step.filedOn, summary: step.summaries[$0.number]))
            }
    }

    private mutating func attribute(
        _ step: inout StepReport, comparison: Comparison, spanned: [ArticleAmendments],
        candidates: [(Amendment, String)],
        slug: String, all: Int
    ) {
        let whole: String? =
            switch step.change {
            case .inserted: "article inserted"
            case .deleted: "article deleted"
            default: nil
            }
        let changes = ChangeGrouping.changes(in: step.alineas, wholeArticle: whole)
        guard !changes.isEmpty else { return }
        let amendments = spanned.flatMap(\.amendments) + candidates.map(\.0)
        var ids: [String: String] = [:]
        for list in spanned { for (amendment, id) in zip(list.amendments, list.ids) { ids[amendment.number] = id } }
        for (amendment, id) in candidates { ids[amendment.number] = id }
        let held = spanned.count == all
        let complete = held && spanned.allSatisfy(\.complete)
        let anyAdopted = amendments.contains { $0.fate == .adopte }
        var explanation: StepExplanation? = nil
        let onArticle = spanned.flatMap(\.amendments)
        if !onArticle.isEmpty, let from = step.comparedWith {
            explanation = Explainer.explain(
                comparison, article: spanned[0].label, from: from, to: step.reading, amendments: onArticle)
        }
        if spanned.isEmpty && candidates.isEmpty {
            step.assessment = "No amendment of this step is held: its changes are not assessed."
        } else if explanation != nil {
            step.assessment =
                "Each change was checked against the amendments held for this step"
                + (complete ? "." : " (a partial list).")
        } else if complete && !anyAdopted {
            step.assessment =
                "No amendment on this article was adopted in this step: its changes are unexplained by amendments."
        } else {
            step.assessment = "Amendments are held for this step, but not matched to its changes: not assessed."
        }
        var cited: Set<String> = []
        for (number, change) in changes.enumerated() {
            var finding = ChangeGrouping.Finding(verdict: complete && !anyAdopted ? .unexplained : .notAssessed)
            if let found = explanation.flatMap({ ChangeGrouping.verdict(of: change, in: $0.attributions) }) {
                finding = found
            }
            // An article that appears: the amendments inserting an article at its place may have made it.
            if change.article, !candidates.isEmpty, finding.verdict != .explained {
                finding.verdict = .notAssessed
                finding.candidates += candidates.map(\.0.number).filter { !finding.candidates.contains($0) }
                finding.note = "adopted in this step, inserting an article at this place"
            }
            let amendmentIds = finding.amendments.map { ids[$0] ?? "\(step.reading)#\($0)" }
            let candidateIds = finding.candidates.map { ids[$0] ?? "\(step.reading)#\($0)" }
            cited.formUnion(amendmentIds + candidateIds)
            counts.add(finding.verdict)
            let anchor = "\(slug)-c\(number + 1)"
            step.changes.append(
                ChangeNote(
                    anchor: anchor, alinea: change.entry, ops: change.ops, what: change.what, verdict: finding.verdict,
                    amendments: amendmentIds, candidates: candidateIds, note: finding.note))
            if change.ops.isEmpty {
                if change.article {
                    for entry in step.alineas.indices { step.alineas[entry].changes.append(number) }
                } else {
                    step.alineas[change.entry].changes.append(number)
                }
            } else {
                for op in change.ops { step.alineas[change.entry].ops[op].change = number }
            }
        }
        let adoptedIds =
            spanned.flatMap { list in
                zip(list.amendments, list.ids).filter { $0.0.fate == .adopte }.map(\.1)
            } + candidates.map(\.1)
        step.adoptedUnmatched = adoptedIds.filter { !cited.contains($0) }
    }

    static func alineas(_ comparison: Comparison, slug: String, carried: Set<Int>) -> [AlineaReport] {
        comparison.alineas.map { entry in
            let anchor = entry.newNumber.map { "\(slug)-a\($0)" } ?? "\(slug)-d\(entry.oldNumber ?? 0)"
            let unchanged = entry.kind == .unchanged
            return AlineaReport(
                kind: entry.kind, oldNumber: entry.oldNumber, newNumber: entry.newNumber, anchor: anchor,
                text: unchanged ? (entry.new ?? "") : nil,
                ops: unchanged
                    ? []
                    : entry.ops.map(OpReport.init),
                carried: entry.newNumber.map { carried.contains($0 - 1) } ?? false, changes: [])
        }
    }
}

/// The amendments of each step by the article they target (`on`), or next to which they insert one
/// (`after`, `before`), by article key: built once for all the articles of a report.
struct AmendmentIndex {
    var on: [String: [String: [Amendment]]] = [:]
    var after: [String: [String: [Amendment]]] = [:]
    var before: [String: [String: [Amendment]]] = [:]

    init(_ examined: [String: StepAmendments]) {
        for (reading, step) in examined {
            for amendment in step.amendments {
                // "Division additionnelle après l'article 17" (La Fabrique) inserts articles too.
                guard let key = amendment.target.article?.key else { continue }
                switch amendment.target.position {
                case .on:
                    if amendment.target.kind == .article {
                        on[reading, default: [:]][key, default: []].append(amendment)
                    }
                case .after: after[reading, default: [:]][key, default: []].append(amendment)
                case .before: before[reading, default: [:]][key, default: []].append(amendment)
                }
            }
        }
    }
}
