import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore
import NavetteWatch
import TestSupport
import Testing

/// Today's formats (`formats/current/`) served by a loopback server under their official addresses:
/// `follow` reads the 16th legislature's dossier JSON, `sync` stores and reads the current text pages.
@Suite struct CurrentFormatsSyncTests {
    static let current = "formats/current/"
    /// Official address -> corpus file, and the articles the page gives.
    static let texts: [(id: String, url: String, file: String, articles: Int)] = [
        (
            "an-1907", "https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L17B1907.html",
            "an-opendata-html/PRJLANR5L17B1907_pjl-type1_defaut_AN.html", 55
        ),
        (
            "an-2039", "https://www.assemblee-nationale.fr/dyn/opendata/PIONANR5L17B2039.html",
            "an-opendata-html/PIONANR5L17B2039_ppl-type1_defaut-AN.html", 3
        ),
        (
            "an-1614", "https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L17B1614.html",
            "an-opendata-html/PRJLANR5L17B1614_pjl-type1_avec-bordures_AN.html", 1
        ),
        (
            "an-4482", "https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L15B4482.html",
            "an-opendata-html/PRJLANR5L15B4482.html", 49
        ),
        (
            "senat-550", "https://www.senat.fr/leg/pjl23-550.html",
            "senat-html/pjl23-500-type3-SENAT_Simplification-de-la-vie-economique.html", 28
        ),
        (
            "senat-263", "https://www.senat.fr/leg/ppl23-263.html",
            "senat-html/ppl23-263-type2-SENAT_Statut-de-l-elu-local.html", 29
        ),
    ]
    static let hosts = ["www.assemblee-nationale.fr", "www.senat.fr", "data.assemblee-nationale.fr"]

    @Test func followReadsTheSixteenthLegislaturesDossier() throws {
        let server = try LocalServer()
        server.serve(
            "/dyn/opendata/DLR5L16N46008.json", try Corpus.bytes(Self.current + "an-dossiers-json/DLR5L16N46008.json"),
            contentType: "application/json")
        let directory = try TemporaryDirectory()
        let follow = try NavetteProcess.run(
            [
                "follow", "https://www.assemblee-nationale.fr/dyn/opendata/DLR5L16N46008.json", "--dir", directory.path,
                "--retries", "0",
            ]
                + Self.hosts.flatMap { ["--map-host", "\($0)=\(server.base)"] })
        #expect(follow.status == 0, "\(follow.stderr)")
        #expect(
            follow.stdout.contains("added reading senat-807 (senat, 1ère lecture, depot, 2022-07-20)"),
            "\(follow.stdout)")
        let manifest = try ManifestReader.read(path: directory.path + "/DLR5L16N46008/manifest.yaml")
        #expect(manifest.readings.count == 1)
        #expect(
            manifest.title
                == "Projet de loi ratifiant l'ordonnance n° 2022-839 du 1er juin 2022 relative aux agents de l'Office national des forêts"
        )
    }

    @Test func syncStoresAndReadsTodaysTextPages() throws {
        let server = try LocalServer()
        for text in Self.texts {
            server.serve(URL(string: text.url)!.path, try Corpus.bytes(Self.current + text.file))
        }
        let directory = try TemporaryDirectory()
        let readings = Self.texts.map { text in
            "  - {id: \(text.id), chamber: \(text.id.hasPrefix("an") ? "assemblee" : "senat"), stage: 1ère lecture, step: depot, url: \(text.url)}"
        }
        let manifest = try directory.write(
            "current/manifest.yaml",
            "id: current\ntitle: today's text pages\nreadings:\n" + readings.joined(separator: "\n") + "\n")
        let hosts = Self.hosts.flatMap { ["--map-host", "\($0)=\(server.base)"] }
        let sync = try NavetteProcess.run(["sync", manifest, "--delay", "0", "--retries", "0"] + hosts, timeout: 300)
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout.hasPrefix("current: 6 sources: 6 stored"), "\(sync.stdout)")
        let store = try NavetteStore(path: directory.path + "/current/.navette/navette.sqlite")
        for text in Self.texts {
            let source = try #require(try store.sources(dossier: "current").first { $0.label == text.id })
            let snapshot = try #require(try store.latestSnapshot(sourceId: source.id!))
            let summary = text.articles == 1 ? "1 article" : "\(text.articles) articles"
            #expect(try store.parsed(snapshotId: snapshot.id!)?.summary == summary, "\(text.id)")
        }
        // The store is the source: an article of the PLF 2022 page, with its inline numbers taken off.
        let show = try NavetteProcess.run(["show", manifest, "--reading", "an-4482", "--article", "1"], timeout: 120)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Article 1 5 alinéas"), "\(show.stdout)")
        #expect(show.stdout.contains("1  I.\u{A0}–\u{A0}La perception des ressources de l'État"), "\(show.stdout)")
    }
}
