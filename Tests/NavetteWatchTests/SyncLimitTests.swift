import Foundation
import NavetteFormats
import NavetteStore
import NavetteWatch
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What sync accepts is bounded: a hostile or broken server (a gzip bomb, an endless body, a redirect
/// out of http(s) or to another site, a trickle) stops at a limit with one line saying which, in
/// bounded time and memory, and the store keeps its good snapshot, sound (`PRAGMA integrity_check`).
@Suite struct SyncLimitTests {
    static let url = SyncFaultTests.url

    enum Limit: String, CaseIterable, Sendable {
        case gzipBomb, bodyOverLimit, endlessBody, redirectToFile, redirectToOtherHost, slowServer
    }

    /// `count` zero bytes compressed by gzip (32 MB of zeros make about 32 KB).
    static func gzipBomb(_ count: Int) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "head -c \(count) /dev/zero | gzip -9"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0 && data.count > 18, "gzip is needed to build the bomb")
        return [UInt8](data)
    }

    @Test(arguments: Limit.allCases)
    func limitStopsTheSourceAndKeepsTheStore(limit: Limit) throws {
        let served = try ServedManifest.inline(SyncFaultTests.manifest)
        let store = try served.store()
        // The good snapshot comes from a patient sync; only the faulty fetch runs under the limits,
        // so a loaded machine never mistakes a slow healthy fetch for the limit under test.
        #expect(try served.syncer(retries: 1).run().count("stored") == 1)
        let syncer = try served.syncer(retries: 1) { configuration in
            configuration.maxBodyBytes = 1 << 20
            // A trickle never leaves the connection idle for the (patient) timeout: only the total
            // time stops it.
            configuration.maxSourceTime = limit == .slowServer ? 3 : 120
        }
        let source = try #require(try store.sources(dossier: "faults").first)
        let good = try #require(try store.latestSnapshot(sourceId: source.id!))

        let tooLarge = "body larger than the limit of 1 MB (counted after decompression)"
        let expected: String
        switch limit {
        case .gzipBomb:
            let bomb = try Self.gzipBomb(32 << 20)
            #expect(bomb.count < 1 << 20, "the bomb is under the limit on the wire")
            served.route(Self.url, .encoded(bomb, encoding: "gzip"))
            expected = tooLarge
        case .bodyOverLimit:
            served.route(
                Self.url, .encoded([UInt8](repeating: UInt8(ascii: "a"), count: 3 << 20), encoding: "identity"))
            expected = tooLarge
        case .endlessBody:
            served.route(Self.url, .endless)
            expected = tooLarge
        case .redirectToFile:
            served.route(Self.url, .redirect(to: "file:///etc/passwd"))
            expected = "redirected to 'file:///etc/passwd': not followed (only http(s) is)"
        case .redirectToOtherHost:
            // The same server under another name: another site for the fetcher.
            served.server.serve("/elsewhere", try SyncFaultTests.changedText(), contentType: "text/plain")
            served.route(Self.url, .redirect(to: "http://localhost:\(served.server.port)/elsewhere"))
            expected = "redirected to another host (localhost): not followed"
        case .slowServer:
            served.route(Self.url, .trickle(interval: 0.2))
            expected = "took more than the 3 s allowed for one source"
        }
        let report = try syncer.run()
        #expect(report.count("failed") == 1)
        #expect(report.changes.isEmpty)
        let problem = try #require(report.problems.first)
        #expect(problem == "an-939 \(Self.url): \(expected); nothing stored")
        #expect(!problem.contains("\n"))

        #expect(try store.latestSnapshot(sourceId: source.id!) == good)
        #expect(try store.counts()["snapshots"] == 1)
        #expect(try store.fetches(sourceId: source.id!).last?.message == expected)
        #expect(try store.integrityCheck() == ["ok"])
    }

    /// Two syncs on one store at once (two opened stores: two processes, as far as the lock goes): the
    /// second waits for the first, then finds its snapshot; nothing is stored twice.
    @Test func twoSyncsOnOneStoreTakeTurns() throws {
        let served = try ServedManifest.inline(SyncFaultTests.manifest)
        let bytes = try Corpus.bytes("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt")
        served.route(Self.url, .stall(seconds: 0.5, bytes))
        let syncers = [try served.syncer(), try served.syncer()]
        let reports = Reports()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            reports.add(Result { try syncers[index].run() })
        }
        let outcomes = try reports.all.map { try $0.get() }
        #expect(outcomes.map { $0.count("stored") }.sorted() == [0, 1])
        #expect(outcomes.map { $0.count("unchanged") }.sorted() == [0, 1])
        let store = try served.store()
        #expect(try store.counts()["snapshots"] == 1)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func aSyncThatWillNotWaitIsToldTheStoreIsBusy() throws {
        let served = try ServedManifest.inline(SyncFaultTests.manifest)
        let bytes = try Corpus.bytes("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt")
        // The server holds the first sync's request until the impatient one has been refused.
        served.route(Self.url, .stall(seconds: 120, bytes))
        let first = try served.syncer()
        let impatient = try served.syncer(storeWait: 0)
        let reports = Reports()
        let done = DispatchSemaphore(value: 0)
        Thread {
            reports.add(Result { try first.run() })
            done.signal()
        }.start()
        // The first sync holds the store while the server stalls.
        while served.server.requests.isEmpty { Thread.sleep(forTimeInterval: 0.01) }
        #expect {
            try impatient.run()
        } throws: { error in
            "\(error)" == "\(served.storePath): the store is busy: another sync has held it for more than 0 s"
        }
        served.server.releaseStalls()
        done.wait()
        #expect(try reports.all.first?.get().count("stored") == 1)
        #expect(try served.store().integrityCheck() == ["ok"])
    }

    /// Offline, a copy that leaves the mirror (`../`, a symbolic link out) or is not a regular file (a
    /// FIFO, which would block the read for ever) is not read: the source fails with the reason, in one
    /// line, and the store stays sound.
    @Test(arguments: [
        ("../secret.txt", "copy '../secret.txt' leaves the mirror"),
        ("link.txt", "copy 'link.txt' leads out of the mirror"),
        ("fifo.txt", "copy 'fifo.txt' is not a regular file"),
    ])
    func aCopyOutsideTheMirrorIsNotRead(copy: String, message: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("secret.txt", "Article 1er\nNe pas lire.\n")
        try directory.write("mirror/inside.txt", "Article 1er\nTexte.\n")
        try FileManager.default.createSymbolicLink(
            atPath: directory.path + "/mirror/link.txt", withDestinationPath: directory.path + "/secret.txt")
        try #require(mkfifo(directory.path + "/mirror/fifo.txt", 0o600) == 0)
        let file = try directory.write(
            "manifest.yaml",
            """
            id: outside
            title: A copy outside the mirror
            readings:
              - {id: r1, stage: 1ère lecture, url: "https://www.senat.fr/leg/x.html", copy: \(copy)}
            """)
        let store = try NavetteStore(path: directory.path + "/store.sqlite")
        let manifest = try ManifestReader.read(path: file)
        let syncer = Syncer(
            manifest: manifest, store: store, fetcher: MirrorFetcher(mirror: directory.path + "/mirror"))
        let report = try syncer.run()
        #expect(report.count("failed") == 1)
        let problem = try #require(report.problems.first)
        #expect(problem.contains(message), "\(problem)")
        #expect(!problem.contains("\n") && !problem.contains("Ne pas lire"))
        #expect(try store.counts()["snapshots"] == 0)
        #expect(try store.integrityCheck() == ["ok"])
    }
}

/// Results gathered from several threads.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<SyncReport, any Error>] = []

    func add(_ result: Result<SyncReport, any Error>) {
        lock.lock()
        results.append(result)
        lock.unlock()
    }

    var all: [Result<SyncReport, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
