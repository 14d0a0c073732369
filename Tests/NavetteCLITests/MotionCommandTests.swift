import Foundation
import TestSupport
import Testing

@Suite struct MotionCommandTests {
    static let voeu = Corpus.path("motions/paris15-voeu-videosurveillance-automatisee-2023-03-06.full.txt")
    static let manifest = Corpus.packageRoot + "/corpus/jo2024"

    struct Card: Decodable {
        struct MotionJSON: Decodable {
            var body: String?
            var date: String?
            var outcome: String
        }
        struct Linked: Decodable {
            var number: String
            var reading: String?
            var fate: String
            var evidence: String
        }
        struct Step: Decodable {
            var reading: String
            var value: String?
            var basis: String
            var check: String
        }
        struct DemandJSON: Decodable {
            var kind: String
            var text: String
            var addressee: String?
            var target: String?
            var amendments: [Linked]
            var fallbacks: [Linked]
            var trajectory: [Step]
            var outcome: String
            var decision: String?
        }
        var motion: MotionJSON
        var demands: [DemandJSON]
    }

    @Test func paris15ScorecardLinksTheSuppressionAmendments() throws {
        let result = try NavetteProcess.run([
            "motion", Self.voeu, "--dossier", Self.manifest, "--mirror", Corpus.root, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let card = try JSONDecoder().decode(Card.self, from: Data(result.stdout.utf8))
        #expect(card.motion.date == "2023-03-06")
        #expect(card.motion.outcome == "rejeté")
        #expect(card.demands.count == 4)
        let withdraw = card.demands[0]
        #expect(withdraw.kind == "withdraw an article")
        #expect(withdraw.target == "7 -> 10")
        #expect(Set(withdraw.amendments.map(\.number)) == ["27", "585"])
        #expect(withdraw.amendments.allSatisfy { $0.evidence.contains("Supprimer cet article.") })
        // Shorter-experiment amendments are the fallbacks, with the fates the corpus records.
        #expect(withdraw.fallbacks.first { $0.number == "406" }?.fate == "rejeté")
        #expect(withdraw.outcome.contains("became article 10"))
        #expect(withdraw.decision == "2023-850 DC: article 10 conforme sous réserve")
        // The end date: computed from the one text held, elsewhere flagged as the manifest's fact.
        let commission = try #require(withdraw.trajectory.first { $0.reading == "an-939" })
        #expect(commission.value == "2024-12-31" && commission.basis == "text" && commission.check == "agrees")
        #expect(withdraw.trajectory.first { $0.reading == "an-cmp" }?.basis == "missing")
        #expect(card.demands[1].kind == "stop funding" && card.demands[1].amendments.isEmpty)
    }

    @Test func missingCopyInTheManifestIsNamedWithItsLine() throws {
        let directory = try TemporaryDirectory()
        let manifest = try directory.write(
            "manifest.yaml",
            """
            id: x
            title: t
            readings:
              - id: a
                stage: s
                copy: texts/nowhere.html
            """)
        let result = try NavetteProcess.run(["motion", Self.voeu, "--dossier", manifest, "--mirror", Corpus.root])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "navette: error: \(manifest):4: copy 'texts/nowhere.html' not found under the mirror"))
    }
}
