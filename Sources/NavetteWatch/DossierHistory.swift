import Foundation
import NavetteCore
import NavetteStore

/// What the store holds for a dossier, as `navette history` shows it: each source's snapshots and
/// refused or failed fetches, then the changes found with the channels they went out on. With an
/// article label, only the snapshots holding that article and its changes.
public struct DossierHistory: Encodable, Sendable {
    public struct Source: Encodable, Sendable {
        public struct Event: Encodable, Sendable {
            public var at: String
            public var kind: String
            public var sha256: String?
            public var size: Int?
            public var httpStatus: Int?
            public var summary: String?
            public var message: String?
        }
        public var label: String
        public var kind: String
        public var url: String
        public var events: [Event]
        public var checks: Int
        public var lastChecked: String?
        public var lastOutcome: String?
    }

    public struct Change: Encodable, Sendable {
        public var at: String
        public var kind: String
        public var subject: String
        public var title: String
        public var source: String
        public var deliveredTo: [String]
    }

    public var dossier: String
    public var store: String
    public var sources: [Source]
    public var changes: [Change]

    /// Gathers the history of `dossier` from the store at `path`.
    public static func read(_ store: NavetteStore, dossier: String, path: String, article label: String?) throws
        -> DossierHistory
    {
        let key = label.map { ArticleNumber(label: $0).key }

        var sources: [Source] = []
        var labels: [Int64: String] = [:]
        for source in try store.sources(dossier: dossier) {
            labels[source.id!] = source.label
            var events: [(Date, Source.Event)] = []
            for snapshot in try store.snapshots(sourceId: source.id!) {
                let parsed = try store.parsed(snapshotId: snapshot.id!)
                var summary = parsed?.summary
                if let label, let key {
                    guard let held = article(key, in: parsed) else { continue }
                    summary = "article \(label): \(Plural.count(held.alineas.count, "alinéa"))"
                }
                events.append(
                    (
                        snapshot.fetchedAt,
                        .init(
                            at: Interval.stamp(snapshot.fetchedAt), kind: "snapshot", sha256: snapshot.sha256,
                            size: snapshot.size,
                            httpStatus: snapshot.httpStatus, summary: summary)
                    ))
            }
            if key != nil, events.isEmpty { continue }
            let fetches = try store.fetches(sourceId: source.id!)
            for fetch in fetches where fetch.outcome == .failed || fetch.outcome == .rejected {
                events.append(
                    (
                        fetch.at,
                        .init(
                            at: Interval.stamp(fetch.at), kind: fetch.outcome.rawValue, httpStatus: fetch.httpStatus,
                            message: fetch.message)
                    ))
            }
            events.sort { $0.0 < $1.0 }
            sources.append(
                Source(
                    label: source.label, kind: source.kind, url: source.url, events: events.map(\.1),
                    checks: fetches.count,
                    lastChecked: fetches.last.map { Interval.stamp($0.at) }, lastOutcome: fetches.last?.outcome.rawValue
                ))
        }

        let delivered = Dictionary(grouping: try store.alerts(dossier: dossier), by: \.changeId)
        let changes = try store.changes(dossier: dossier)
            .filter { key == nil || ($0.kind == "article" && $0.subject == key) }
            .map { change in
                Change(
                    at: Interval.stamp(change.detectedAt), kind: change.kind, subject: change.subject,
                    title: change.title,
                    source: labels[change.sourceId] ?? "", deliveredTo: (delivered[change.id!] ?? []).map(\.channel))
            }
        return DossierHistory(dossier: dossier, store: path, sources: sources, changes: changes)
    }

    private static func article(_ key: String, in parsed: ParsedRecord?) -> Article? {
        guard let parsed, parsed.kind == "reading",
            let content = try? JSONDecoder().decode(ParsedContent.self, from: Data(parsed.json.utf8)),
            case .reading(let reading) = content
        else { return nil }
        return reading.articles.first { $0.number.key == key }
    }

    /// The text form: one block per source, then the changes.
    public func write(title: String, article: String?, to output: inout some TextOutputStream) {
        output.write("\(dossier): \(title)\n  store \(store)\n")
        if sources.isEmpty {
            output.write(article.map { "\nno snapshot holds article \($0)\n" } ?? "\nno source synced yet\n")
        }
        for source in sources {
            output.write("\n\(source.label)  \(source.url)\n")
            for event in source.events {
                switch event.kind {
                case "snapshot":
                    let status = event.httpStatus.map { "HTTP \($0)" } ?? "local copy"
                    output.write(
                        "  \(event.at)  snapshot \(event.sha256!.prefix(12))  \(event.size!) bytes  \(status)  \(event.summary ?? "")\n"
                    )
                default:
                    output.write("  \(event.at)  \(event.kind): \(event.message ?? "")\n")
                }
            }
            if let last = source.lastChecked {
                output.write(
                    "  last checked \(last): \(source.lastOutcome ?? "") (\(source.checks) check\(source.checks == 1 ? "" : "s"))\n"
                )
            }
        }
        output.write(
            "\n\(changes.count) change\(changes.count == 1 ? "" : "s")\(article.map { " of article \($0)" } ?? "")\n")
        for change in changes {
            let sent =
                change.deliveredTo.isEmpty ? "not delivered yet" : "sent: " + change.deliveredTo.joined(separator: ", ")
            output.write("  \(change.at)  \(change.title)  (\(sent))\n")
        }
    }
}
