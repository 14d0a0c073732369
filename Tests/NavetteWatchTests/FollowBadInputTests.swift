import Foundation
import TestSupport
import Testing

/// Bad input to `follow` and `sync`, as a user meets it on the command line: one line on stderr
/// naming what was expected, exit 1, nothing written.
@Suite struct FollowBadInputTests {
    @Test func anAddressThatIsNoDossierIsOneLineAndWritesNothing() throws {
        let directory = try TemporaryDirectory()
        let result = try NavetteProcess.run(["follow", "https://example.org/dossier", "--dir", directory.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "navette: error: 'https://example.org/dossier': expected a dossier: a Sénat dossier page"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// A dossier's address that serves a bill text (a Sénat text page), not the dossier's timeline.
    @Test func aPageThatIsNoDossierIsOneLineAndWritesNothing() throws {
        let server = try LocalServer()
        server.serve(
            "/dossier-legislatif/pjl17-063.html",
            try Corpus.bytes("texts/senat/15-plfss2018/pjl17-063-texte-transmis-au-senat.html"))
        let directory = try TemporaryDirectory()
        let result = try NavetteProcess.run(
            [
                "follow", "https://www.senat.fr/dossier-legislatif/pjl17-063.html", "--dir", directory.path,
                "--retries", "0",
                "--map-host", "www.senat.fr=\(server.base)",
            ])
        #expect(result.status == 1)
        #expect(
            result.stderr == "navette: error: https://www.senat.fr/dossier-legislatif/pjl17-063.html: no timeline "
                + "(div id=\"timeline-N\"), expected a Sénat dossier législatif page (nothing written)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// `sync` merges the dossier's new readings into the manifest: a manifest broken by hand is named
    /// at its line and left as it is, and no store is opened.
    @Test func syncOnABrokenManifestNamesItsLineAndTouchesNothing() throws {
        let directory = try TemporaryDirectory()
        let manifest = try directory.write(
            "broken/manifest.yaml",
            """
            id: broken
            title: a manifest edited by hand
            readings:
              - id: an-1
                chamber: assemblee
                colour: red
                url: https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L15B0269.html
            """)
        let before = try Data(contentsOf: URL(fileURLWithPath: manifest))
        let result = try NavetteProcess.run([
            "sync", directory.path + "/broken", "--map-host", "www.assemblee-nationale.fr=http://127.0.0.1:9",
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "navette: error: \(directory.path)/broken/manifest.yaml:6: unknown field 'colour' in a reading"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: manifest)) == before)
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/broken/.navette"))
    }
}
