import Foundation
import NavetteStore
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `navette sync`, `watch` and `history` run as a user runs them, against the local server.
@Suite struct WatchCLITests {
    static let an939 = "https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L16BTC0939.html"
    static let excerpt = "jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt"

    static func changed() throws -> [UInt8] {
        try Corpus.bytes(excerpt).replacing("jusqu’au 31 décembre 2024", with: "jusqu’au 31 mars 2025")
    }

    @Test func syncWatchAndHistoryTellTheUserWhatHappened() throws {
        let served = try ServedManifest.olympics()
        let manifest = ServedManifest.olympicsFile
        let first = try NavetteProcess.run(["sync", manifest] + served.cliOptions)
        #expect(first.status == 3)
        #expect(
            first.stdout
                == "jo2024: 33 sources: 17 stored, 0 unchanged, 0 not modified, 16 failed; 0 changes, 0 alerts\n")
        let warnings = first.stderr.split(separator: "\n")
        #expect(warnings.count == 16)  // 7 pages and 9 amendment lists not on the server
        #expect(
            warnings.first
                == "navette: warning: senat-ta44 https://www.senat.fr/leg/tas22-044.html: HTTP 404 Not Found; nothing stored"
        )
        #expect(
            warnings.contains(
                "navette: warning: dossier senat https://www.senat.fr/dossier-legislatif/pjl22-220.html: HTTP 404 Not Found; nothing stored"
            ))

        let second = try NavetteProcess.run(["sync", manifest] + served.cliOptions)
        #expect(
            second.stdout
                == "jo2024: 33 sources: 0 stored, 0 unchanged, 17 not modified, 16 failed; 0 changes, 0 alerts\n")

        served.serve(Self.an939, try Self.changed())
        let third = try NavetteProcess.run(["sync", manifest, "--timings"] + served.cliOptions)
        let lines = third.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(lines.count >= 5, "\(third.stdout)")
        #expect(lines[0] == "● Article 7 changed in an-939: 1 alinéa changed")
        #expect(lines[1] == "  \(Self.an939)")
        #expect(
            lines[2]
                == "  alinéa 1: I. À titre expérimental et jusqu’au [-31 décembre 2024-] {+31 mars 2025+}, à la seule fin d’assurer …"
        )
        #expect(lines[3] == "jo2024: 33 sources: 1 stored, 0 unchanged, 16 not modified, 16 failed; 1 change, 1 alert")
        #expect(lines[4].hasPrefix("time: fetch ") && lines[4].contains(", parse ") && lines[4].contains(", detect "))

        // A watcher started now has nothing to tell: the change was delivered on every channel.
        let watch = try NavetteProcess.run(["watch", manifest, "--once"] + served.cliOptions)
        #expect(
            watch.stdout.hasSuffix(
                "jo2024: 33 sources: 0 stored, 0 unchanged, 17 not modified, 16 failed; 0 changes, 0 alerts\n"))
        #expect(!watch.stdout.contains("●"))
        #expect(watch.status == 3)
        #expect(try FeedCheck.validate(served.feedPath).entries == ["Article 7 changed in an-939: 1 alinéa changed"])

        let history = try NavetteProcess.run(["history", manifest, "--store", served.storePath, "--article", "7"])
        #expect(history.status == 0)
        #expect(history.stdout.contains("\nan-939  \(Self.an939)\n"))
        #expect(
            history.stdout.components(separatedBy: "article 7: 2 alinéas").count == 3,
            "two snapshots of an-939 hold article 7")
        #expect(history.stdout.contains("\n1 change of article 7\n"))
        #expect(
            history.stdout.contains(
                "Article 7 changed in an-939: 1 alinéa changed  (sent: stdout, atom \(served.feedPath))"))
        #expect(!history.stdout.contains("senat-220"), "senat-220's excerpt does not hold article 7")

        let json = try NavetteProcess.run(["history", manifest, "--store", served.storePath, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let sources = object?["sources"] as? [[String: Any]] ?? []
        #expect(sources.count == 33)
        let ta44 = sources.first { $0["label"] as? String == "senat-ta44" }
        #expect((ta44?["events"] as? [[String: Any]])?.count == 4, "four failed fetches")
        #expect(ta44?["checks"] as? Int == 4)
    }

    @Test func watchLoopsThenStops() throws {
        let served = try ServedManifest.inline(SyncFaultTests.manifest)
        let result = try NavetteProcess.run(
            ["watch", served.manifest.file, "--every", "1s", "--cycles", "2"] + served.cliOptions)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        try #require(lines.count == 2)
        #expect(
            lines[0].hasSuffix(
                "faults: 1 sources: 1 stored, 0 unchanged, 0 not modified, 0 failed; 0 changes, 0 alerts"))
        #expect(
            lines[1].hasSuffix(
                "faults: 1 sources: 0 stored, 0 unchanged, 1 not modified, 0 failed; 0 changes, 0 alerts"))
        #expect(lines[0].range(of: #"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d "#, options: .regularExpression) != nil)
    }

    @Test(arguments: [
        (["watch", "M", "--every", "5x"], 64, "--every '5x' is not a duration such as 90s, 30m, 2h or 1h30m"),
        (["sync", "M", "--offline"], 64, "--offline needs --mirror DIR"),
        (["sync", "M", "--map-host", "nonsense"], 64, "--map-host 'nonsense': expected FROM=TO"),
    ])
    func badOptionsAreExplained(arguments: [String], status: Int32, message: String) throws {
        let result = try NavetteProcess.run(arguments.map { $0 == "M" ? ServedManifest.olympicsFile : $0 })
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func historyWithoutStoreSaysSo() throws {
        let directory = try TemporaryDirectory()
        let store = directory.path + "/none.sqlite"
        let result = try NavetteProcess.run(["history", ServedManifest.olympicsFile, "--store", store])
        #expect(result.status == 1)
        #expect(
            result.stderr == "navette: error: no history for jo2024: \(store) does not exist (run navette sync first)\n"
        )
    }

    /// SIGKILL in the middle of the transaction that stores a changed text: the database stays sound,
    /// holds exactly what it held before, and the next sync finds the change once.
    @Test func killedDuringAWriteLosesNothingAndResumes() throws {
        let served = try ServedManifest.olympics()
        let manifest = ServedManifest.olympicsFile
        _ = try NavetteProcess.run(["sync", manifest] + served.cliOptions)
        let before = try served.store().counts()
        let an939 = try #require(try served.store().sources(dossier: "jo2024").first { $0.label == "an-939" })
        let good = try #require(try served.store().latestSnapshot(sourceId: an939.id!))

        served.serve(Self.an939, try Self.changed())
        let running = try Subprocess.start(
            NavetteProcess.executable, ["sync", manifest] + served.cliOptions,
            environment: ["NAVETTE_FAULT_PAUSE_BEFORE_COMMIT": "1"])
        let process = running.process
        let seen = running.readStandardError(until: "paused before commit")
        #expect(seen.contains("navette: fault injection: paused before commit"))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)

        let store = try served.store()
        #expect(try store.integrityCheck() == ["ok"])
        let after = try store.counts()
        for table in ["sources", "contents", "snapshots", "parsed", "changes", "alerts"] {
            #expect(after[table] == before[table], "\(table)")
        }
        #expect(try store.latestSnapshot(sourceId: an939.id!)?.id == good.id)

        let resumed = try NavetteProcess.run(["sync", manifest] + served.cliOptions)
        #expect(resumed.stdout.hasPrefix("● Article 7 changed in an-939: 1 alinéa changed\n"))
        #expect(resumed.stdout.hasSuffix("1 stored, 0 unchanged, 16 not modified, 16 failed; 1 change, 1 alert\n"))
        #expect(try store.counts()["snapshots"] == before["snapshots"]! + 1)
        #expect(try store.changes(dossier: "jo2024").count == 1)
    }
}
