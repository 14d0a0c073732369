import Foundation
import NavetteStore
import NavetteWatch
import TestSupport
import Testing

/// A source that misbehaves after a good first sync: each time, the store must still hold the good
/// snapshot as the reference (nothing lost, nothing half-written), no change may be found, the user is
/// told why in one line, and once the source behaves again the change is measured from the good
/// snapshot.
@Suite struct SyncFaultTests {
    static let url = "https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L16BTC0939.html"
    static let manifest = """
        id: faults
        title: Article 7 of the Olympics bill, served badly
        articles:
          - label: "7"
        readings:
          - id: an-939
            chamber: assemblee
            stage: 1ère lecture
            url: \(url)
            copy: jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt
            completeness: excerpt
            holds: ["7"]
        """

    enum Fault: String, CaseIterable, Sendable {
        case serverError, stalled, cutBody, wrongContentType, pageWithoutArticle, redirectLoop
    }

    static func changedText() throws -> [UInt8] {
        try Corpus.bytes("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt")
            .replacing("jusqu’au 31 décembre 2024", with: "jusqu’au 31 mars 2025")
    }

    @Test(arguments: Fault.allCases)
    func faultKeepsTheGoodSnapshot(fault: Fault) throws {
        let served = try ServedManifest.inline(Self.manifest)
        let store = try served.store()
        let syncer = try served.syncer(retries: 1)
        let baseline = try syncer.run()
        // Only the stalled case runs with a short idle timeout, and only for its faulty fetch.
        let faulty = fault == .stalled ? try served.syncer(retries: 1) { $0.timeout = 1 } : syncer
        #expect(baseline.count("stored") == 1)
        let source = try #require(try store.sources(dossier: "faults").first)
        let good = try #require(try store.latestSnapshot(sourceId: source.id!))

        let changed = try Self.changedText()
        var expected: String
        var outcome = "failed"
        switch fault {
        case .serverError:
            served.route(Self.url, .status(500))
            expected = "HTTP 500 Internal Server Error (after 2 attempts)"
        case .stalled:
            served.route(Self.url, .stall(seconds: 20, changed))
            expected = "timed out after 1 s (after 2 attempts)"
        case .cutBody:
            served.route(Self.url, .cut(changed, contentType: "text/plain"))
            expected = "network error: transfer closed with"
        case .wrongContentType:
            served.serve(Self.url, changed, contentType: "image/png")
            expected = "the server sent image/png, expected a text page"
            outcome = "rejected"
        case .pageWithoutArticle:
            // A real Sénat page with no bill text in it, where the bill text should be.
            served.serve(
                Self.url, try Corpus.bytes("formats/senat-dosleg-html/verified_dosleg-simple-input.html"),
                contentType: "text/html")
            expected = ""
            outcome = "rejected"
        case .redirectLoop:
            served.route(Self.url, .redirectLoop)
            expected = "redirect loop: more than 5 redirects"
        }
        let report = try faulty.run()
        #expect(report.count(outcome) == 1)
        // A page that gave articles and now gives none is the canary's case: one alert, nothing stored.
        let canary = fault == .pageWithoutArticle
        #expect(report.changes.map(\.kind) == (canary ? ["layout"] : []))
        let problem = try #require(report.problems.first)
        let told = outcome == "failed" ? "an-939 \(Self.url): \(expected)" : "an-939 \(Self.url): not kept: \(expected)"
        #expect(problem.hasPrefix(told), "\(problem)")
        if fault == .pageWithoutArticle {
            // Refused because the page holds no article (the reader's or the snapshot check's words).
            #expect(problem.contains("no article"), "\(problem)")
            #expect(
                problem.contains("source layout changed") && problem.hasSuffix("the previous snapshot stays current"))
        }

