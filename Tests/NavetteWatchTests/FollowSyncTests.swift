import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore
import NavetteWatch
import TestSupport
import Testing

/// `follow` then `sync` against a loopback server holding the real dossier of PLFSS 2018 and its texts.
@Suite struct FollowSyncTests {
    @Test func syncStoresWhatTheServerHoldsAndNamesWhatItLacks() throws {
        let served = try ServedDossier()
        #expect(try served.follow().status == 0)
        let first = try served.sync()
        #expect(first.status == 3, "some sources are not on the server")
        // The dossier, three texts and one amendment list are served; the other sources are not.
        let summary = try #require(first.stdout.split(separator: "\n").last)
        #expect(
            summary.hasPrefix("DLR5L15N36030: ")
                && summary.contains(" sources: 5 stored, 0 unchanged, 0 not modified, "))
        #expect(
            first.stderr.contains(
                "navette: warning: senat-ta20 https://www.senat.fr/leg/tas17-020.html: HTTP 404 Not Found; nothing stored\n"
            ))
        #expect(!first.stderr.contains("\r"), "no progress line when stderr is not a terminal")
        let store = try NavetteStore(path: served.storePath)
        let sources = try store.sources(dossier: "DLR5L15N36030")
        for entry in ServedDossier.files {
            let source = try #require(sources.first { URL(string: $0.url)?.path == entry.path }, "\(entry.path)")
            let snapshot = try #require(try store.latestSnapshot(sourceId: source.id!), "\(entry.path)")
            #expect(try store.content(sha256: snapshot.sha256) == (try Corpus.bytes(entry.file)))
            #expect(snapshot.sha256 == ContentHash.sha256(try Corpus.bytes(entry.file)) && snapshot.etag != nil)
        }
        let csv = try #require(sources.first { $0.kind == "amendments" && $0.url.hasSuffix("_63.csv") })
        #expect(
            try store.parsed(snapshotId: try store.latestSnapshot(sourceId: csv.id!)!.id!)?.summary == "2 amendments")

        // Again: every source that was stored answers 304, nothing is written but the fetch log.
        let before = try store.counts()
        let second = try served.sync()
        #expect(second.stdout.contains(" sources: 0 stored, 0 unchanged, 5 not modified, "), "\(second.stdout)")
        #expect(second.stdout.hasSuffix("; 0 changes, 0 alerts\n"))
        let after = try store.counts()
        for table in ["sources", "contents", "snapshots", "parsed", "changes", "alerts"] {
            #expect(after[table] == before[table], "\(table)")
        }
    }

    @Test func aReadingThatAppearsInTheDossierIsAddedAndFetchedInTheSameRun() throws {
        let served = try ServedDossier()
        #expect(try served.follow().status == 0)
        // The manifest as it was before the Sénat's text was known.
        let file = served.manifestDirectory + "/manifest.yaml"
        var manifest = try ManifestReader.read(path: file)
        manifest.readings.removeAll { $0.id == "senat-63" }
        try ManifestFile.write(manifest, to: file)
        let sync = try served.sync()
        #expect(sync.stdout.contains("manifest: added reading senat-63 (senat, 1ère lecture, depot, 2017-11-06)\n"))
        #expect(
            sync.stdout.contains(
                "● New reading senat-63 (senat, 1ère lecture, depot, 2017-11-06) added to the manifest\n"))
        let grown = try ManifestReader.read(path: file)
        #expect(
            grown.readings.map(\.id) == [
                "an-269", "an-ta29", "senat-63", "senat-ta20", "cmp-104", "an-387", "an-ta37", "senat-121",
                "senat-ta23",
                "an-434", "an-ta41", "cc-2017-756", "loi-2017-1836",
            ])
        let store = try NavetteStore(path: served.storePath)
        let text = try #require(try store.sources(dossier: "DLR5L15N36030").first { $0.label == "senat-63" })
        #expect(try store.latestSnapshot(sourceId: text.id!) != nil, "fetched in the same run")
        // Told once.
        #expect(!(try served.sync()).stdout.contains("New reading"))
    }

    @Test func aServerKilledMidSyncLosesNothingAndTheNextSyncCompletes() throws {
        let served = try ServedDossier()
        #expect(try served.follow().status == 0)
        let running = try Subprocess.start(
            NavetteProcess.executable,
            [
                "sync", served.manifestDirectory, "--delay", "0", "--retries", "0", "--timeout",
                "\(Int(ServedManifest.patientTimeout))",
            ] + served.mapHost,
            environment: ["NAVETTE_FAULT_PAUSE_BEFORE_COMMIT": "3"])
        let process = running.process
        let seen = running.readStandardError(until: "paused before commit")
        #expect(seen.contains("paused before commit"))
        served.server.stop()
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let store = try NavetteStore(path: served.storePath)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.counts()["snapshots"] == 2, "the two snapshots committed before the kill, not the third")

        // A new server with the same files: the next sync stores the rest.
        let again = try ServedDossier.restarted(in: served.directory)
        let resumed = try again.sync()
        #expect(resumed.stdout.contains(" sources: 3 stored, 0 unchanged, 2 not modified, "), "\(resumed.stdout)")
        #expect(try store.counts()["snapshots"] == 5)
    }

    @Test func aDossierServedEmptyRaisesTheCanaryAndKeepsTheOldSnapshot() throws {
        let served = try ServedDossier()
        #expect(try served.follow().status == 0)
        _ = try served.sync()
        let store = try NavetteStore(path: served.storePath)
        let dossier = try #require(try store.sources(dossier: "DLR5L15N36030").first { $0.kind == "dossier" })
        let good = try #require(try store.latestSnapshot(sourceId: dossier.id!))
        let manifest = try String(contentsOfFile: served.manifestDirectory + "/manifest.yaml", encoding: .utf8)

        served.server.serve("/dyn/opendata/DLR5L15N36030.json", [])
        let sync = try served.sync()
        #expect(
            sync.stdout.contains(
                "● Source layout changed: dossier assemblee-opendata gave 24 documents, 12 texts, now nothing"))
        #expect(sync.stderr.contains("source layout changed: "))
        #expect(try store.latestSnapshot(sourceId: dossier.id!) == good)
        #expect(try String(contentsOfFile: served.manifestDirectory + "/manifest.yaml", encoding: .utf8) == manifest)
        // Said once for the same bytes.
        #expect(!(try served.sync()).stdout.contains("Source layout changed"))
        // follow, too, keeps the manifest it wrote.
        let follow = try served.follow()
        #expect(follow.status == 1 && follow.stderr.contains("nothing written"))
        #expect(try String(contentsOfFile: served.manifestDirectory + "/manifest.yaml", encoding: .utf8) == manifest)
    }
}

