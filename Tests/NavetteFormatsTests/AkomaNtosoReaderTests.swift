import NavetteCore
import NavetteFormats
import TestSupport
import Testing

@Suite("Akoma Ntoso reader")
struct AkomaNtosoReaderTests {
    static let italian = "formats/akn-examples/it-senato-ddl-356-2013.akn.xml"
    static let scottish = "formats/akn-examples/uk-asp-2017-1-enacted.akn.xml"
    static let american = "formats/akn-examples/us-publiclaw-112-61.akn.xml"
    static let senato = "formats/akn-senato-it/Leg17-Atto000010-10-362-388-395-849-874-B/"
    static let presented = senato + "ddlpres/10_362_388_395_849_874_B/00912364-ft.akn.xml"
    static let committee = senato + "ddlcomm/10_362_388_395_849_874_C/00930249-ft.akn.xml"

    static func document(_ path: String) throws -> AkomaNtosoDocument {
        try AkomaNtosoReader.readDocument(Corpus.bytes(path), file: path)
    }

    @Test func italianBillArticlesAndHeadings() throws {
        let reading = try Self.document(Self.italian).reading
        // The file has 8 <an:article>: 2 are quoted inside <an:mod> and are text, not articles.
        #expect(reading.articles.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(reading.articles.map(\.alineas.count) == [83, 48, 6, 1, 1, 1])
        #expect(reading.articles[0].heading == "(Modifiche al sistema elettorale della Camera dei deputati)")
        #expect(reading.articles[5].heading == "(Entrata in vigore)")
        #expect(reading.title?.hasPrefix("Modifiche al testo unico di cui al decreto del Presidente") == true)
    }

