import NavetteCore
import TestSupport
import Testing

@testable import NavetteFormats

/// Assemblée nationale pages: values checked by reading the HTML of each page.
@Suite struct HTMLAssembleeTests {
    @Test func loppsiDepositKeepsTheTextExactlyAndItsChapters() throws {
        let reading = try HTMLPage.read("an/13-loppsi/pl1697-projet-de-loi-depot.html")
        #expect(reading.articles.map(\.label) == ["1er"] + (2...46).map(String.init))
        // <p>«&nbsp;<i>Art.&nbsp;L.&nbsp;163-4-3.</i>&nbsp;&#8211;&nbsp;Les peines encourues …</p>
        #expect(
            reading.article("3")?.alineas[1].text
                == "«\u{A0}Art.\u{A0}L.\u{A0}163-4-3.\u{A0}–\u{A0}Les peines encourues sont portées à dix\u{A0}ans d’emprisonnement et 1\u{A0}million d’euros d’amende lorsque les infractions prévues aux articles L.\u{A0}163-4 et L.\u{A0}163-4-1 sont commises en bande organisée.\u{A0}»"
        )
        // Quoted headings inserted into a code stay alinéas of the article.
        let article10 = try #require(reading.article("10"))
        #expect(article10.alineas.count == 46)
        #expect(
            article10.alineas[1...3].map(\.text) == [
                "«\u{A0}Chapitre II", "«\u{A0}Des fichiers de police judiciaire", "«\u{A0}Section 1",
            ])
        let first = reading.divisions[0]
        #expect(first.kind == .chapitre && first.label == "Chapitre Ier" && first.depth == 0 && first.firstArticle == 0)
        #expect(first.heading == "Objectifs et moyens de la politique de sécurité intérieure")
        let section = reading.divisions[3]
        #expect(
            section.kind == .section && section.label == "Section 1" && section.depth == 1 && section.firstArticle == 4)
        #expect(section.heading == "Identification d’une personne par ses empreintes génétiques")
        #expect(reading.article("5")?.division == 3)
        #expect(reading.divisions.filter { $0.kind == .chapitre }.count == 9)
        #expect(reading.divisions.filter { $0.kind == .section }.count == 4)
    }

    @Test func theAnnexedReportIsNotReadAsArticles() throws {
        let reading = try HTMLPage.read("an/13-loppsi/pl1697-projet-de-loi-depot.html")
        // Article 46 ends the bill; "Fait à Paris, le 27 mai 2009." then the ANNEXE follow.
        #expect(reading.article("46")?.alineas.count == 1)
        #expect(!reading.articles.flatMap(\.alineas).contains { $0.text.contains("RAPPORT SUR LES OBJECTIFS") })
        #expect(reading.diagnostics.map(\.severity) == [.note])
        #expect(reading.diagnostics[0].message.contains("bill text ends at line 1408"))
    }

    @Test func plfssDepositLeavesOutThePerArticleExposes() throws {
        let reading = try HTMLPage.read("an/15-plfss2018/pl0269-projet-de-loi-depot.html")
        let article1 = try #require(reading.article("1er"))
        #expect(article1.alineas.count == 14)
        #expect(article1.alineas.first?.text == "Au titre de l’exercice 2016, sont approuvés\u{A0}:")
        #expect(
            article1.alineas.last?.text
                == "7° Le montant de la dette amortie par la Caisse d’amortissement de la dette sociale, s’élevant à 14,4\u{A0}milliards d’euros."
        )
        #expect(!reading.articles.flatMap(\.alineas).contains { $0.text == "Exposé des motifs" })
        #expect(
            reading.diagnostics.contains {
                $0.message == "245 paragraphs of per-article exposés des motifs were left out"
            })
        #expect(reading.divisions.first?.kind == .partie)
        #expect(reading.divisions.first?.label == "PREMIÈRE PARTIE")
        #expect(reading.articles.allSatisfy { $0.status == .none && $0.flags.isEmpty })
    }

    @Test func newReadingCommissionTextHasStatusesAndInsertedArticles() throws {
        let reading = try HTMLPage.read("an/15-essoc/r1056-a0-texte-commission-nouvelle-lecture.html")
        #expect(reading.articles.filter { $0.status == .supprime }.count == 20)
        #expect(reading.articles.filter { $0.status == .nonModifie }.count == 24)
        // <p>Article 2&nbsp;<i>bis</i>&nbsp;A</p><p><i>(Supprimé)</i></p>
        let deleted = try #require(reading.article("2 bis A"))
        #expect(deleted.status == .supprime && deleted.alineas.isEmpty)
        // "Article 3 bis AAA et 3 bis AA" then "(Supprimés)": two articles.
        let labels = reading.articles.map(\.label)
        let index = try #require(labels.firstIndex(of: "3 bis AAA"))
        #expect(labels[index + 1] == "3 bis AA")
        #expect(reading.articles[index].status == .supprime && reading.articles[index + 1].status == .supprime)
        #expect(labels.contains("34 bis A") && labels.contains("34 bis D"))
        // "(Suppression maintenue)" is a deletion.
        #expect(reading.article("34 ter")?.status == .supprime)
        // "(Non modifié)" with the text printed under it.
        #expect(reading.article("4 quater")?.status == .nonModifie)
        #expect(reading.article("4 quater")?.alineas.count == 8)
        #expect(reading.diagnostics.contains { $0.severity == .warning && $0.article == "35 bis A à 35 ter" })
    }

    @Test func partialStatusesAndTablesAreAlineas() throws {
        let reading = try HTMLPage.read("an/15-essoc/r1056-a0-texte-commission-nouvelle-lecture.html")
        let article2 = try #require(reading.article("2"))
        #expect(article2.alineas.count == 27)
        #expect(article2.alineas.last?.text == "II.\u{A0}–\u{A0}(Non modifié)")
        #expect(article2.alineas.last?.placeholder == .partial(part: "II", status: .nonModifie))
        // The table of two lines inserted in L. 552-3, L. 562-3 and L. 572-1 is one alinéa.
        #expect(
            article2.alineas[25].text
                == "«\tL.\u{A0}123-1 et L.\u{A0}123–2\tRésultant de la loi\u{A0}n° \u{A0} du\u{A0}\u{A0} pour un État au service d’une société de confiance\nL.\u{A0}124-1 et L.\u{A0}124-2\tRésultant de la loi\u{A0}n°\u{A0}\u{A0}\u{A0} du\u{A0}\u{A0} pour un État au service d’une société de confiance\t»"
        )
        let titre3 = try #require(reading.divisions.first { $0.label == "TITRE III" })
        #expect(titre3.heading == "UN DISPOSITIF D’ÉVALUATION RENOUVELÉ (Division et intitulé supprimés)")
    }

    @Test func adoptedTextListsRangesAndNewArticles() throws {
        let reading = try HTMLPage.read("an/13-simplification-droit/ta0376-texte-adopte-1ere-lecture.html")
        // "Articles 108 à 110" then "(Supprimés)".
        #expect(["108", "109", "110"].map { reading.article($0)?.status } == [.supprime, .supprime, .supprime])
        #expect(reading.article("111 bis")?.flags == [.nouveau])
        #expect(reading.articles.filter { $0.flags.contains(.nouveau) }.count == 56)
        #expect(reading.articles.filter { $0.status == .supprime }.count == 14)
        #expect(
            reading.diagnostics.contains {
                $0.message == "heading of line 2633 names articles 108 to 110, read as 3 articles"
            })
    }

    @Test func secondChamberTextHasLetteredInsertions() throws {
        let reading = try HTMLPage.read("an/13-misc/ta0373-ppl-fracture-numerique-modifiee.html")
        #expect(
            Array(reading.articles.map(\.label).prefix(6)) == ["1er A", "1er BA", "1er B", "1er CA", "1er CB", "1er C"])
        #expect(reading.article("1er A")?.status == .supprime)
        #expect(reading.article("1er BA")?.flags == [.nouveau])
        #expect(reading.article("1er C")?.status == .conforme)
        #expect(reading.articles.filter { $0.status == .conforme }.count == 5)
    }

    @Test func trimmedPageReadsConformeRanges() throws {
        let reading = try HTMLPage.read("an/15-plfss2018/pl0387-modifie-par-le-senat.TRIMMED.html")
        #expect(
            reading.articles.map(\.label) == ["1er", "2", "18", "18 bis", "19", "20", "21", "22", "23", "24", "25"])
        #expect(
            reading.articles.filter { $0.status == .conforme }.map(\.label) == [
                "1er", "2", "19", "20", "21", "22", "23", "24",
            ])
        #expect(reading.articles.allSatisfy(\.isPlaceholder) == false)
        #expect(reading.article("19")?.isPlaceholder == true)
    }
}
