import Foundation
import TestSupport
import Testing

/// A manifest's `id` names the Atom feed file: `../` in it must not put the feed outside the store's
/// directory.
@Suite struct PathSafetyTests {
    @Test func aManifestIdWithDotDotStaysInTheStoreDirectory() throws {
        let directory = try TemporaryDirectory()
        try directory.write("mirror/text.txt", "Article 1er\nTexte.\n")
        let manifest = try directory.write(
            "dossier/manifest.yaml",
            """
            id: ../../escaped
            title: An id that climbs
            readings:
              - {id: r1, stage: 1ère lecture, url: "https://www.senat.fr/leg/x.html", copy: text.txt}
            """)
        let result = try NavetteProcess.run(["sync", manifest, "--offline", "--mirror", directory.path + "/mirror"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: directory.path).sorted()
        #expect(files.contains("dossier/.navette/escaped.atom"), "\(files)")
        #expect(!files.contains { $0.hasSuffix(".atom") && !$0.hasPrefix("dossier/.navette/") }, "\(files)")
        #expect(
            !FileManager.default.fileExists(
                atPath: (directory.path as NSString).deletingLastPathComponent + "/escaped.atom"))
    }
}