        // The store: the good snapshot is still the latest, nothing else was written but the log line.
        #expect(try store.latestSnapshot(sourceId: source.id!) == good)
        let counts = try store.counts()
        #expect(counts["snapshots"] == 1 && counts["contents"] == 1 && counts["parsed"] == 1)
        #expect(counts["changes"] == (canary ? 1 : 0))
        let log = try #require(try store.fetches(sourceId: source.id!).last)
        #expect(log.outcome.rawValue == outcome && log.snapshotId == nil)
        #expect(log.message.map { $0.hasPrefix(expected) || canary } == true)
        #expect(try store.integrityCheck() == ["ok"])

        // The source behaves again: one change, measured from the good snapshot.
        served.serve(Self.url, changed)
        let recovered = try syncer.run()
        #expect(recovered.count("stored") == 1, "\(recovered.problems)")
        let change = try #require(recovered.changes.first)
        #expect(recovered.changes.count == 1)
        #expect(change.fromSnapshotId == good.id)
        #expect(change.title == "Article 7 changed in an-939: 1 alinéa changed")
    }

    @Test func sameBytesWithoutConditionalSupportAreUnchanged() throws {
        let served = try ServedManifest.inline(Self.manifest)
        let bytes = try Corpus.bytes("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt")
        served.server.serve(ServedManifest.path(of: Self.url), bytes, contentType: "text/plain", conditional: false)
        let syncer = try served.syncer()
        #expect(try syncer.run().count("stored") == 1)
        let second = try syncer.run()
        #expect(second.count("unchanged") == 1 && second.changes.isEmpty)
        #expect(served.server.requests.last?.headers["if-none-match"] != nil)
        #expect(try served.store().counts()["snapshots"] == 1)
    }

    @Test func onlyFollowedArticlesRaiseChanges() throws {
        let served = try ServedManifest.inline(Self.manifest)
        let syncer = try served.syncer(articles: ["1er"])
        _ = try syncer.run()
        served.serve(Self.url, try Self.changedText())
        let report = try syncer.run()
        // The text changed (a new snapshot) but not article 1er, the only one followed.
        #expect(report.count("stored") == 1 && report.changes.isEmpty)
    }

    @Test func typographyAloneIsNoChange() throws {
        let served = try ServedManifest.inline(Self.manifest)
        let syncer = try served.syncer()
        _ = try syncer.run()
        // The same text with straight apostrophes: new bytes, a new snapshot, no change to tell.
        let straight = try Corpus.bytes("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt").replacing("’", with: "'")
        served.serve(Self.url, straight)
        let report = try syncer.run()
        #expect(report.count("stored") == 1 && report.changes.isEmpty)
    }

    @Test func aLatin9PageIsReadAsLatin9() throws {
        // "Article 1er\nLes cœurs – 10 €." in ISO-8859-15: œ is 0xBD, € is 0xA4 (½ and ¤ in windows-1252).
        let bytes = Array("Article 1er\nLes c".utf8) + [0xBD] + Array("urs - 10 ".utf8) + [0xA4] + Array(".\n".utf8)
        let document = FetchedDocument(
            bytes: bytes, status: 200, finalURL: "x", contentType: "text/plain; charset=ISO-8859-15")
        let parsed = try SnapshotReader().read(document, source: WatchSource(url: "x", kind: .text(reading: "r")))
        guard case .reading(let reading) = parsed else {
            Issue.record("not a reading")
            return
        }
        #expect(reading.articles.first?.alineas.first?.text == "Les cœurs - 10 €.")
        let undeclared = FetchedDocument(bytes: bytes, status: 200, finalURL: "x", contentType: "text/plain")
        let undeclaredRead = try SnapshotReader().read(
            undeclared, source: WatchSource(url: "x", kind: .text(reading: "r")))
        guard case .reading(let guessed) = undeclaredRead else {
            Issue.record("undeclared: not a reading")
            return
        }
        #expect(guessed.articles.first?.alineas.first?.text == "Les c½urs - 10 ¤.")
    }
}
