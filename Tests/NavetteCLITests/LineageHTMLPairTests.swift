import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// Lineage between two official HTML readings of the corpus (`texts/`).
@Suite
struct LineageHTMLPairTests {
    static let essoc = (
        "texts/an/15-essoc/r0575-a0-texte-commission-1ere-lecture.html",
        "texts/an/15-essoc/r1056-a0-texte-commission-nouvelle-lecture.html"
    )
    static let plfss = (
        "texts/an/15-plfss2018/pl0269-projet-de-loi-depot.html",
        "texts/senat/15-plfss2018/pjl17-063-texte-transmis-au-senat.html"
    )
    static let simplification = (
        "texts/an/13-simplification-droit/pion1890-proposition-de-loi-depot.html",
        "texts/an/13-simplification-droit/ta0376-texte-adopte-1ere-lecture.html"
    )

    static func lineage(_ pair: (String, String)) throws -> (Reading, Reading, DossierLineage) {
        let earlier = try DocumentLoader.readReading(path: Corpus.path(pair.0))
        let later = try DocumentLoader.readReading(path: Corpus.path(pair.1))
        return (earlier, later, DossierLineage(readings: [earlier, later]))
    }

    /// Every article of the later reading continues an earlier one or starts there; the counts were
    /// checked by hand against both pages.
    @Test(arguments: [(essoc, 49, 36), (plfss, 57, 19), (simplification, 150, 56)])
    func everyLaterArticleIsLinkedOrNew(pair: (String, String), linked: Int, new: Int) throws {
        let (_, later, lineage) = try Self.lineage(pair)
        let present = lineage.histories.filter { $0.steps[1].isPresent }
        #expect(present.count == later.articles.count)
        #expect(present.filter { $0.steps[0].isPresent }.count == linked)
        #expect(present.filter { !$0.steps[0].isPresent }.count == new)
    }

    @Test func plfssArticlesNewInTheAssemblyAreTheOnlyNewHistories() throws {
        let (_, _, lineage) = try Self.lineage(Self.plfss)
        let started = lineage.histories.filter { !$0.steps[0].isPresent }
        #expect(started.allSatisfy { $0.steps[1].status == .nouveau })
        #expect(started.prefix(4).map { $0.steps[1].label } == ["4 bis", "8 bis", "8 ter", "8 quater"])
    }

    @Test func essocPartialPlaceholdersTakeTheFirstReadingText() throws {
        let (earlier, _, lineage) = try Self.lineage(Self.essoc)
        // 3 bis (Non modifié) in nouvelle lecture: "I et II. – (Non modifiés)", "III. – (Supprimé)".
        let later = lineage.readings[1]
        let threeBis = try #require(lineage.history(forLabel: "3 bis", in: later)?.steps[1])
        let first = try #require(earlier.article("3 bis")).alineas
        #expect(threeBis.status == .nonModifie)
        #expect(threeBis.carried == false)
        #expect(threeBis.carriedAlineas == [0, 1, 2])
        #expect(Array(threeBis.alineas.prefix(3)) == Array(first.prefix(3)))
        #expect(threeBis.alineas.last?.placeholder == .partial(part: "III", status: .supprime))
        // 35: "I. – (Non modifié)" stands for I and its 1° to 4°, quoted alinéa included.
        // (`35` alone would name the 35th article of the final numbering computed for this pair.)
        let thirtyFive = try #require(lineage.history(forLabel: "35", in: later)?.steps[1])
        #expect(thirtyFive.carriedAlineas.prefix(6) == [0, 1, 2, 3, 4, 5])
        #expect(Array(thirtyFive.alineas.prefix(6)) == Array(try #require(earlier.article("35")).alineas.prefix(6)))
        #expect(
            thirtyFive.alineas.first?.folded == "I. - L'article L. 515-29 du code de l'environnement est ainsi modifié:"
        )
    }

    @Test func simplificationArticle83MovedTo83B() throws {
        let (_, _, lineage) = try Self.lineage(Self.simplification)
        let moved = try #require(lineage.history(forLabel: "83", in: "pion1890-proposition-de-loi-depot"))
        #expect(moved.steps[1].label == "83 B")
        #expect(moved.links.first?.how == .similarity)
        #expect(
            lineage.history(forLabel: "83", in: "ta0376-texte-adopte-1ere-lecture")?.id
                == "83@ta0376-texte-adopte-1ere-lecture")
    }
}
