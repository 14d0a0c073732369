import NavetteCore
import NavetteFormats
import TestSupport
import Testing

@Suite struct ManifestDossierTests {
    @Test func olympicsEndDateIsReadFromTheTextsHeldAndCheckedAgainstTheFacts() throws {
        let manifest = try ManifestReader.read(path: Corpus.packageRoot + "/corpus/jo2024/manifest.yaml")
        let dossier = try ManifestDossier.load(manifest, mirror: Corpus.root)
        #expect(dossier.readings.count == 12)
        #expect(dossier.reading("an-ta96")?.coverage == .missing)
        #expect(dossier.reading("an-939")?.coverage == .excerpt(articles: ["7"]))
        let article = try #require(manifest.articles.first)
        let observations = FeatureTrajectory.endDates(
            in: dossier, label: { $0.stage == "promulgation" ? article.final : article.label }, facts: article.facts)
        let byReading = Dictionary(uniqueKeysWithValues: observations.map { ($0.reading, $0) })
        // The one reading whose article 7 text is in the corpus: computed from the text, and it agrees.
        let commission = try #require(byReading["an-939"])
        #expect(commission.basis == .text)
        #expect(commission.value == "2024-12-31")
        #expect(commission.alinea == 1)
        #expect(commission.check == .agrees)
        // Readings without the text say so instead of guessing.
        #expect(byReading["cmp-497"]?.basis == .manifestFact)
        #expect(byReading["cmp-497"]?.value == "2025-03-31")
        #expect(byReading["cmp-497"]?.check == .unchecked)
        #expect(byReading["an-cmp"]?.basis == .missing)
        #expect(observations.filter { $0.basis == .text }.count == 1)
    }
}

@Suite struct OtherBillManifestTests {
    @Test func pjl09_200ManifestDescribesTheSameReadingsAsTheDossier() throws {
        let manifest = try ManifestReader.read(path: Corpus.packageRoot + "/corpus/pjl09-200/manifest.yaml")
        try ManifestReader.checkCopies(manifest, mirror: Corpus.root)
        let fromManifest = try ManifestDossier.load(manifest, mirror: Corpus.root)
        #expect(fromManifest.readings.count == 10)
        #expect(fromManifest.readings.last?.coverage == .missing)  // the promulgated law: no copy
        let texts = fromManifest.readings.filter { $0.coverage == .full }
        #expect(texts.map(\.articles.count) == [24, 45, 65, 65, 93, 102, 99, 96, 96])
        #expect(texts.first?.chamber == .senat && texts.first?.date == "2010-01-13")
    }
}
