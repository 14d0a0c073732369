import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// Lineage on the real La Fabrique de la loi dossiers of the corpus.
@Suite struct LineageDossierTests {
    static func lineage(_ name: String) throws -> (Dossier, DossierLineage) {
        let dossier = try DocumentLoader.readDossier(path: Corpus.path("lafabrique/\(name)"))
        return (dossier, DossierLineage(dossier))
    }

    /// Every article of the last reading belongs to one history whose every later appearance is linked.
    @Test(arguments: ["pjl09-200", "ppl11-290", "pjl11-350"])
    func everyArticleOfTheLastReadingTracesBackToItsFirstAppearance(name: String) throws {
        let (dossier, lineage) = try Self.lineage(name)
        let last = try #require(dossier.readings.last { !$0.articles.isEmpty })
        let column = try #require(lineage.readings.firstIndex(of: last.id))
        var covered = 0
        for history in lineage.histories where history.steps[column].isPresent {
            covered += 1
            let present = history.steps.filter(\.isPresent).map(\.reading)
            let linked = history.links.filter { $0.to != "final" }.map(\.to)
            #expect(linked == Array(present.dropFirst()), "\(history.id)")
            #expect(history.id.hasSuffix("@" + present[0]))
        }
        #expect(covered == last.articles.count)
        #expect(lineage.histories.allSatisfy { $0.steps.count == dossier.readings.count })
    }

    @Test func pjl09_200ComputedNumberingAgreesWithTheConcordanceTable() throws {
        let (_, lineage) = try Self.lineage("pjl09-200")
        let check = try #require(lineage.concordanceCheck)
        #expect(check.entries == 112)
        #expect(check.rate >= 0.98)
        #expect(check.disagreements.isEmpty)
        #expect(lineage.histories.count == 112)
        #expect(lineage.histories.compactMap(\.final).count == 96)
        #expect(lineage.histories.compactMap(\.final).last == "96")
    }

    @Test func pjl09_200InsertedInSenateCommissionAndRenumbered() throws {
        let (_, lineage) = try Self.lineage("pjl09-200")
        let history = try #require(lineage.history(forLabel: "6 A", in: "01_1erelecture_senat_commission"))
        #expect(history.id == "6 A@01_1erelecture_senat_commission")
        #expect(
            history.steps.map(\.status) == [.absent, .nouveau, .nouveau, .nouveau, .none, .none, .none, .none, .none])
        #expect(history.final == "18")
        // Article 10 of the navette is article 27 of the law; the law's article 10 was 1er quinquies.
        #expect(lineage.history(forLabel: "27")?.id == "10@00_1erelecture_senat_depot")
        #expect(lineage.history(forLabel: "10")?.id == "1er quinquies@04_1erelecture_assemblee_commission")
        #expect(lineage.history(forLabel: "10", in: "08_cmp_senat_hemicycle")?.final == "27")
    }

    @Test func pjl09_200DeletedAndReinsertedArticles() throws {
        let (_, lineage) = try Self.lineage("pjl09-200")
        let eleven = try #require(lineage.history(forLabel: "11", in: "00_1erelecture_senat_depot"))
        #expect(eleven.steps.prefix(3).map(\.status) == [.none, .supprime, .absent])
        #expect(eleven.final == nil)
        // 7 bis A: inserted by the Sénat, deleted by the Assemblée's commission, restored by the CMP.
        let restored = try #require(lineage.history(forLabel: "7 bis A", in: "02_1erelecture_senat_hemicycle"))
        #expect(
            restored.steps.map(\.status) == [
                .absent, .absent, .nouveau, .nouveau, .supprime, .absent, .none, .none, .none,
            ])
        #expect(
            restored.links.contains {
                $0.from == "04_1erelecture_assemblee_commission" && $0.to == "06_cmp_cmp_commission" && $0.how == .label
            })
        #expect(restored.final == "21")
        // 13: deleted by the Sénat's commission, back in its hemicycle, same history.
        #expect(lineage.history(forLabel: "55")?.steps.prefix(3).map(\.status) == [.none, .supprime, .none])
        // 17 ter comes back after its deletion with an unrelated text: kept by label, flagged.
        #expect(
            lineage.diagnostics.contains {
                $0.article == "17 ter" && $0.source == "05_1erelecture_assemblee_hemicycle"
                    && $0.message.hasPrefix("reinserted after its deletion")
            })
    }

    @Test func pjl09_200NonModifieAndConformeAreCarriedFromTheSenateText() throws {
        let (dossier, lineage) = try Self.lineage("pjl09-200")
        let history = try #require(lineage.history(forLabel: "12 bis", in: "04_1erelecture_assemblee_commission"))
        #expect(history.steps[4].status == .nonModifie)
        #expect(history.steps[5].status == .conforme)
        #expect(history.steps.map(\.carried) == [false, false, false, false, true, true, true, true, false])
        #expect(history.steps[5].carriedFrom == "03_1erelecture_assemblee_depot")
        let senateText = try #require(dossier.reading("03_1erelecture_assemblee_depot")?.article("12 bis")).alineas
        #expect(history.steps[5].alineas == senateText)
        #expect(history.links.filter { $0.how == .placeholder }.count == 4)
        // La Fabrique prints a reworded text beside "(Non modifié)" for 7 bis: kept as printed, not
        // carried, and reported.
        let sevenBis = try #require(lineage.history(forLabel: "7 bis", in: "04_1erelecture_assemblee_commission"))
        #expect(sevenBis.steps[4].status == .nonModifie)
        #expect(sevenBis.steps[4].carried == false)
        #expect(
            sevenBis.steps[4].alineas.first?.text
                == "L'article L. 632-12 du même code est complété par un alinéa ainsi rédigé :")
        #expect(
            lineage.diagnostics.contains {
                $0.article == "7 bis"
                    && $0.message.hasPrefix(
                        "marked non modifié, but its text differs from 03_1erelecture_assemblee_depot in 1 alinéa(s)")
            })
    }

    @Test func ppl11_290FailedSenateReadingsAreAbsentWithoutBreakingHistories() throws {
        let (_, lineage) = try Self.lineage("ppl11-290")
        let check = try #require(lineage.concordanceCheck)
        #expect(check.entries == 8)
        #expect(check.rate >= 0.98)
        #expect(
            lineage.histories.map(\.id).prefix(3) == [
                "1er@00_1erelecture_assemblee_depot", "2 A@02_1erelecture_assemblee_hemicycle",
                "2@00_1erelecture_assemblee_depot",
            ])
        let two = try #require(lineage.history(forLabel: "2", in: "00_1erelecture_assemblee_depot"))
        #expect(two.steps[4...7].allSatisfy { $0.status == .absent })
        #expect(
            two.links.contains {
                $0.from == "03_1erelecture_senat_depot" && $0.to == "08_nouv.lect._assemblee_commission"
            })
        #expect(lineage.history(forLabel: "2 A")?.final == "1er")
        #expect(
            lineage.history(forLabel: "4", in: "00_1erelecture_assemblee_depot")?.steps.prefix(2).map(\.status) == [
                .none, .supprime,
            ])
        #expect(lineage.history(forLabel: "4", in: "00_1erelecture_assemblee_depot")?.final == nil)
    }

    @Test func pjl11_350LoneArticleIsTheArticleUnique() throws {
        let (_, lineage) = try Self.lineage("pjl11-350")
        let history = try #require(lineage.histories.first)
        #expect(lineage.histories.count == 1)
        #expect(history.final == "unique")
        #expect(history.steps[1].status == .nonModifie)
        #expect(history.steps[1].carried)
        #expect(lineage.concordanceCheck == nil)
    }
}
