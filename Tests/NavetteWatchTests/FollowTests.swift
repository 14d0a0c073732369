import Foundation
import NavetteCore
import NavetteFormats
import NavetteWatch
import TestSupport
import Testing

/// `follow` against a loopback server holding real dossiers under their official paths.
@Suite struct FollowTests {
    static let anDossier = "formats/an-opendata-dossier-json/DLR5L15N36030.json"
    static let senatPage = "formats/senat-dosleg-html/recents_dosleg-plfss2017.html"

    static func follower(_ server: LocalServer) throws -> Follower {
        var configuration = FetchConfiguration(userAgent: "navette/test")
        configuration.timeout = ServedManifest.patientTimeout
        configuration.retries = 0
        configuration.politeness = 0
        configuration.hostMap = try HostMap(rules: [
            "www.senat.fr=\(server.base)", "www.assemblee-nationale.fr=\(server.base)",
        ])
        return Follower(fetcher: HTTPFetcher(configuration: configuration))
    }

    @Test func assembleeDossierGivesEveryReadingInOrder() throws {
        let server = try LocalServer()
        server.serve(
            "/dyn/opendata/DLR5L15N36030.json", try Corpus.bytes(Self.anDossier), contentType: "application/json")
        let directory = try TemporaryDirectory()
        let outcome = try Self.follower(server).follow(try DossierAddress("DLR5L15N36030"), directory: directory.path)
        #expect(outcome.created && outcome.file == directory.path + "/DLR5L15N36030/manifest.yaml")
        let manifest = try ManifestReader.read(path: outcome.file)
        let feed = try DossierFeedReader.read(try Corpus.bytes(Self.anDossier), file: Self.anDossier)
        // Every text and the law the dossier lists, and its decision, in the dossier's order.
        #expect(manifest.readings.count == feed.readings.count + 1)
        #expect(
            manifest.readings.map(\.id) == [
                "an-269", "an-ta29", "senat-63", "senat-ta20", "cmp-104", "an-387", "an-ta37", "senat-121",
                "senat-ta23",
                "an-434", "an-ta41", "cc-2017-756", "loi-2017-1836",
            ])
        #expect(manifest.title == "Sécurité sociale : loi de financement 2018")
        #expect(
            manifest.urls["assemblee-opendata"] == "https://www.assemblee-nationale.fr/dyn/opendata/DLR5L15N36030.json")
        let first = try #require(manifest.reading("an-269"))
        #expect(
            first.url == "https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L15B0269.html"
                && first.origin == .scheme)
        #expect(first.date == "2017-10-11" && first.chamber == .assemblee && first.step == "depot")
        #expect(first.amendmentLists.first?.within == "PRJLANR5L15B0269")
        // The Sénat's texts are given by uid; their address is the Sénat's, by its scheme.
        let senat = try #require(manifest.reading("senat-63"))
        #expect(senat.url == "https://www.senat.fr/leg/pjl17-063.html" && senat.number == "Sénat n° 63 (2017-2018)")
        #expect(
            senat.amendmentLists.map(\.url).first
                == "https://www.senat.fr/amendements/commissions/2017-2018/63/jeu_complet_commission_2017-2018_63.csv")
        #expect(manifest.reading("cmp-104")?.chamber == .cmp)
    }

    @Test func senatPageLinksAreReadFromTheDossier() throws {
        let server = try LocalServer()
        server.serve("/dossier-legislatif/plfss2017.html", try Corpus.bytes(Self.senatPage))
        let directory = try TemporaryDirectory()
        let address = try DossierAddress("https://www.senat.fr/dossier-legislatif/plfss2017.html")
        let outcome = try Self.follower(server).follow(address, directory: directory.path)
        let manifest = try ManifestReader.read(path: outcome.file)
        #expect(manifest.id == "plfss2017" && manifest.readings.count == 13)
        #expect(manifest.readings.filter { $0.url != nil }.allSatisfy { $0.origin == .dossier })
        // ta0842 serves two readings (adopted in nouvelle lecture, transmitted for the lecture définitive).
        #expect(
            manifest.readings.filter { $0.url == "http://www.assemblee-nationale.fr/14/ta/ta0842.asp" }.map(\.id)
                == ["an-ta842", "an-4273"])
        #expect(manifest.reading("senat-106")?.amendmentLists.count == 2)
        // The same dossier again: nothing to say, the file untouched.
        let before = try Data(contentsOf: URL(fileURLWithPath: outcome.file))
        let again = try Self.follower(server).follow(address, directory: directory.path)
        #expect(again.changes.isEmpty && again.kept.isEmpty && !again.created)
        #expect(try Data(contentsOf: URL(fileURLWithPath: outcome.file)) == before)
    }

    @Test func secondFollowAddsNewReadingsAndKeepsWhatWasWrittenByHand() throws {
        let server = try LocalServer()
        server.serve("/dossier-legislatif/plfss2017.html", try Corpus.bytes(Self.senatPage))
        let directory = try TemporaryDirectory()
        let address = try DossierAddress("https://www.senat.fr/dossier-legislatif/plfss2017.html")
        let file = try Self.follower(server).follow(address, directory: directory.path).file
        // By hand: a comment, a corrected date, a note, an article with a fact, an amendment; and the
        // readings after the CMP removed, as if the manifest had been written before they existed.
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = "# PLFSS 2017, followed by hand\n" + text
        text = text.replacingOccurrences(
            of: "    date: 2016-11-07\n", with: "    date: 2016-11-08\n    note: checked on paper\n")
        let cut = try #require(text.range(of: "  - id: an-4239\n"))
        text =
            String(text[..<cut.lowerBound]) + """
                articles:
                  - label: "1er"
                    facts:
                      - {reading: senat-106, feature: label, value: "1er", evidence: by hand}
                amendments:
                  - {number: "12", reading: senat-106, article: "1er", fate: rejeté}
                motions:
                  - motions/vœu.txt

                """
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let outcome = try Self.follower(server).follow(address, directory: directory.path)
        #expect(outcome.changes.filter { $0.hasPrefix("added reading") }.count == 8)
        #expect(outcome.changes.first == "added reading an-4239 (assemblee, nouvelle lecture, depot, 2016-11-23)")
        #expect(outcome.kept == ["senat-106: the dossier gives date 2016-11-07, the manifest's 2016-11-08 is kept"])
        let manifest = try ManifestReader.read(path: file)
        #expect(manifest.readings.count == 13 && manifest.readings.last?.id == "loi-2016-1827")
        #expect(
            manifest.reading("senat-106")?.date == "2016-11-08"
                && manifest.reading("senat-106")?.note == "checked on paper")
        #expect(manifest.articles.first?.facts.first?.evidence == "by hand")
        #expect(manifest.amendments.first?.fate == "rejeté" && manifest.motions == ["motions/vœu.txt"])
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# PLFSS 2017, followed by hand\n"))
    }

    @Test func brokenManifestIsNamedAndLeftAlone() throws {
        let server = try LocalServer()
        server.serve("/dossier-legislatif/plfss2017.html", try Corpus.bytes(Self.senatPage))
        let directory = try TemporaryDirectory()
        let address = try DossierAddress("https://www.senat.fr/dossier-legislatif/plfss2017.html")
        let file = try Self.follower(server).follow(address, directory: directory.path).file
        let broken = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(
                of: "    step: depot\n    date: 2016-10-05\n", with: "    step: depot\n    colour: red\n")
        try broken.write(toFile: file, atomically: true, encoding: .utf8)
        let error = #expect(throws: ReadError.self) {
            try Self.follower(server).follow(address, directory: directory.path)
        }
        #expect(error?.file == file + ":11")
        #expect(error?.message.hasPrefix("unknown field 'colour' in a reading") == true)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == broken)
    }

    @Test func dossierServedEmptyKeepsThePreviousManifest() throws {
        let server = try LocalServer()
        server.serve("/dossier-legislatif/plfss2017.html", try Corpus.bytes(Self.senatPage))
        let directory = try TemporaryDirectory()
        let address = try DossierAddress("https://www.senat.fr/dossier-legislatif/plfss2017.html")
        let file = try Self.follower(server).follow(address, directory: directory.path).file
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let timelineWithoutTexts = Array("<html><body><div id=\"timeline-1\"><p>en cours</p></div></body></html>".utf8)
        for bytes in [[UInt8](), timelineWithoutTexts] {
            server.serve("/dossier-legislatif/plfss2017.html", bytes)
            let error = #expect(throws: WatchError.self) {
                try Self.follower(server).follow(address, directory: directory.path)
            }
            #expect(error?.description.contains("nothing written") == true)
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        }
    }

    @Test(arguments: [
        "https://www.senat.fr/senateur/dupont.html", "https://example.org/dossier", "not an address", "DLR5",
    ])
    func anAddressThatIsNoDossierSaysWhatWasExpected(text: String) {
        let error = #expect(throws: WatchError.self) { try DossierAddress(text) }
        #expect(error?.description.contains("expected a dossier: a Sénat dossier page") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test func addressesAreRecognisedByTheirForm() throws {
        #expect(
            try DossierAddress("https://www.senat.fr/dossier-legislatif/pjl22-220.html")
                == .senatPage(url: "https://www.senat.fr/dossier-legislatif/pjl22-220.html", id: "pjl22-220"))
        #expect(
            try DossierAddress("https://www.assemblee-nationale.fr/dyn/16/dossiers/DLR5L16N46617")
                == .assembleeJSON(
                    url: "https://www.assemblee-nationale.fr/dyn/opendata/DLR5L16N46617.json", id: "DLR5L16N46617"))
        #expect(
            try DossierAddress("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047561974")
                == .legifrance(
                    url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047561974", id: "JORFTEXT000047561974"))
    }

    @Test func followCommandPrintsWhatItAdded() throws {
        let server = try LocalServer()
        server.serve(
            "/dyn/opendata/DLR5L15N36030.json", try Corpus.bytes(Self.anDossier), contentType: "application/json")
        let directory = try TemporaryDirectory()
        let arguments = [
            "follow", "https://www.assemblee-nationale.fr/dyn/opendata/DLR5L15N36030.json", "--dir", directory.path,
            "--map-host", "www.assemblee-nationale.fr=\(server.base)", "--retries", "0",
        ]
        let first = try NavetteProcess.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("  added reading senat-63 (senat, 1ère lecture, depot, 2017-11-06)\n"))
        #expect(
            first.stdout.hasSuffix("wrote \(directory.path)/DLR5L15N36030/manifest.yaml (13 readings, 13 changes)\n"))
        let second = try NavetteProcess.run(arguments)
        #expect(second.stdout == "unchanged: \(directory.path)/DLR5L15N36030/manifest.yaml (13 readings, 0 changes)\n")
        let wrong = try NavetteProcess.run(["follow", "https://example.org/x", "--dir", directory.path])
        #expect(wrong.status == 1 && wrong.stderr.split(separator: "\n").count == 1)
    }
}