/// The store as the source: `report`, `diff`, `show` given the manifest and no `--mirror`.
@Suite struct StoreAsSourceTests {
    @Test func reportFromTheStoreShowsAnArticlesWordDiffWithFetchTimes() throws {
        let served = try ServedDossier()
        #expect(try served.follow().status == 0)
        _ = try served.sync()
        let out = try TemporaryDirectory()
        let report = try NavetteProcess.run([
            "report", served.manifestDirectory, "--out", out.path, "--format", "json", "--article", "1er",
        ])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("readings: 3 in full, 0 as excerpts, 10 not held"), "\(report.stdout)")
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: out.path + "/report.json")))
        let object = try #require(json as? [String: Any])
        // The footer: each source's fetch time and SHA-256 as the store has them.
        let store = try NavetteStore(path: served.storePath)
        let sources = try #require(object["sources"] as? [[String: Any]])
        let text = try #require(sources.first { $0["path"] as? String == "https://www.senat.fr/leg/pjl17-063.html" })
        let record = try #require(
            try store.snapshot(url: "https://www.senat.fr/leg/pjl17-063.html", dossier: "DLR5L15N36030", until: nil))
        #expect(text["sha256"] as? String == record.sha256 && text["role"] as? String == "text")
        #expect(text["snapshot"] as? String == ISO8601DateFormatter().string(from: record.fetchedAt))
        #expect(
            sources.contains {
                $0["role"] as? String == "procedure" && ($0["path"] as? String)?.hasSuffix("DLR5L15N36030.json") == true
            })
        #expect(sources.contains { $0["role"] as? String == "amendments" })
        // Article 1er changed between the deposited text (an-269) and the one sent to the Sénat (senat-63).
        let article = try #require((object["articles"] as? [[String: Any]])?.first)
        let steps = try #require(article["steps"] as? [[String: Any]])
        let senat = try #require(steps.first { $0["reading"] as? String == "senat-63" })
        #expect(senat["change"] as? String == "changed" && senat["comparedWith"] as? String == "an-269")
        let ops = (senat["alineas"] as? [[String: Any]] ?? []).flatMap { $0["ops"] as? [[String: Any]] ?? [] }
        #expect(ops.contains { $0["op"] as? String == "insert" } || ops.contains { $0["op"] as? String == "delete" })

        // diff and show read the same snapshots.
        let diff = try NavetteProcess.run([
            "diff", served.manifestDirectory, "--article", "1er", "--from", "an-269", "--to", "senat-63",
        ])
        #expect(diff.status == 0 && (diff.stdout.contains("{+") || diff.stdout.contains("[-")), "\(diff.stderr)")
        let show = try NavetteProcess.run(["show", served.manifestDirectory])
        #expect(show.status == 0 && show.stdout.contains("senat-63"), "\(show.stderr)")
        // --as-of a day before anything was fetched: no text held.
        let before = try NavetteProcess.run([
            "report", served.manifestDirectory, "--out", out.path, "--format", "json", "--as-of", "2020-01-01",
            "--article", "1er",
        ])
        #expect(before.stdout.contains("readings: 0 in full") || before.status != 0, "\(before.stdout)\(before.stderr)")
        let bad = try NavetteProcess.run([
            "report", served.manifestDirectory, "--out", out.path, "--as-of", "2023-02-30",
        ])
        #expect(
            bad.status == 1
                && bad.stderr == "navette: error: --as-of '2023-02-30': expected a real date written YYYY-MM-DD\n")
    }
}

