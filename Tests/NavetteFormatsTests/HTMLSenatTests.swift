import NavetteCore
import TestSupport
import Testing

@testable import NavetteFormats

/// Sénat pages and the edge cases: values checked by reading the HTML of each page.
@Suite struct HTMLSenatTests {
    @Test func transmittedTextJoinsWrappedSourceLines() throws {
        let reading = try HTMLPage.read("senat/15-plfss2018/pjl17-063-texte-transmis-au-senat.html")
        let article57 = try #require(reading.article("57"))
        #expect(article57.alineas.count == 19)
        // "Le code de la s&eacute;curit&eacute; sociale est ainsi\nmodifi&eacute;&nbsp;:"
        #expect(article57.alineas[0].text == "Le code de la sécurité sociale est ainsi modifié\u{A0}:")
        #expect(
            article57.alineas[3].text
                == "a)\u{A0}À la première phrase du premier alinéa du\u{A0}III, le taux\u{A0}: «\u{A0}50 %\u{A0}» est remplacé par le taux\u{A0}: «\u{A0}70 %\u{A0}» et le mot\u{A0}: «\u{A0}deux\u{A0}» est remplacé par le mot\u{A0}: «\u{A0}quatre »\u{A0};"
        )
        // The equilibrium table of article 1er is one alinéa whose first row is its header.
        #expect(
            reading.article("1er")?.alineas[3].text.hasPrefix(
                "Recettes\tDépenses\tSolde\nMaladie\t195,9\t200,7\t-4,7\n") == true)
    }

    @Test func transmittedTextMarksEveryInsertedArticleNew() throws {
        let reading = try HTMLPage.read("senat/15-plfss2018/pjl17-063-texte-transmis-au-senat.html")
        let inserted = [
            "4 bis", "8 bis", "8 ter", "8 quater", "13 bis", "15 bis", "16 bis", "16 ter", "16 quater", "18 bis",
            "26 bis",
            "29 bis", "32 bis", "33 bis", "34 bis", "35 bis", "44 bis", "44 ter", "50 bis",
        ]
        #expect(reading.articles.filter { $0.flags.contains(.nouveau) }.map(\.label) == inserted)
        #expect(reading.articles.filter { $0.label.contains(" ") }.map(\.label) == inserted)
        let kinds = reading.divisions.map(\.kind)
        #expect(kinds.filter { $0 == .partie }.count == 4)
        let titre = try #require(reading.divisions.first { $0.kind == .titre })
        #expect(titre.label == "TITRE IER" && titre.depth == 1)
    }

    @Test func commissionTextInNewReadingDropsDotsBetweenArticles() throws {
        let reading = try HTMLPage.read("senat/15-essoc/pjl17-659-texte-commission-nouvelle-lecture.TRIMMED.html")
        #expect(
            reading.articles.map(\.label) == [
                "1er", "2", "2 bis A", "2 bis B", "2 bis", "3 bis AAA", "3 bis AA", "4 bis AA",
            ])
        // "(Non modifié)" then the text of the article.
        #expect(reading.article("1er")?.status == .nonModifie)
        #expect(
            reading.article("1er")?.alineas.map(\.text)
                == [
                    "La stratégie nationale d'orientation de l'action publique, annexée à la présente loi, est approuvée."
                ])
        #expect(reading.article("3 bis AA")?.status == .supprime)  // (Suppression maintenue)
        #expect(!reading.articles.flatMap(\.alineas).contains { $0.placeholder == .dots })
        let dots = reading.diagnostics.filter { $0.message.contains("line of dots") }.compactMap(\.article)
        #expect(dots == ["2 bis", "3 bis AA"])
    }

    @Test func budgetBillHasUnnamedLevelsAndCoordinationMention() throws {
        let reading = try HTMLPage.read("senat/edge-cases/pjl18-218-plf2019-nouvelle-lecture.html")
        let liminaire = try #require(reading.articles.first)
        #expect(
            liminaire.label == "liminaire" && liminaire.heading == "(Pour coordination)" && liminaire.division == nil)
        let level = reading.divisions[2]
        #expect(
            level.kind == .other && level.label == "I." && level.heading == "IMPÔTS ET RESSOURCES AUTORISÉS"
                && level.depth == 2)
        #expect(reading.article("2").flatMap(\.division).map { reading.divisions[$0].label } == "B.")
        #expect(reading.article("55 septdecies")?.status == .supprime)  // (Suppression conforme)
        #expect(reading.articles.filter { $0.status == .conforme }.count == 31)
        #expect(reading.articles.filter { $0.status == .supprime }.count == 68)
        #expect(
            ["55 unvicies A", "55 unvicies B", "55 unvicies C"].map { reading.article($0)?.status } == [
                .supprime, .supprime, .supprime,
            ])
    }

    @Test func pageCutBeforeHTMLCloseIsReadWithWarnings() throws {
        let reading = try HTMLPage.read("senat/edge-cases/pjl18-218-plf2019-nouvelle-lecture.html")
        let warnings = reading.diagnostics.filter { $0.severity == .warning }
        #expect(
            warnings.map(\.message).contains(
                "page ends before </html>: the text may be cut short; the last article read is 56 bis"))
        // The page prints "Article 56 bis (Conforme)" then another "Article 56 bis" with a text.
        #expect(warnings.contains { $0.article == "56 bis" && $0.message.contains("same label") })
        let last = reading.articles.suffix(2)
        #expect(last.map(\.status) == [.conforme, .none])
        #expect(last.last?.alineas.last?.text == "IV et V.\u{A0}-\u{A0}(Supprimés)")
    }

    @Test func trimmedPageEndingWithHTMLCloseHasNoWarning() throws {
        let reading = try HTMLPage.read("senat/edge-cases/pjl18-106-plfss2019.TRIMMED.html")
        #expect(reading.articles.map(\.label) == ["1er"])
        #expect(reading.article("1er")?.alineas.count == 13)
        #expect(reading.diagnostics.isEmpty)
    }

    @Test func pageWithoutArticleBodiesIsAClearError() throws {
        let path = "senat/edge-cases/pjl17-701-no-articles.html"
        #expect {
            try HTMLPage.read(path)
        } throws: { error in
            (error as? ReadError)?.description
                == "\(path): no article found, expected a bill text with 'Article …' headings (the page says: En conséquence, elle n'a pas adopté de texte.)"
        }
    }

    /// The Olympics-bill excerpt of the 188e séance is text taken out of its HTML: no tag, no
    /// "Article 7" heading. Detection sends it to the plain-text reader; forced through the HTML
    /// reader it is a clear error, not an empty reading.
    @Test func olympicsExcerptIsPlainTextWithoutArticleHeading() throws {
        let path = Corpus.path("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N188.html.txt")
        let bytes = try Corpus.bytes("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N188.html.txt")
        #expect(DocumentFormat.detect(bytes) == .text)
        #expect(throws: ReadError(file: path, "no article found, expected a bill text with 'Article …' headings")) {
            try BillHTMLReader.read(bytes, file: path)
        }
        let blocks = try XMLParser.parseHTML(bytes, file: path).text
        #expect(blocks.contains("I. – À titre expérimental et jusqu’au 31 décembre 2024"))
        #expect(blocks.contains("L. 252\u{2011}1"))
    }

    @Test(arguments: ["", "   \n", "<html><body><p>Rien</p></body></html>"])
    func badPagesAreOneLineErrors(html: String) {
        #expect(throws: ReadError.self) { try BillHTMLReader.read(Array(html.utf8), file: "bad.html") }
    }

    @Test func aRangeThatCannotBeListedIsKeptWithAWarning() throws {
        let html = "<p>Article 35 bis A à 35 ter</p><p>(Supprimés)</p><p>Article 36</p><p>Texte.</p></html>"
        let reading = try BillHTMLReader.read(Array(html.utf8), file: "range.html")
        #expect(reading.articles.map(\.label) == ["35 bis A à 35 ter", "36"])
        #expect(reading.diagnostics.map(\.severity) == [.warning])
    }
}
