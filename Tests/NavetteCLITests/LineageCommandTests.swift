import Foundation
import TestSupport
import Testing

@Suite struct LineageCommandTests {
    @Test func jsonKeepsTheFieldNamesOtherToolsRead() throws {
        let result = try NavetteProcess.run(["lineage", Corpus.path("lafabrique/ppl11-290"), "--format", "json"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let articles = try #require(root["articles"] as? [[String: Any]])
        #expect(articles.count == 8)
        let inserted = try #require(articles.first { $0["id"] as? String == "2 A@02_1erelecture_assemblee_hemicycle" })
        #expect(inserted["final"] as? String == "1er")
        let steps = try #require(inserted["steps"] as? [[String: Any]])
        #expect(steps.count == 15)
        #expect(steps[2]["reading"] as? String == "02_1erelecture_assemblee_hemicycle")
        #expect(steps[2]["label"] as? String == "2 A")
        #expect(steps[2]["status"] as? String == "nouveau")
        #expect(steps[2]["carried"] as? Bool == false)
        #expect(steps[4]["label"] is NSNull)
        #expect(steps[4]["status"] as? String == "absent")
        let links = try #require(inserted["links"] as? [[String: Any]])
        #expect(links.first?["how"] as? String == "label")
        #expect(links.first?["confidence"] as? Double == 1)
        let deleted = try #require(articles.first { $0["id"] as? String == "1er@00_1erelecture_assemblee_depot" })
        #expect(deleted["final"] is NSNull)
        #expect((deleted["steps"] as? [[String: Any]])?[1]["status"] as? String == "supprimé")
    }

    @Test func textShowsEachPathThenTheConcordanceAgreement() throws {
        let result = try NavetteProcess.run(["lineage", Corpus.path("lafabrique/ppl11-290")])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "2 A@02_1erelecture_assemblee_hemicycle       · ×2 -> 2 A+ ×2 -> · ×4 -> 2 A ×3 -> · ×2 -> 2 A ×2 -> 1er (final)\n"
            ))
        #expect(result.stdout.contains("1er(s) -> · ×13 -> no final number\n"))
        #expect(result.stdout.hasSuffix("concordance table: 8/8 entries agree with the computed numbering (100.0%)\n"))
    }

    @Test func aSingleFileIsRefusedInOneLine() throws {
        let path = Corpus.path("lafabrique/pjl11-350/procedure/00_1erelecture_assemblee_depot/texte/texte.json")
        let result = try NavetteProcess.run(["lineage", path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("navette: error: \(path): a single text has no lineage"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
