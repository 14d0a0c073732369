import NavetteCore
import NavetteFormats

/// What a change is about, kept as JSON with the change and sent to webhooks.
public struct ChangeDetail: Sendable, Hashable, Codable {
    public struct Fate: Sendable, Hashable, Codable {
        public var old: String?
        public var new: String?
    }

    /// The source's official address and the manifest's name for it.
    public var url: String
    public var label: String
    public var article: String?
    /// The article's status before and after, when it changed (`supprimé`…).
    public var status: Fate?
    public var alineas: [Comparison.Entry]?
    public var document: DossierDocument?
    public var fate: Fate?
}

/// A change found between two snapshots of one source.
public struct DetectedChange: Sendable, Hashable {
    /// `article`, `reading` or `fate`.
    public var kind: String
    /// The article label, the document key, the amendment number.
    public var subject: String
    public var title: String
    public var detail: ChangeDetail
}

/// Compares what was read from the previous good snapshot of a source with what was read from the
/// new one. The first snapshot of a source is the baseline: nothing is new in it.
public enum ChangeDetector {
    /// - Parameter articles: the labels followed; empty follows every article.
    public static func changes(old: ParsedContent?, new: ParsedContent, source: WatchSource, articles: [String])
        -> [DetectedChange]
    {
        guard let old else { return [] }
        switch (old, new) {
        case (.reading(let before), .reading(let after)):
            return articleChanges(before, after, source: source, articles: articles)
        case (.dossier(let before), .dossier(let after)):
            let known = Set(before.documents.map(\.key))
            return after.documents.filter { ($0.isReading || $0.kind == .decision) && !known.contains($0.key) }.map {
                document in
                let date = document.date.map { " (\($0))" } ?? ""
                return DetectedChange(
                    kind: "reading", subject: document.key,
                    title: "New in \(source.label): \(document.title)\(date)",
                    detail: ChangeDetail(url: source.url, label: source.label, document: document))
            }
        case (.amendment(_, let before), .amendment(let number, let after)) where after != before && after != nil:
            return [
                DetectedChange(
                    kind: "fate", subject: number,
                    title: "Amendment \(number): \(before ?? "no fate") → \(after!)",
                    detail: ChangeDetail(url: source.url, label: source.label, fate: .init(old: before, new: after)))
            ]
        default:
            return []
        }
    }

    private static func articleChanges(_ before: Reading, _ after: Reading, source: WatchSource, articles: [String])
        -> [DetectedChange]
    {
        var labels = articles
        if labels.isEmpty {
            var seen: Set<String> = []
            labels = (before.articles + after.articles).filter { seen.insert($0.number.key).inserted }.map(\.label)
        }
        return labels.compactMap { label in
            let old = before.article(label)
            let new = after.article(label)
            guard old != nil || new != nil else { return nil }
            let alineas = AlineaDiff.changedAlineas(old: old?.alineas ?? [], new: new?.alineas ?? [])
            let statusChanged = old?.status != new?.status && old != nil && new != nil
            guard !alineas.isEmpty || statusChanged else { return nil }
            let shown = new?.label ?? old!.label
            var title: String
            switch (old, new) {
            case (nil, _): title = "Article \(shown) appeared in \(source.label)"
            case (_, nil): title = "Article \(shown) is gone from \(source.label)"
            default:
                let counts = Dictionary(grouping: alineas, by: \.kind.rawValue).mapValues(\.count)
                let parts = [("changed", "changed"), ("inserted", "added"), ("deleted", "removed")].compactMap {
                    kind, word in
                    counts[kind].map { "\($0) alinéa\($0 == 1 ? "" : "s") \(word)" }
                }
                var what = parts
                if statusChanged {
                    what.insert("now \(new!.status == .none ? "written out" : new!.status.rawValue)", at: 0)
                }
                title = "Article \(shown) changed in \(source.label): \(what.joined(separator: ", "))"
            }
            var detail = ChangeDetail(url: source.url, label: source.label, article: shown, alineas: alineas)
            if statusChanged { detail.status = .init(old: old?.status.rawValue, new: new?.status.rawValue) }
            return DetectedChange(
                kind: "article", subject: ArticleNumber(label: shown).key, title: title, detail: detail)
        }
    }
}