    @Test func italianBillAlineasCarryTheirNumbers() throws {
        let article = try #require(try Self.document(Self.italian).reading.article("1"))
        let texts = article.alineas.map(\.text)
        #expect(
            texts[0]
                == "1. Al testo unico delle leggi recanti norme per la elezione della Camera dei deputati, di cui al decreto del Presidente della Repubblica 30 marzo 1957, n. 361, sono apportate le seguenti modificazioni:"
        )
        #expect(texts[1] == "a) l'articolo 1 è sostituito dal seguente:")
        #expect(texts[8].hasPrefix("1) al primo comma, primo periodo, sono aggiunte in fine le seguenti parole:"))
        // A line break before <an:i>bis</an:i> in the source is no space in the text.
        #expect(texts[11] == "e) l'articolo 14-bis è abrogato;")
        #expect(texts[13].hasPrefix("«Art. 17-bis. -- 1. La presentazione delle candidature"))
        #expect(
            texts[82] == "2. Si applicano, quando ne ricorrono le circostanze, le disposizioni di cui all'articolo 83»."
        )
    }

    @Test func italianBillMetadata() throws {
        let metadata = try Self.document(Self.italian).metadata
        #expect(metadata.documentType == "bill")
        #expect(metadata.name == "ddl")
        #expect(metadata.namespace == "http://docs.oasis-open.org/legaldocml/ns/akn/3.0")
        #expect(metadata.workURI == "/akn/it/bill/Ddl/2013-03-29/356")
        #expect(metadata.date == "2013-03-29")
        #expect(metadata.dateName == "presentazione")
        #expect(metadata.language == "it")
        #expect(metadata.subtype == "DDLPRES")
        #expect(metadata.number == "356")
    }

    @Test func scottishActSectionsAndDivisions() throws {
        let document = try Self.document(Self.scottish)
        let reading = document.reading
        #expect(reading.articles.map(\.label) == (1...11).map(String.init))
        #expect(reading.articles.first?.heading == "The Scottish Administration")
        #expect(reading.articles.last?.heading == "Short title")
        #expect(
            reading.divisions.map(\.label) == [
                "PART 1", "Use of resources etc.", "The Scottish Consolidated Fund", "PART 2", "PART 3",
                "Amendment and repeal", "Final provisions",
            ])
        #expect(reading.divisions.map(\.kind) == [.partie, .other, .other, .partie, .partie, .other, .other])
        #expect(reading.divisions.map(\.depth) == [0, 1, 1, 0, 0, 1, 1])
        #expect(reading.divisions.map(\.firstArticle) == [0, 0, 3, 5, 6, 6, 8])
        #expect(reading.divisions[0].heading == "Financial year 2017/18")
        #expect(reading.article("4")?.division == 2)
        #expect(reading.article("6")?.division == 3)
        #expect(reading.title == "Budget (Scotland) Act 2017")
        #expect(reading.date == "2017-03-31")
        #expect(document.metadata.workURI == "http://www.legislation.gov.uk/id/asp/2017/1/enacted")
        #expect(document.metadata.name == "ScottishAct")
    }

    @Test func scottishActAlineas() throws {
        let reading = try Self.document(Self.scottish).reading
        let section4 = try #require(reading.article("4")).alineas.map(\.text)
        #expect(section4.count == 6)
        #expect(
            section4[0]
                == "1 For the purposes of section 4(2) of the PFA Act 2000, the overall cash authorisations for financial year 2017/18 are as follows."
        )
        #expect(section4[1] == "2 In relation to the Scottish Administration, £34,491,063,000.")
        #expect(section4[5] == "c Audit Scotland, £6,134,000.")
        // The wrapUp after the lettered paragraphs is an alinéa of its own.
        #expect(reading.article("6")?.alineas[4].text == "of an amount determined under subsection (3).")
        #expect(
            reading.article("8")?.alineas.map(\.text) == [
                "Part 2 (financial year 2017/18) of the Budget (Scotland) Act 2016 is repealed."
            ])
        // The schedules (tables) hold no section: said, not silently dropped.
        #expect(reading.diagnostics.contains { $0.message.hasPrefix("<hcontainer name=\"schedules\">") })
    }

    @Test func americanPublicLaw() throws {
        let document = try Self.document(Self.american)
        let reading = document.reading
        // SECTION 1., SEC. 2., SEC. 3 . …; the page-break <section> without <num> is no article.
        #expect(reading.articles.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(
            reading.articles.map(\.heading) == [
                "SHORT TITLE.", "DEFINITIONS.", "AUTHORIZATION OF ELIGIBLE VESSELS.", "CERTIFICATION.", "ENFORCEMENT.",
                "PENALTY.",
            ])
        #expect(reading.article("2")?.alineas.count == 12)
        #expect(reading.article("2")?.alineas[1].text == "(1) 34th america's cup.--The term ``34th America's Cup''--")
        #expect(
            reading.article("4")?.alineas.first?.text
                == "(a) Requirement.--A vessel may not operate under section 3 unless the vessel has received an Eligibility Certification."
        )
        #expect(
            reading.diagnostics.contains {
                $0.message.contains("has no <num>") && $0.message.contains("Page 125 STAT. 754")
            })
        #expect(document.metadata.date == "2011-11-29")
        #expect(document.metadata.documentType == "act")
        #expect(
            reading.title?.hasPrefix(
                "To facilitate the hosting in the United States of the 34th America's Cup by authorizing") == true)
    }

    /// ddlpres: two columns (Senate text | Camera text); the bill is the Camera's text.
    @Test func presentedBillReadsTheLastColumn() throws {
        let document = try Self.document(Self.presented)
        let reading = document.reading
        #expect(reading.articles.map(\.label) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(reading.articles.map(\.alineas.count) == [7, 2, 1, 2, 2, 1, 1])
        let article1 = reading.articles[0].alineas.map(\.text)
        // "1. Identico:" resolved from the Senate's column.
        #expect(
            article1[0]
                == "1. Nel libro secondo, titolo XII, capo III, sezione III, del codice penale, dopo l'articolo 613 sono aggiunti i seguenti:"
        )
        #expect(
            article1[3]
                == "Ai fini dell'applicazione del primo e del secondo comma, la sofferenza deve essere ulteriore rispetto a quella che deriva dall'esecuzione di legittime misure privative o limitative di diritti."
        )
        #expect(
            article1[4].hasPrefix(
                "Se dal fatto deriva una lesione personale le pene di cui ai commi precedenti sono aumentate."))
        // Article 3 exists only in the Camera's column.
        #expect(reading.article("3")?.heading == "(Modifica all'articolo 157 del codice penale)")
        #expect(
            reading.article("3")?.alineas.map(\.text) == [
                "1. Al sesto comma dell'articolo 157 del codice penale sono aggiunte, in fine, le seguenti parole: «, nonché per il reato di cui all'articolo 613-bis»."
            ])
        // "Identico" for a whole article body repeats the rows under it too.
        #expect(
            reading.article("2")?.alineas.last?.text.hasPrefix("«2-bis. Le dichiarazioni o le informazioni ottenute")
                == true)
        #expect(document.metadata.date == "2015-04-13")
        #expect(document.metadata.subtype == "DDLPRES")
        #expect(reading.title == "Introduzione del delitto di tortura nell’ordinamento italiano")
        #expect(
            reading.diagnostics.contains {
                $0.message.contains("Approvato dalla Camera dei Deputati): read the last column")
            })
    }

    /// ddlcomm: three columns (Senate | Camera | committee); the committee drops article 3 and a
    /// paragraph of article 1, so the Camera's article 4 is the committee's article 3.
    @Test func committeeTextReadsTheLastColumn() throws {
        let reading = try Self.document(Self.committee).reading
        let presented = try Self.document(Self.presented).reading
        #expect(reading.articles.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(reading.articles.map(\.alineas.count) == [6, 2, 2, 2, 1, 1])
        #expect(reading.article("3")?.heading == presented.article("4")?.heading)
        #expect(reading.article("6")?.heading == "(Entrata in vigore)")
        let article1 = try #require(reading.article("1")).alineas.map(\.text)
        // Resolved through two "1. Identico:" cells.
        #expect(article1[0] == presented.article("1")?.alineas[0].text)
        #expect(
            article1[1].hasPrefix(
                "«Art. 613-bis. - (Tortura). -- Chiunque con reiterate violenze o minacce gravi, ovvero agendo con crudeltà,"
            ))
        #expect(!article1.contains { $0.hasPrefix("Ai fini dell'applicazione") })
        #expect(reading.article("4")?.alineas[1].text == presented.article("5")?.alineas[1].text)
        #expect(reading.diagnostics.contains { $0.message.contains("«Art. 3.» of the previous version removed") })
        #expect(reading.diagnostics.contains { $0.message.contains("Testo proposto dalla Commissione") })
        #expect(reading.date == "2015-07-10")
    }

    @Test func notABillOrAnAct() throws {
        let amendment = Self.senato + "emend/00981748-em.akn.xml"
        let error = #expect(throws: ReadError.self) {
            try AkomaNtosoReader.read(Corpus.bytes(amendment), file: amendment)
        }
        #expect(error?.file == amendment)
        #expect(error?.message.hasPrefix("an Akoma Ntoso <amendment>, expected a <bill> or an <act>") == true)

        let legi = "formats/legi-xml/LEGIARTI000006398122.xml"
        let other = #expect(throws: ReadError.self) { try AkomaNtosoReader.read(Corpus.bytes(legi), file: legi) }
        #expect(
            other?.description == "\(legi): not an Akoma Ntoso document: root element <ARTICLE>, expected <akomaNtoso>")
    }

    @Test func quotedArticlesInAMinimalBill() throws {
        let bytes = Array(
            """
            <x:akomaNtoso xmlns:x="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><x:bill><x:body>
            <x:chapter><x:num>CHAPITRE IER</x:num><x:heading>Dispositions</x:heading>
            <x:article><x:num>Article 1er</x:num><x:paragraph><x:num>I. –</x:num><x:content><x:p>Le code est ainsi modifié :
            <x:mod><x:quotedStructure><x:article><x:num>« Art. L. 1. –</x:num><x:content><x:p>Texte cité.</x:p></x:content></x:article></x:quotedStructure></x:mod> »</x:p></x:content></x:paragraph></x:article>
            <x:article><x:num>Article 2 (nouveau)</x:num><x:content><x:p>(Supprimé)</x:p></x:content></x:article>
            </x:chapter></x:body></x:bill></x:akomaNtoso>
            """.utf8)
        let reading = try AkomaNtosoReader.read(bytes, file: "minimal.xml")
        #expect(reading.articles.map(\.label) == ["1er", "2"])
        #expect(
            reading.articles[0].alineas.map(\.text) == [
                "I. – Le code est ainsi modifié :", "« Art. L. 1. – Texte cité. »",
            ])
        #expect(reading.articles[1].flags == [.nouveau])
        #expect(reading.articles[1].status == .supprime)
        #expect(reading.divisions.map(\.kind) == [.chapitre])
        #expect(reading.divisions.first?.heading == "Dispositions")
    }

    @Test(arguments: [italian, scottish, american, presented, committee])
    func detectedAsAkomaNtoso(_ path: String) throws {
        #expect(DocumentFormat.detect(try Corpus.bytes(path)) == .akomaNtoso)
    }
}
