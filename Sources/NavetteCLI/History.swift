import ArgumentParser
import Foundation
import NavetteCore
import NavetteFormats
import NavetteRender
import NavetteReport
import NavetteStore
import NavetteWatch

/// `navette history`: what the store holds for a dossier.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the snapshots, failed fetches and changes recorded for a dossier, with dates.",
        discussion: """
            For each source: every snapshot kept (date, content hash, size, HTTP status, what was read), \
            every fetch that failed or was refused, and when it was last checked. Then every change found, \
            with the channels it was delivered on. With --article: only the texts holding that article and \
            its changes.

            Examples:
              navette history corpus/jo2024/manifest.yaml
              navette history corpus/jo2024/manifest.yaml --article 7 --format json
            """
    )

    @Argument(help: "The dossier manifest (YAML), or a directory holding manifest.yaml.")
    var manifest: String

    @Option(name: .long, help: "The SQLite store. Default: .navette/navette.sqlite beside the manifest.")
    var store: String?

    @Option(name: .long, help: "Only this article (label as printed).")
    var article: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct SourceJSON: Encodable {
        struct Event: Encodable {
            var at: String
            var kind: String
            var sha256: String?
            var size: Int?
            var httpStatus: Int?
            var summary: String?
            var message: String?
        }
        var label: String
        var kind: String
        var url: String
        var events: [Event]
        var checks: Int
        var lastChecked: String?
        var lastOutcome: String?
    }

    struct ChangeJSON: Encodable {
        var at: String
        var kind: String
        var subject: String
        var title: String
        var source: String
        var deliveredTo: [String]
    }

    struct HistoryJSON: Encodable {
        var dossier: String
        var store: String
        var sources: [SourceJSON]
        var changes: [ChangeJSON]
    }

    func run() throws {
        let manifest = try ManifestReader.read(path: self.manifest)
        let path = store ?? NavetteStore.defaultPath(forManifest: manifest.file)
        guard FileManager.default.fileExists(atPath: path) else {
            throw UserError.notFound("no history for \(manifest.id): \(path) does not exist (run navette sync first)")
        }
        let store: NavetteStore
        store = try NavetteStore(path: path)
        let key = article.map { ArticleNumber(label: $0).key }

        var sources: [SourceJSON] = []
        var labels: [Int64: String] = [:]
        for source in try store.sources(dossier: manifest.id) {
            labels[source.id!] = source.label
            var events: [(Date, SourceJSON.Event)] = []
            for snapshot in try store.snapshots(sourceId: source.id!) {
                let parsed = try store.parsed(snapshotId: snapshot.id!)
                var summary = parsed?.summary
                if let article, let key {
                    guard let held = Self.article(key, in: parsed) else { continue }
                    summary = "article \(article): \(held.alineas.count) alinéa\(held.alineas.count == 1 ? "" : "s")"
                }
                events.append((snapshot.fetchedAt, .init(
                    at: Interval.stamp(snapshot.fetchedAt), kind: "snapshot", sha256: snapshot.sha256, size: snapshot.size,
                    httpStatus: snapshot.httpStatus, summary: summary)))
            }
            if key != nil, events.isEmpty { continue }
            let fetches = try store.fetches(sourceId: source.id!)
            for fetch in fetches where fetch.outcome == .failed || fetch.outcome == .rejected {
                events.append((fetch.at, .init(
                    at: Interval.stamp(fetch.at), kind: fetch.outcome.rawValue, httpStatus: fetch.httpStatus, message: fetch.message)))
            }
            events.sort { $0.0 < $1.0 }
            sources.append(SourceJSON(
                label: source.label, kind: source.kind, url: source.url, events: events.map(\.1), checks: fetches.count,
                lastChecked: fetches.last.map { Interval.stamp($0.at) }, lastOutcome: fetches.last?.outcome.rawValue))
        }

        let delivered = Dictionary(grouping: try store.alerts(dossier: manifest.id), by: \.changeId)
        let changes = try store.changes(dossier: manifest.id)
            .filter { key == nil || ($0.kind == "article" && $0.subject == key) }
            .map { change in
                ChangeJSON(
                    at: Interval.stamp(change.detectedAt), kind: change.kind, subject: change.subject, title: change.title,
                    source: labels[change.sourceId] ?? "", deliveredTo: (delivered[change.id!] ?? []).map(\.channel))
            }
        let history = HistoryJSON(dossier: manifest.id, store: path, sources: sources, changes: changes)
        var output = StandardOutput()
        if format == .json {
            output.write(try JSONOutput.encode(history))
        } else {
            render(history, title: manifest.title, to: &output)
        }
    }

    static func article(_ key: String, in parsed: ParsedRecord?) -> Article? {
        guard let parsed, parsed.kind == "reading",
            let content = try? JSONDecoder().decode(ParsedContent.self, from: Data(parsed.json.utf8)),
            case .reading(let reading) = content
        else { return nil }
        return reading.articles.first { $0.number.key == key }
    }

    private func render(_ history: HistoryJSON, title: String, to output: inout some TextOutputStream) {
        output.write("\(history.dossier): \(title)\n  store \(history.store)\n")
        if history.sources.isEmpty {
            output.write(article.map { "\nno snapshot holds article \($0)\n" } ?? "\nno source synced yet\n")
        }
        for source in history.sources {
            output.write("\n\(source.label)  \(source.url)\n")
            for event in source.events {
                switch event.kind {
                case "snapshot":
                    let status = event.httpStatus.map { "HTTP \($0)" } ?? "local copy"
                    output.write("  \(event.at)  snapshot \(event.sha256!.prefix(12))  \(event.size!) bytes  \(status)  \(event.summary ?? "")\n")
                default:
                    output.write("  \(event.at)  \(event.kind): \(event.message ?? "")\n")
                }
            }
            if let last = source.lastChecked {
                output.write("  last checked \(last): \(source.lastOutcome ?? "") (\(source.checks) check\(source.checks == 1 ? "" : "s"))\n")
            }
        }
        output.write("\n\(history.changes.count) change\(history.changes.count == 1 ? "" : "s")\(article.map { " of article \($0)" } ?? "")\n")
        for change in history.changes {
            let sent = change.deliveredTo.isEmpty ? "not delivered yet" : "sent: " + change.deliveredTo.joined(separator: ", ")
            output.write("  \(change.at)  \(change.title)  (\(sent))\n")
        }
    }
}
