import Foundation
import NavetteCore
import NavetteStore
import NavetteWatch
import TestSupport
import Testing

/// The Olympics manifest with its official addresses served locally from the corpus copies.
@Suite struct OlympicsSyncTests {
    static let an939 = "https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L16BTC0939.html"
    static let excerpt = "jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt"

    @Test func storesEveryAvailableReadingThenNothingNewThenOneAlertForAChangedArticle() throws {
        let served = try ServedManifest.olympics()
        let store = try served.store()
        let syncer = try served.syncer()

        // 1. Every source with a corpus copy is stored; the others are 404 and stored nowhere.
        let first = try syncer.run()
        let copies = SourcePlan.sources(for: served.manifest).filter { $0.copy != nil }
        let withoutCopy = SourcePlan.sources(for: served.manifest).count - copies.count
        #expect(first.count("stored") == copies.count)
        #expect(copies.count == 17)  // 6 readings and 11 amendment pages held in the corpus
        #expect(first.count("failed") == withoutCopy)
        // A 404 is not retried.
        #expect(
            first.outcomes.filter { if case .failed = $0.status { true } else { false } }.allSatisfy {
                $0.attempts == 1
            })
        #expect(
            first.problems.contains(
                "senat-ta44 https://www.senat.fr/leg/tas22-044.html: HTTP 404 Not Found; nothing stored"))
        #expect(first.changes.isEmpty)
        let readings = served.manifest.readings.filter { $0.copy != nil && $0.url != nil }.map(\.id)
        #expect(readings == ["senat-220", "senat-249", "an-939", "cmp-497", "cc-2023-850", "loi-2023-380"])
        for source in try store.sources(dossier: "jo2024") where readings.contains(source.label) {
            let snapshot = try #require(try store.latestSnapshot(sourceId: source.id!))
            let copy = try #require(served.manifest.reading(source.label)?.copy)
            #expect(try store.content(sha256: snapshot.sha256) == (try Corpus.bytes(copy)))
            #expect(
                snapshot.httpStatus == 200 && snapshot.etag != nil && snapshot.lastModified == LocalServer.lastModified)
            #expect(try store.parsed(snapshotId: snapshot.id!)?.kind == "reading")
        }
        let an939 = try #require(try store.sources(dossier: "jo2024").first { $0.label == "an-939" })
        let parsed = try #require(try store.parsed(snapshotId: try store.latestSnapshot(sourceId: an939.id!)!.id!))
        guard case .reading(let reading) = try JSONDecoder().decode(ParsedContent.self, from: Data(parsed.json.utf8))
        else {
            Issue.record("an-939 was not read as a reading")
            return
        }
        #expect(reading.id == "an-939")
        #expect(reading.article("7")?.alineas.first?.text.contains("jusqu’au 31 décembre 2024") == true)
        let afterFirst = try store.counts()
        #expect(
            afterFirst["snapshots"] == copies.count && afterFirst["contents"] == copies.count
                && afterFirst["changes"] == 0)

        let output = Captured()
        let notifiers: [any Notifier] = [
            StreamNotifier(write: output.append),
            AtomFeedNotifier(
                path: served.feedPath, dossierId: "jo2024", title: served.manifest.title, link: nil, version: "test"),
            WebhookNotifier(
                url: URL(string: served.server.base + "/hook")!, retries: 1, backoff: 0.01,
                timeout: ServedManifest.patientTimeout,
                userAgent: "navette/test"),
        ]
        served.server.route("/hook", .sink(status: 204))
        let dispatcher = AlertDispatcher(store: store, dossier: "jo2024", notifiers: notifiers)
        #expect(try dispatcher.dispatch().map(\.delivered) == [0, 0, 0])

        // 2. Same content: conditional requests, 304 everywhere, nothing stored, nothing sent.
        let second = try syncer.run()
        #expect(second.count("not modified") == copies.count && second.count("stored") == 0 && second.changes.isEmpty)
        let afterSecond = try store.counts()
        for table in ["sources", "contents", "snapshots", "parsed", "changes", "alerts"] {
            #expect(afterSecond[table] == afterFirst[table], "\(table)")
        }
        #expect(afterSecond["fetches"] == afterFirst["fetches"]! + SourcePlan.sources(for: served.manifest).count)
        #expect(try dispatcher.dispatch().map(\.delivered) == [0, 0, 0])
        #expect(output.text.isEmpty)

        // 3. Article 7's end date changes at the source: one change, one alert per channel, with the diff.
        let changed = try Corpus.bytes(Self.excerpt).replacing(
            "jusqu’au 31 décembre 2024", with: "jusqu’au 31 mars 2025")
        served.serve(Self.an939, changed)
        let third = try syncer.run()
        #expect(third.count("stored") == 1 && third.count("not modified") == copies.count - 1)
        let change = try #require(third.changes.first)
        #expect(third.changes.count == 1)
        #expect(change.kind == "article" && change.subject == "7")
        #expect(change.title == "Article 7 changed in an-939: 1 alinéa changed")
        let detail = try JSONDecoder().decode(ChangeDetail.self, from: Data(change.detail.utf8))
        let alinea = try #require(detail.alineas?.first)
        #expect(alinea.oldNumber == 1 && alinea.newNumber == 1 && alinea.kind == .changed)
        // A date is one token: the end date changes as a whole.
        #expect(alinea.ops.filter { $0.op == .delete }.map(\.text) == ["31 décembre 2024"])
        #expect(alinea.ops.filter { $0.op == .insert }.map(\.text) == ["31 mars 2025"])
        #expect(alinea.ops.filter { $0.op != .delete }.map(\.text).joined() == alinea.new)

        let deliveries = try dispatcher.dispatch()
        #expect(deliveries.map(\.delivered) == [1, 1, 1])
        #expect(deliveries.allSatisfy { $0.problems.isEmpty })
        #expect(output.text.hasPrefix("● Article 7 changed in an-939: 1 alinéa changed\n  \(Self.an939)\n  alinéa 1: "))
        #expect(output.text.contains("jusqu’au [-31 décembre 2024-] {+31 mars 2025+}, à la seule fin"))
        let posts = served.server.requests.filter { $0.path == "/hook" }
        #expect(posts.count == 1)
        let payload = try JSONSerialization.jsonObject(with: Data(posts[0].body)) as? [String: Any]
        #expect(payload?["title"] as? String == change.title && payload?["dossier"] as? String == "jo2024")
        #expect(posts[0].headers["content-type"] == "application/json; charset=utf-8")

        // 4. Nothing is sent twice, by this dispatcher or a restarted one.
        #expect(try dispatcher.dispatch().map(\.delivered) == [0, 0, 0])
        let restarted = AlertDispatcher(store: try served.store(), dossier: "jo2024", notifiers: notifiers)
        #expect(try restarted.dispatch().map(\.delivered) == [0, 0, 0])
        #expect(served.server.requests.filter { $0.path == "/hook" }.count == 1)
        #expect(try store.alerts(dossier: "jo2024").count == 3)
        let feed = try FeedCheck.validate(served.feedPath)
        #expect(feed.entries == [change.title])
        print("Atom feed checked with \(feed.validator)")
    }

    @Test func offlineSyncReadsTheMirrorCopies() throws {
        let served = try ServedManifest.olympics()
        let syncer = Syncer(
            manifest: served.manifest, store: try served.store(), fetcher: MirrorFetcher(mirror: Corpus.root))
        let report = try syncer.run()
        let sources = SourcePlan.sources(for: served.manifest)
        let copies = sources.filter { $0.copy != nil }.count
        #expect(copies == 17)
        #expect(
            report.count("stored") == copies && report.count("skipped") == sources.count - copies
                && report.count("failed") == 0)
        let again = try syncer.run()
        #expect(again.count("unchanged") == copies && again.changes.isEmpty)
        #expect(served.server.requests.isEmpty)
    }
}

/// Collects what a notifier writes.
final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""

    var append: @Sendable (String) -> Void {
        { [self] text in
            lock.lock()
            buffer += text
            lock.unlock()
        }
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }
}
