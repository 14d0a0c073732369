import NavetteCore
import NavetteStore

/// Completes a motion's scorecard with the amendment index: for each demand, the amendments the
/// manifest does not list that pursued it, on its article in this bill's texts (the same goals the
/// linker reads in the manifest's amendments), and by its words in every bill of the index. Each
/// amendment is shown once: the manifest's first, then those on the article, then those by words.
/// Bounded: at most `articleShown` and `wordsShown` amendments per demand, with how many there are.
public enum DemandSearch {
    public static let articleShown = 10
    public static let wordsShown = 5
    /// Amendments on one article read from the index at most (a whole legislature has ~1,500 per article).
    static let articleRead = 10_000

    public static func complete(
        _ card: Scorecard, manifest: Manifest, known: [(reading: String?, amendment: Amendment)],
        index: AmendmentIndex
    ) throws -> Scorecard {
        var card = card
        let texts = DossierText.texts(of: manifest)
        let byReading = DossierText.byReading(manifest)
        var seen = KnownAmendments()
        for entry in known { seen.insert(entry.amendment, text: entry.reading.flatMap { byReading[$0] }) }
        for position in card.demands.indices {
            let demand = card.demands[position].demand
            var findings = IndexFindings(store: index.path)
            var local = seen
            findings.onArticle = try onArticle(demand, motion: card.motion, texts: texts, index: index, seen: &local)
            findings.byWords = try byWords(demand, motion: card.motion, index: index, seen: local)
            card.demands[position].indexed = findings
        }
        return card
    }

    /// The amendments on the demand's article in the bill's texts with the goal the demand is linked
    /// by (suppression, date change); nil for a demand with no article or no such goal.
    static func onArticle(
        _ demand: Demand, motion: Motion, texts: [DossierText], index: AmendmentIndex, seen: inout KnownAmendments
    ) throws -> IndexedList? {
        guard let label = demand.article, !texts.isEmpty else { return nil }
        let citesEndDate = demand.citedFeatures.contains { $0.kind == .endDate }
        let (suppression, dates) =
            switch demand.kind {
            case .withdrawArticle: (true, citesEndDate)
            case .limitExperiment: (false, true)
            default: (false, false)
            }
        guard suppression || dates else { return nil }
        let read = try index.search(AmendmentQuery(text: "", article: label, limit: articleRead))
        var found: [(rank: Int, amendment: Amendment, evidence: String)] = []
        for hit in read {
            let amendment = hit.amendment
            guard amendment.targets(article: label), texts.contains(where: { $0.holds(amendment) }),
                !seen.contains(amendment)
            else { continue }
            switch AmendmentGoal.classify(amendment) {
            case .suppression(let evidence) where suppression: found.append((0, amendment, evidence))
            case .dateChange(_, _, let evidence) where dates:
                found.append((suppression ? 1 : 0, amendment, (suppression ? "fallback: " : "") + evidence))
            default: continue
            }
            seen.insert(amendment, text: nil)
        }
        found.sort { lhs, rhs in
            lhs.rank != rhs.rank ? lhs.rank < rhs.rank : order(lhs.amendment) < order(rhs.amendment)
        }
        let goal = [suppression ? "suppression" : nil, dates ? "date change" : nil].compactMap { $0 }
        let where_ = texts.map { "\($0.chamber == .senat ? "Sénat" : "AN") \($0.number)" }.joined(separator: ", ")
        return IndexedList(
            search: "\(goal.joined(separator: " or ")) of article \(label) in texts \(where_)", total: found.count,
            amendments: found.prefix(articleShown).map { indexed($0.amendment, evidence: $0.evidence) })
    }

    /// Adopted first, then by date (undated last), then by number.
    static func order(_ amendment: Amendment) -> (Int, Int, String, String) {
        (amendment.fate == .adopte ? 0 : 1, amendment.date == nil ? 1 : 0, amendment.date ?? "", amendment.number)
    }

    /// The amendments of any bill holding at least two of the demand's words, best first. Words found
    /// in no amendment, or in more than a tenth of an index of 1,000 amendments or more (unless fewer
    /// than two would be left), are not searched: they would only add noise. (In a small index, often
    /// one bill's, the bill's own words are frequent and still telling.)
    static func byWords(
        _ demand: Demand, motion: Motion, index: AmendmentIndex, seen: KnownAmendments
    ) throws -> IndexedList? {
        let terms = try distinctive(DemandTerms.terms(of: demand, in: motion), index: index)
        guard let query = DemandTerms.query(terms) else { return nil }
        let limit = min(wordsShown + seen.count, 200)
        let hits = try index.search(AmendmentQuery(text: query, limit: limit))
        let fresh = hits.filter { !seen.contains($0.amendment) }
        // Amendments already shown are left out of the count as far as they were read (all of them
        // when fewer than `limit` match).
        let total = try index.count(AmendmentQuery(text: query, limit: 1)) - (hits.count - fresh.count)
        let words = terms.joined(separator: ", ") + (terms.count > 1 ? " (at least two)" : "")
        return IndexedList(
            search: "words \(words)", total: total,
            amendments: fresh.prefix(wordsShown).map { hit in
                indexed(hit.amendment, evidence: "« \(passage(hit.excerpt.plain)) »")
            })
    }

    /// The terms found in at least one amendment and (1,000 amendments or more) in at most a tenth, at most
    /// `DemandTerms.limit`, in their order; the two rarest when fewer would be left.
    static func distinctive(_ terms: [String], index: AmendmentIndex) throws -> [String] {
        let size = try index.counts().amendments
        let found = try terms.map { term in (term, try index.count(AmendmentQuery(text: term, limit: 1))) }
            .filter { $0.1 > 0 }
        var kept = found.filter { size < 1000 || $0.1 * 10 <= size }.map(\.0)
        if kept.count < 2 { kept = found.sorted { $0.1 < $1.1 }.prefix(2).map(\.0) }
        return terms.filter(kept.contains).prefix(DemandTerms.limit).map { $0 }
    }

    /// The passage on one line, cut after about 240 characters.
    static func passage(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard line.count > 240 else { return line }
        let cut = line.prefix(240)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }

    static func indexed(_ amendment: Amendment, evidence: String) -> IndexedAmendment {
        IndexedAmendment(
            number: amendment.number, chamber: amendment.chamber.rawValue, bill: amendment.text.bill,
            legislature: amendment.text.legislature, target: amendment.target.label, fate: amendment.fate.rawValue,
            authors: amendment.authors, group: amendment.group, date: amendment.date, url: amendment.url,
            source: amendment.file ?? "", evidence: evidence)
    }
}

/// The amendments already shown, by number and text: an amendment of the index is the same as one
/// shown when their numbers agree (rectification aside) and so do their texts, or one text is unknown.
struct KnownAmendments {
    private var texts: [String: [String?]] = [:]
    private(set) var count = 0

    mutating func insert(_ amendment: Amendment, text: DossierText?) {
        let bill = amendment.text.bill.map(DossierText.digits) ?? text?.number
        texts[amendment.parsedNumber.baseKey, default: []].append(bill)
        count += 1
    }

    func contains(_ amendment: Amendment) -> Bool {
        guard let bills = texts[amendment.parsedNumber.baseKey] else { return false }
        guard let bill = amendment.text.bill.map(DossierText.digits) else { return true }
        return bills.contains { $0 == nil || $0 == bill }
    }
}
