import NavetteCore
import NavetteReport
import NavetteStore

/// Completes a manifest's report with the amendment index: on each article's page, the indexed
/// amendments on the article, filed on the bill's texts, that the report does not hold (neither the
/// manifest's nor those of the amendment lists read). Each text is searched with the label the
/// article carries in that reading. Bounded: the first `shown`, adopted first, with the count by fate.
public enum ArticleSearch {
    public static let shown = 10

    public static func complete(_ report: Report, manifest: Manifest, index: AmendmentIndex) throws -> Report {
        let byReading = DossierText.byReading(manifest)
        var report = report
        for position in report.articles.indices {
            let article = report.articles[position]
            let targets = labels(article, texts: byReading)
            guard !targets.isEmpty else { continue }
            var seen = KnownAmendments()
            for held in article.amendments {
                seen.insert(Amendment(number: held.number), text: held.filedOn.flatMap { byReading[$0] })
            }
            var found: [Amendment] = []
            var identities: Set<String> = []
            for label in Set(targets.map(\.label)).sorted() {
                let read = try index.search(AmendmentQuery(text: "", article: label, limit: DemandSearch.articleRead))
                for hit in read {
                    let amendment = hit.amendment
                    guard amendment.targets(article: label),
                        targets.contains(where: { $0.label == label && $0.text.holds(amendment) }),
                        !seen.contains(amendment),
                        identities.insert("\(amendment.chamber)|\(amendment.text.bill ?? "")|\(amendment.number)")
                            .inserted
                    else { continue }
                    found.append(amendment)
                }
            }
            found.sort { DemandSearch.order($0) < DemandSearch.order($1) }
            var byFate: [String: Int] = [:]
            for amendment in found { byFate[amendment.fate.rawValue, default: 0] += 1 }
            let searched = targets.map { "\($0.text.chamber == .senat ? "Sénat" : "AN") \($0.text.number)" }
            let list = IndexedList(
                search: "article \(targets.map(\.label).uniquedLabels) in texts \(searched.joined(separator: ", "))",
                total: found.count,
                amendments: found.prefix(shown).map { DemandSearch.indexed($0, evidence: summary($0)) },
                byFate: byFate)
            report.articles[position].indexed = IndexFindings(store: index.path, onArticle: list)
        }
        return report
    }

    /// Each text of the bill with the article's label in its reading: the label printed there, or else
    /// the one of the reading before (the first known for the first readings). Readings the article is
    /// not in, and those with no text amendments are filed on (adopted texts, the law), are left out.
    static func labels(_ article: ArticleReport, texts: [String: DossierText]) -> [(text: DossierText, label: String)] {
        var known = article.steps.first { $0.label != nil }?.label ?? article.labels.first
        var targets: [(text: DossierText, label: String)] = []
        for step in article.steps {
            if let label = step.label { known = label }
            guard step.change != .absent, let text = texts[step.reading], let label = known,
                !targets.contains(where: { $0.text == text })
            else { continue }
            targets.append((text, label))
        }
        return targets
    }

    /// The first line of the dispositif, cut: what the amendment does, in its own words.
    static func summary(_ amendment: Amendment) -> String {
        let first = amendment.dispositif.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return first.isEmpty ? "(no dispositif held)" : "dispositif: « \(DemandSearch.passage(first)) »"
    }
}

extension [String] {
    /// `7` or `7, 10`: the labels once each, in order.
    fileprivate var uniquedLabels: String {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }.joined(separator: ", ")
    }
}
