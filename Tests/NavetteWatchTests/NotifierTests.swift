import Foundation
import NavetteStore
import NavetteWatch
import TestSupport
import Testing

/// Webhook deliveries: retried, kept pending while the receiver fails, delivered once when it is back,
/// by a restarted watcher too.
@Suite struct NotifierTests {
    /// A store holding one real change: article 7 of the Olympics bill, end date moved.
    static func storeWithOneChange() throws -> (ServedManifest, NavetteStore) {
        let served = try ServedManifest.inline(SyncFaultTests.manifest)
        let syncer = try served.syncer()
        _ = try syncer.run()
        served.serve(SyncFaultTests.url, try SyncFaultTests.changedText())
        #expect(try syncer.run().changes.count == 1)
        return (served, try served.store())
    }

    static func webhook(_ served: ServedManifest, retries: Int) -> WebhookNotifier {
        WebhookNotifier(
            url: URL(string: served.server.base + "/hook")!, retries: retries, backoff: 0.01,
            timeout: ServedManifest.patientTimeout,
            userAgent: "navette/test")
    }

    @Test func aFailedPostIsRetried() throws {
        let (served, store) = try Self.storeWithOneChange()
        served.server.route("/hook", .failFirst(1, then: .sink(status: 204)))
        let deliveries = try AlertDispatcher(
            store: store, dossier: "faults", notifiers: [Self.webhook(served, retries: 2)]
        ).dispatch()
        #expect(deliveries.first?.delivered == 1 && deliveries.first?.problems.isEmpty == true)
        let posts = served.server.requests.filter { $0.path == "/hook" }
        #expect(posts.count == 2 && posts.allSatisfy { $0.method == "POST" })
        #expect(posts[0].body == posts[1].body)
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(posts[1].body)) as? [String: Any])
        #expect(payload["kind"] as? String == "article" && payload["subject"] as? String == "7")
        let detail = try #require(payload["detail"] as? [String: Any])
        #expect(detail["label"] as? String == "an-939" && detail["url"] as? String == SyncFaultTests.url)
        let alineas = try #require(detail["alineas"] as? [[String: Any]])
        #expect(alineas.first?["oldNumber"] as? Int == 1 && alineas.first?["kind"] as? String == "changed")
    }

    @Test func anUnreachableReceiverGetsTheChangeWhenItIsBack() throws {
        let (served, store) = try Self.storeWithOneChange()
        served.server.route("/hook", .status(500))
        let down = try AlertDispatcher(store: store, dossier: "faults", notifiers: [Self.webhook(served, retries: 1)])
            .dispatch()
        #expect(down.first?.delivered == 0)
        #expect(
            down.first?.problems == [
                "webhook \(served.server.base)/hook: Article 7 changed in an-939: 1 alinéa changed: HTTP 500 after 2 attempts; will try again"
            ])
        #expect(try store.alerts(dossier: "faults").isEmpty)

        // A 4xx is not retried but the change stays pending as well.
        served.server.route("/hook", .status(404))
        let refused = try AlertDispatcher(
            store: store, dossier: "faults", notifiers: [Self.webhook(served, retries: 3)]
        ).dispatch()
        #expect(refused.first?.problems.first?.hasSuffix("HTTP 404 after 1 attempt; will try again") == true)

        // The receiver is back; a watcher restarted with a fresh store handle delivers it, once.
        served.server.route("/hook", .sink(status: 200))
        let restarted = try served.store()
        let back = try AlertDispatcher(
            store: restarted, dossier: "faults", notifiers: [Self.webhook(served, retries: 1)]
        ).dispatch()
        #expect(back.first?.delivered == 1)
        let again = try AlertDispatcher(
            store: restarted, dossier: "faults", notifiers: [Self.webhook(served, retries: 1)]
        ).dispatch()
        #expect(again.first?.delivered == 0)
        #expect(served.server.requests.filter { $0.path == "/hook" }.count == 2 + 1 + 1)
        #expect(try store.alerts(dossier: "faults").map(\.channel) == ["webhook \(served.server.base)/hook"])
    }
}
