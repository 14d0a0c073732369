import Foundation
import NavetteCore
import NavetteFormats
import NavetteIndex
import NavetteStore
import TestSupport
import Testing

/// A motion's demands looked up in an index of real amendments: the PLFSS 2026 dump (text 1907, 17th
/// legislature), the Olympics bill's amendments the corpus holds (AN and Sénat excerpts) and two Ameli
/// CSVs, against the Paris 15e vœu and the Olympics bill's manifest.
@Suite struct DemandSearchTests {
    static let voeu = Corpus.path("motions/paris15-voeu-videosurveillance-automatisee-2023-03-06.full.txt")
    static let manifestPath = Corpus.packageRoot + "/corpus/jo2024/manifest.yaml"

    /// One index for the suite, built on first use.
    static let indexed: Result<(directory: TemporaryDirectory, index: AmendmentIndex), any Error> = Result {
        let directory = try TemporaryDirectory()
        let index = try AmendmentIndex(path: directory.path + "/navette.sqlite")
        _ = try AmendmentIngester(index: index).ingest(paths: [
            LegislatureDumpTests.dump, Corpus.path("amendments"), Corpus.path("formats/senat-ameli-csv"),
        ])
        return (directory, index)
    }

    /// The vœu scored against `manifest`, then completed from the index.
    static func card(_ manifest: Manifest) throws -> Scorecard {
        let (_, bill, _) = try ManifestBill.open(manifest, mirror: Corpus.root)
        let card = MotionLinker.scorecard(for: try MotionReader.read(path: voeu), bill: bill)
        return try DemandSearch.complete(
            card, manifest: manifest, known: bill.amendments, index: try indexed.get().index)
    }

    @Test func theWithdrawalFindsTheSenatsAmendmentsOnTheBillByItsWords() throws {
        let card = try Self.card(try ManifestReader.read(path: Self.manifestPath))
        let withdrawal = try #require(card.demands.first)
        let found = try #require(withdrawal.indexed)
        // Every suppression and date change on article 7 the index holds is the manifest's already.
        #expect(found.onArticle?.total == 0)
        #expect(found.onArticle?.search.contains("AN 939") == true)
        // The Sénat's question préalable on text 249 and its amendment n° 70 on the title are not in the
        // manifest: the index finds them by the demand's words (jeux olympiques, vidéosurveillance).
        let words = try #require(found.byWords)
        let numbers = words.amendments.map { "\($0.chamber) \($0.bill ?? "?") \($0.number)" }
        #expect(numbers.contains("senat 249 1"))
        #expect(numbers.contains("senat 249 70"))
        #expect(words.amendments.first { $0.number == "70" }?.fate == "rejeté")
        // The manifest's amendments are never repeated: n° 217's exposé speaks of vidéosurveillance.
        let manifest = Set(withdrawal.amendments.map(\.number) + withdrawal.fallbacks.map(\.number) + ["217"])
        #expect(words.amendments.allSatisfy { $0.bill != "939" || !manifest.contains($0.number) })
        #expect(!words.amendments.contains { $0.number == "217" })
        // Nothing of the PLFSS is on the Olympics bill's article 7, though PLFSS's article 7 has amendments.
        #expect(!(found.onArticle?.amendments ?? []).contains { $0.bill == "1907" })
    }

    @Test func theConsensusConferenceFindsArtificialIntelligenceAmendmentsInAnotherBill() throws {
        let card = try Self.card(try ManifestReader.read(path: Self.manifestPath))
        let conference = card.demands[2]
        #expect(conference.demand.kind == .evaluation)
        let words = try #require(conference.indexed?.byWords)
        #expect(words.search.contains("intelligenc*"))
        #expect(words.search.contains("artificiell*"))
        // PLFSS 2026 amendments on AI in health (text 1907 of the 17th legislature), bounded to five.
        #expect(words.total > DemandSearch.wordsShown)
        #expect(words.amendments.count == DemandSearch.wordsShown)
        let plfss = words.amendments.filter { $0.bill == "1907" && $0.legislature == "17" }
        #expect(!plfss.isEmpty)
        #expect(
            plfss.allSatisfy {
                $0.url?.hasPrefix("https://www.assemblee-nationale.fr/dyn/17/amendements/1907/") == true
            })
        #expect(plfss.contains { Folding.key($0.evidence).contains("intelligence artificielle") })
        // No article, no goal: nothing is looked up by article for it.
        #expect(conference.indexed?.onArticle == nil)
    }

    @Test func anAmendmentTheManifestLeavesOutIsFoundOnItsArticle() throws {
        // The manifest as if it had not listed n° 585 (suppression) nor n° 150 (shorter experiment).
        var manifest = try ManifestReader.read(path: Self.manifestPath)
        manifest.amendments.removeAll { ["585", "150"].contains($0.number) }
        let card = try Self.card(manifest)
        let withdrawal = card.demands[0]
        #expect(withdrawal.amendments.map(\.number) == ["27"])
        let onArticle = try #require(withdrawal.indexed?.onArticle)
        #expect(onArticle.amendments.map(\.number) == ["585", "150"])
        #expect(onArticle.total == 2)
        #expect(onArticle.amendments[0].evidence.contains("Supprimer cet article."))
        #expect(onArticle.amendments[1].evidence.hasPrefix("fallback: "))
        #expect(onArticle.amendments.allSatisfy { $0.chamber == "assemblee" && $0.bill == "939" })
        // Found on the article, so not again by the words.
        #expect(!(withdrawal.indexed?.byWords?.amendments ?? []).contains { ["585", "150"].contains($0.number) })
    }

    @Test func theTextsOfTheOlympicsBillAreTheReadingsNumbers() throws {
        let texts = DossierText.texts(of: try ManifestReader.read(path: Self.manifestPath))
        #expect(
            texts.map { "\($0.chamber.rawValue) \($0.number) \($0.legislature ?? "?")" } == [
                "senat 220 2022-2023", "senat 249 2022-2023", "assemblee 809 16", "assemblee 939 16",
                "senat 458 2022-2023",
                "senat 497 2022-2023",
            ])
    }
}

/// The words a demand is searched by, read from the real vœu.
@Suite struct DemandTermsTests {
    @Test func theVoeusDemandsGiveTheirOwnWordsWithoutTheAddresseeAndTheCommonVocabulary() throws {
        let motion = try MotionReader.read(path: DemandSearchTests.voeu)
        let withdrawal = DemandTerms.terms(of: motion.demands[0], in: motion)
        #expect(withdrawal == ["jeux", "olympiqu*", "paralympiqu*", "videosurveillanc*", "automatis*"])
        let conference = DemandTerms.terms(of: motion.demands[2], in: motion)
        #expect(
            conference.prefix(8) == [
                "conferenc*", "consensu*", "usag*", "democratiqu*", "outil*", "algorithmiqu*", "intelligenc*",
                "artificiell*",
            ])
        // The addressee (la Ville de Paris, la Mairie du 15e) and `demandent`, `retrait`, `article` are not searched.
        for demand in motion.demands {
            let terms = DemandTerms.terms(of: demand, in: motion)
            #expect(!terms.contains { $0.hasPrefix("pari") || $0.hasPrefix("mairi") || $0.hasPrefix("demand") })
        }
    }

    @Test func atLeastTwoOfTheTermsIsWrittenAsAlternativesLeavingOneOutEach() {
        #expect(DemandTerms.query(["a*", "b", "c"]) == "b OR c a* OR c a* OR b")
        #expect(DemandTerms.query(["seul*"]) == "seul*")
        #expect(DemandTerms.query([]) == nil)
    }
}
