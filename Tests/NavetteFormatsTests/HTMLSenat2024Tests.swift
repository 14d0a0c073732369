import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// The Sénat's 2024 text pages (`formats/current/senat-html/`): the bill is a `TCGlobal` table inside a
/// JSF form, the alinéa numbers are glyphs in a first column.
@Suite struct HTMLSenat2024Tests {
    static let folder = "formats/current/senat-html/"

    @Test(arguments: [
        ("pjl23-500-type3-SENAT_Simplification-de-la-vie-economique.html", 28),
        ("ppl23-263-type2-SENAT_Statut-de-l-elu-local.html", 29),
    ])
    func everyArticleReads(_ name: String, _ count: Int) throws {
        let reading = try DocumentLoader.readReading(path: Corpus.path(Self.folder + name))
        #expect(reading.articles.count == count)
        #expect(reading.articles.first?.label == "1er")
        #expect(reading.articles.allSatisfy { !$0.alineas.isEmpty })
        // The alinéa numbers (a private-use glyph of the Numero font) are not text.
        #expect(
            !reading.articles.flatMap(\.alineas).contains { $0.text.unicodeScalars.contains { $0.value == 0xF04C } })
    }

    @Test func statutDeLEluLocalArticle1() throws {
        let reading = try DocumentLoader.readReading(
            path: Corpus.path(Self.folder + "ppl23-263-type2-SENAT_Statut-de-l-elu-local.html"))
        let article = try #require(reading.articles.first)
        #expect(article.alineas.count == 2)
        #expect(
            article.alineas[0].text
                == "Le tableau du deuxième alinéa de l’article\u{A0}L.\u{A0}2123-23 du code général des collectivités territoriales est ainsi rédigé\u{A0}:"
        )
        #expect(reading.articles.map(\.label).prefix(3) == ["1er", "2", "3"])
        #expect(reading.articles[1].alineas.count == 27)
    }
}