/// The Assemblée's amendments as it publishes them (the legislature's zip dump), synced and read for
/// one text: PLFSS 2026 (n° 1907) and its 4,464 amendments.
@Suite struct AssembleeDumpListTests {
    static let dump =
        "https://data.assemblee-nationale.fr/static/openData/repository/17/loi/amendements_div_legis/Amendements.json.zip"

    @Test func theDumpIsStoredAndReadForItsText() throws {
        let server = try LocalServer()
        server.serve(
            "/dyn/opendata/PRJLANR5L17B1907.html",
            try Corpus.bytes("formats/current/an-opendata-html/PRJLANR5L17B1907_pjl-type1_defaut_AN.html"))
        server.serve(
            URL(string: Self.dump)!.path, try Corpus.bytes("an-amendements-l17/PRJLANR5L17B1907-amendements.zip"),
            contentType: "application/zip")
        let directory = try TemporaryDirectory()
        let manifest = try directory.write(
            "plfss2026/manifest.yaml",
            """
            id: plfss2026
            title: PLFSS 2026
            readings:
              - id: an-1907
                chamber: assemblee
                stage: 1ère lecture
                step: depot
                url: https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L17B1907.html
                amendment-lists:
                  - {url: \(Self.dump), format: an-json, origin: scheme, within: PRJLANR5L17B1907}
              - id: an-ta
                chamber: assemblee
                stage: 1ère lecture
                step: hemicycle
            """)
        let hosts = ["www.assemblee-nationale.fr", "data.assemblee-nationale.fr"].flatMap {
            ["--map-host", "\($0)=\(server.base)"]
        }
        let sync = try NavetteProcess.run(["sync", manifest, "--delay", "0", "--retries", "0"] + hosts, timeout: 300)
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout.hasPrefix("plfss2026: 2 sources: 2 stored"), "\(sync.stdout)")
        let store = try NavetteStore(path: directory.path + "/plfss2026/.navette/navette.sqlite")
        let list = try #require(try store.sources(dossier: "plfss2026").first { $0.kind == "amendments" })
        #expect(
            try store.parsed(snapshotId: try store.latestSnapshot(sourceId: list.id!)!.id!)?.summary
                == "4464 amendments")
        let amendments = try NavetteProcess.run(["amendments", manifest, "--format", "json"], timeout: 300)
        #expect(amendments.status == 0, "\(amendments.stderr)")
        let files = try JSONSerialization.jsonObject(with: Data(amendments.stdout.utf8)) as? [[String: Any]]
        #expect(files?.count == 1 && (files?.first?["amendments"] as? [Any])?.count == 4464)
    }
}
