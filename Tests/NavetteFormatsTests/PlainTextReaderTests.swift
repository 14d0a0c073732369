import NavetteCore
import TestSupport
import Testing

@testable import NavetteFormats

@Suite struct PlainTextReaderTests {
    @Test func olympicsArticle7FromTheAssemblyDebateExcerpt() throws {
        let reading = try DocumentLoader.readReading(
            path: Corpus.path("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt"))
        #expect(reading.articles.map(\.label) == ["7"])
        let article = try #require(reading.article("7"))
        #expect(article.alineas.count == 2)
        #expect(
            article.alineas[0].text.hasPrefix(
                "I.  À titre expérimental et jusqu’au 31 décembre 2024, à la seule fin d’assurer"))
        #expect(reading.title == "187e séance")
    }

    @Test func headingsStatusesAndWrappedLines() {
        let text = """
            TITRE II
            DISPOSITIONS RELATIVES À LA SÉCURITÉ
            Article 7 bis A (nouveau)
            Le premier alinéa est ainsi
            rédigé :
            « Art. L. 1. – Texte. »
            Article 8
            (Supprimé)
            Article 9 – (Non modifié)
            """
        let reading = PlainTextReader.read(text: text, file: "pasted")
        #expect(reading.articles.map(\.label) == ["7 bis A", "8", "9"])
        #expect(reading.articles[0].flags == [.nouveau])
        #expect(
            reading.articles[0].alineas.map(\.text) == [
                "Le premier alinéa est ainsi rédigé :", "« Art. L. 1. – Texte. »",
            ])
        #expect(reading.articles[1].status == .supprime)
        #expect(reading.articles[1].alineas.isEmpty)
        #expect(reading.articles[2].status == .nonModifie)
        #expect(reading.divisions.map(\.label) == ["TITRE II"])
        #expect(reading.divisions.first?.heading == "DISPOSITIONS RELATIVES À LA SÉCURITÉ")
        #expect(reading.articles[0].division == 0)
    }

    @Test func sentencesStartingWithArticleAreNotHeadings() {
        #expect(ArticleHeading.parse("Article 7 du code civil est abrogé.") == nil)
        #expect(ArticleHeading.parse("Article 1er")?.labels == ["1er"])
        #expect(ArticleHeading.parse("ARTICLE 12 (Supprimé)")?.status == .supprime)
        #expect(DivisionHeading.parse("Section 2 du chapitre III est abrogée.", centered: false) == nil)
        #expect(
            DivisionHeading.parse("CHAPITRE Ier – Dispositions générales", centered: false)?.heading
                == "Dispositions générales")
    }

    @Test func aTextWithoutHeadingIsOneArticle() throws {
        let reading = try PlainTextReader.read(
            Corpus.bytes(
                "amendment-application/données/13-deuxieme_collectif_2009__05_1erelecture_senat_hemicycle__11/article_avant"
            ),
            file: "article_avant")
        #expect(reading.articles.count == 1)
        #expect(reading.articles[0].label == "unique")
        #expect(reading.articles[0].alineas.count > 0)
        #expect(reading.diagnostics.count == 1)
    }
}
