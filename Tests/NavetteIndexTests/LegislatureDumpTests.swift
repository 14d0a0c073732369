import Foundation
import NavetteCore
import NavetteIndex
import NavetteStore
import TestSupport
import Testing

/// The Assemblée's open-data dump as published (a zip of one JSON file per amendment): the 4,464
/// real amendments on PLFSS 2026 (text n° 1907), indexed once for the suite.
@Suite struct LegislatureDumpTests {
    static let dump = Corpus.path("an-amendements-l17/PRJLANR5L17B1907-amendements.zip")

    /// One index of the whole dump, built on first use.
    static let indexed:
        Result<(directory: TemporaryDirectory, index: AmendmentIndex, summary: IngestSummary), any Error> =
            Result {
                let directory = try TemporaryDirectory()
                let index = try AmendmentIndex(path: directory.path + "/navette.sqlite")
                let summary = try AmendmentIngester(index: index).ingest(paths: [dump])
                return (directory, index, summary)
            }

    @Test func everyAmendmentOfTheDumpIsIndexedOnce() throws {
        let (_, index, summary) = try Self.indexed.get()
        #expect(summary.amendmentsRead == 4464)
        #expect(summary.counts.inserted == 4464)
        #expect(summary.warnings.filter(\.skipped).isEmpty)
        #expect(try index.counts().amendments == 4464)
        #expect(try index.counts().sources == 4464)
        // A second deliberation numbers its amendments from 1 again: two n° 1 on text 1907, both kept.
        #expect(
            try index.search(AmendmentQuery(text: "", bill: "1907", limit: 5000)).filter { $0.amendment.number == "1" }
                .count == 2)
    }

    @Test func aKnownAmendmentIsFoundByAWordOfItsDispositifItsArticleAndItsGroup() throws {
        let (_, index, _) = try Self.indexed.get()
        // n° 1436 (Rect), the Government's: a long consultation for women of 45 to 65 (ménopause).
        let byWord = try index.search(AmendmentQuery(text: "ménopause consultation"))
        let government = try #require(byWord.first { $0.amendment.number == "1436 (Rect)" })
        #expect(government.amendment.fate == .adopte)
        #expect(government.amendment.target.article?.key == "21")
        #expect(government.amendment.target.position == .after)
        #expect(government.amendment.url == "https://www.assemblee-nationale.fr/dyn/17/amendements/1907/AN/1436")
        #expect(government.excerpt.parts.contains { $0.found })

        // AS13 (Mme Runel, Socialistes et apparentés, adopted in committee): "Supprimer les alinéas 22 à 25"
        // of article 28.
        let byArticle = try index.search(
            AmendmentQuery(text: "supprimer alinéas", article: "28", group: "socialistes", fate: .adopte))
        let runel = try #require(byArticle.first { $0.amendment.number == "AS13" })
        #expect(runel.amendment.target.alinea == 22)
        #expect(runel.amendment.authors.first == "Mme Runel")
        #expect(runel.amendment.group == "Socialistes et apparentés")

        let tally = try index.tally(AmendmentQuery(text: "", group: "Socialistes et apparentés"))
        #expect(tally.rows.contains { $0.fate == .adopte && $0.count >= 30 })
        #expect(tally.rows.allSatisfy { $0.group == "Socialistes et apparentés" })
    }

    @Test func aStoppedIngestionOfTheDumpContinuesWithoutDuplicates() throws {
        let directory = try TemporaryDirectory()
        let index = try AmendmentIndex(path: directory.path + "/navette.sqlite")
        let stopped = try AmendmentIngester(index: index, options: IngestOptions(batchSize: 1000, stopAfterBatches: 2))
            .ingest(paths: [Self.dump])
        #expect(stopped.stopped)
        #expect(try index.counts().amendments == 2000)
        let resumed = try AmendmentIngester(index: index, options: IngestOptions(batchSize: 1000)).ingest(paths: [
            Self.dump
        ])
        #expect(resumed.filesAlreadyIndexed == 2000)
        #expect(resumed.counts.inserted == 2464)
        #expect(try index.counts().amendments == 4464)
        #expect(try index.integrityCheck() == ["ok"])
    }
}
