import Foundation
import NavetteStore
import TestSupport
import Testing

/// `navette motion` with and without an amendment index, as a user runs it: which index is read
/// (`--index`, the dossier's store, none), the findings in every format, and an output that does not
/// change by a byte when there is no index.
@Suite struct MotionIndexCommandTests {
    static let voeu = DemandSearchTests.voeu

    /// The Olympics bill's manifest copied into a scratch directory, so that a store can sit beside it.
    static func dossier() throws -> (directory: TemporaryDirectory, manifest: String, store: String) {
        let directory = try TemporaryDirectory()
        let manifest = try directory.write(
            "manifest.yaml", try String(contentsOfFile: DemandSearchTests.manifestPath, encoding: .utf8))
        return (directory, manifest, directory.path + "/.navette/navette.sqlite")
    }

    static func motion(_ manifest: String, _ extra: [String] = []) throws -> TestSupport.Subprocess.Result {
        try NavetteProcess.run(["motion", voeu, "--dossier", manifest, "--mirror", Corpus.root] + extra)
    }

    static func index(_ store: String) throws {
        let indexed = try NavetteProcess.run([
            "index", "amendments", Corpus.path("amendments"), Corpus.path("formats/current/an-amendements-json"),
            "--store", store,
        ])
        #expect(indexed.status == 0, "\(indexed.stderr)")
    }

    @Test func theDossiersStoreIsReadWhenItHoldsAnIndexAndNeverChangesTheOutputOtherwise() throws {
        let (directory, manifest, store) = try Self.dossier()
        let alone = try Self.motion(manifest)
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(!alone.stdout.contains("in the index"))
        // The same bill from the repository's manifest: the same scorecard.
        let repository = try Self.motion(Corpus.packageRoot + "/corpus/jo2024")
        #expect(repository.stdout == alone.stdout)

        // A store navette sync fills, without an index: looked at read-only, not migrated, no change.
        _ = try NavetteStore(path: store)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        #expect(try Self.motion(manifest).stdout == alone.stdout)
        #expect(try AmendmentIndex.existing(at: store) == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)

        // Indexed into the dossier's store: read without being named.
        try Self.index(store)
        let indexed = try Self.motion(manifest)
        #expect(indexed.status == 0, "\(indexed.stderr)")
        #expect(indexed.stdout.contains("   in the index \(store), beside the manifest:\n"))
        #expect(
            indexed.stdout.contains("n° 70 — Sénat text 249 — M. Dossus, M. Benarroche +10 — rejeté — 2023-01-23"))
        // What the manifest gives comes first and unchanged: the index only adds lines.
        let added = indexed.stdout.split(separator: "\n").filter { !alone.stdout.contains($0) }
        #expect(alone.stdout.split(separator: "\n").allSatisfy { indexed.stdout.contains($0) })
        #expect(added.allSatisfy { $0.hasPrefix("   in the index") || $0.hasPrefix("     ") })
        // --no-index: today's output, byte for byte.
        #expect(try Self.motion(manifest, ["--no-index"]).stdout == alone.stdout)
        _ = directory
    }

    @Test func anIndexNamedWithIndexIsReadInEveryFormat() throws {
        let (directory, manifest, _) = try Self.dossier()
        let store = directory.path + "/elsewhere.sqlite"
        try Self.index(store)
        let json = try Self.motion(manifest, ["--index", store, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let demands = try #require(object["demands"] as? [[String: Any]])
        let indexed = try #require(demands[0]["indexed"] as? [String: Any])
        #expect(indexed["store"] as? String == store)
        let onArticle = try #require(indexed["onArticle"] as? [String: Any])
        #expect(onArticle["total"] as? Int == 0)
        let byWords = try #require(indexed["byWords"] as? [String: Any])
        let found = try #require(byWords["amendments"] as? [[String: Any]])
        #expect(found.contains { $0["number"] as? String == "70" && $0["bill"] as? String == "249" })
        #expect(found.allSatisfy { ($0["source"] as? String)?.isEmpty == false })

        let markdown = try Self.motion(manifest, ["--index", store, "--format", "markdown"])
        #expect(markdown.stdout.contains("### In the amendment index, beside the manifest\n"))
        #expect(markdown.stdout.contains("- **by the demand's words, in every bill** (words "))

        // Without an index, the JSON has no `indexed` at all.
        let plain = try Self.motion(manifest, ["--format", "json"])
        #expect(!plain.stdout.contains("\"indexed\""))
    }

    @Test func aMissingIndexIsOneLineNamingTheFile() throws {
        let (directory, manifest, _) = try Self.dossier()
        let missing = directory.path + "/none.sqlite"
        let result = try Self.motion(manifest, ["--index", missing])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("navette: error: \(missing): no indexed amendments here; build the index with"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        let both = try Self.motion(manifest, ["--index", missing, "--no-index"])
        #expect(both.status != 0)
    }
}
