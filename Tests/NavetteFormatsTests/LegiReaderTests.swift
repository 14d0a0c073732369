import NavetteCore
import NavetteFormats
import TestSupport
import Testing

@Suite("LEGI/JORF XML reader")
struct LegiReaderTests {
    static let directory = "formats/legi-xml/"

    static func document(_ name: String) throws -> LegiDocument {
        try LegiReader.readDocument(Corpus.bytes(directory + name), file: name)
    }

    @Test func articleMetadataAndText() throws {
        let document = try Self.document("LEGIARTI000006398122.xml")
        let metadata = document.metadata
        #expect(metadata.kind == "ARTICLE")
        #expect(metadata.id == "LEGIARTI000006398122")
        #expect(metadata.number == "1")
        #expect(metadata.etat == "ABROGE")
        #expect(metadata.dateDebut == "1952-06-29")
        #expect(metadata.dateFin == "2001-01-01")
        #expect(metadata.cid == "LEGITEXT000006070666")
        #expect(metadata.nature == "Article")
        // CONTEXTE/TEXTE@date_publi is DILA's 2999-01-01 placeholder: no date.
        #expect(metadata.datePubli == nil)

        let reading = document.reading
        #expect(reading.id == "LEGIARTI000006398122")
        #expect(reading.date == "1952-06-29")
        #expect(reading.title == "Code des instruments monétaires et des médailles")
        #expect(reading.articles.count == 1)
        let article = try #require(reading.article("1"))
        #expect(article.label == "1")
        #expect(article.status == .none)
        #expect(
            article.alineas.map(\.text) == [
                "La fabrication des monnaies est exécutée par voie de régie administrative, sous l'autorité du ministre de l'économie et des finances."
            ])
        #expect(article.division == 2)
    }

    @Test func articleContextGivesDivisions() throws {
        let divisions = try Self.document("LEGIARTI000006398122.xml").reading.divisions
        #expect(divisions.map(\.kind) == [.chapitre, .section, .paragraphe])
        #expect(divisions.map(\.label) == ["Chapitre I", "Section I", "Paragraphe I"])
        #expect(
            divisions.map(\.heading) == [
                "Monnaies et médailles", "Fabrication des monnaies et médailles", "Frappe des monnaies métalliques.",
            ])
        #expect(divisions.map(\.depth) == [0, 1, 2])
    }

    @Test func abrogatedArticleKeepsItsTextWithAWarning() throws {
        let reading = try Self.document("LEGIARTI000006398122.xml").reading
        let warning = try #require(reading.diagnostics.first { $0.message.contains("ABROGE") })
        #expect(warning.severity == .warning)
        #expect(warning.article == "1")
        #expect(warning.message.contains("2001-01-01"))
        #expect(warning.source == "LEGIARTI000006398122.xml")
    }

    @Test func sectionListsArticlesWithoutText() throws {
        let document = try Self.document("LEGISCTA000006135575.xml")
        let reading = document.reading
        #expect(document.metadata.id == "LEGISCTA000006135575")
        #expect(document.metadata.cid == "LEGITEXT000006070666")
        #expect(reading.title == "Code des instruments monétaires et des médailles")
        // Eight LIEN_ART for four article numbers: one article per number.
        #expect(reading.articles.map(\.label) == ["9", "10", "11", "12"])
        #expect(reading.articles.allSatisfy { $0.alineas.isEmpty && $0.division == 2 })
        #expect(reading.divisions.map(\.label) == ["Chapitre I", "Section I", "Paragraphe II"])
        #expect(reading.divisions.last?.heading == "Frappe des médailles.")
        let missing = try #require(reading.diagnostics.first { $0.severity == .warning })
        #expect(missing.message.contains("without their text"))
        #expect(missing.message.hasSuffix("9, 10, 11, 12"))
        let versions = try #require(reading.diagnostics.first { $0.article == "11" })
        #expect(versions.message.contains("4 versions"))
        #expect(versions.message.contains("LEGIARTI000020630534"))
    }

    @Test func structureKeepsSectionsInForce() throws {
        let document = try Self.document("struct-LEGITEXT000006070666.xml")
        let reading = document.reading
        #expect(document.metadata.kind == "TEXTELR")
        #expect(reading.id == "LEGITEXT000006070666")
        #expect(reading.articles.isEmpty)
        #expect(reading.divisions.map(\.label) == ["Chapitre I", "Chapitre IV"])
        #expect(reading.divisions.map(\.heading) == ["Monnaies et médailles", "Dispositions communes."])
        #expect(reading.date == "1952-06-29")
        let dropped = try #require(reading.diagnostics.first { $0.message.contains("left out") })
        #expect(dropped.message.contains("Chapitre II : Billets de banque (ABROGE on 2001-01-01)"))
        #expect(dropped.message.contains("Chapitre III"))
    }

    @Test func textVersionMetadata() throws {
        let document = try Self.document("version-LEGITEXT000006070666.xml")
        let metadata = document.metadata
        #expect(metadata.kind == "TEXTE_VERSION")
        #expect(metadata.id == "LEGITEXT000006070666")
        #expect(metadata.cid == "LEGITEXT000006070666")
        #expect(metadata.nature == "CODE")
        #expect(metadata.nor == nil)
        #expect(metadata.title == "Code des instruments monétaires et des médailles")
        #expect(metadata.etat == "VIGUEUR")
        #expect(metadata.dateDebut == "1952-06-29")
        #expect(metadata.dateFin == nil)
        #expect(metadata.dateTexte == nil)
        #expect(document.reading.title == metadata.title)
        #expect(document.reading.date == "1952-06-29")
        #expect(document.reading.articles.isEmpty)
        #expect(document.reading.diagnostics.map(\.severity) == [.note])
    }

    /// CONTENU as escaped HTML (as some exports carry it) and as child elements read the same.
    @Test func escapedAndElementContentReadAlike() throws {
        func article(_ contenu: String) -> [UInt8] {
            Array(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <ARTICLE><META><META_COMMUN><ID>JORFARTI000000000001</ID><NATURE>Article</NATURE></META_COMMUN>
                <META_SPEC><META_ARTICLE><NUM>1er</NUM><ETAT>VIGUEUR</ETAT></META_ARTICLE></META_SPEC></META>
                <BLOC_TEXTUEL><CONTENU>\(contenu)</CONTENU></BLOC_TEXTUEL></ARTICLE>
                """.utf8)
        }
        let elements = try LegiReader.read(
            article("<p>Premier\u{A0}alinéa « cité ».</p>\n<p>Deuxième<br/>\n  troisième</p>"), file: "elements.xml")
        let escaped = try LegiReader.read(
            article(
                "&lt;p&gt;Premier\u{A0}alinéa « cité ».&lt;/p&gt;\n&lt;p&gt;Deuxième&lt;br/&gt;\n  troisième&lt;/p&gt;"),
            file: "escaped.xml")
        let expected = ["Premier\u{A0}alinéa « cité ».", "Deuxième", "troisième"]
        #expect(elements.articles.first?.alineas.map(\.text) == expected)
        #expect(escaped.articles.first?.alineas.map(\.text) == expected)
        #expect(escaped.articles.first?.label == "1er")
        #expect(escaped.id == "JORFARTI000000000001")
        #expect(escaped.diagnostics.isEmpty)
    }

    @Test func otherXMLIsRefusedNamingTheFile() throws {
        let file = "formats/akn-examples/us-publiclaw-112-61.akn.xml"
        let error = #expect(throws: ReadError.self) { try LegiReader.read(Corpus.bytes(file), file: file) }
        #expect(error?.file == file)
        #expect(
            error?.message
                == "not a LEGI/JORF document: root element <akomaNtoso>, expected ARTICLE, SECTION_TA, TEXTELR or TEXTE_VERSION"
        )
    }

    @Test func entityDeclarationsAreRefused() throws {
        let bytes = Array(
            "<?xml version=\"1.0\"?><!DOCTYPE ARTICLE [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><ARTICLE>&x;</ARTICLE>"
                .utf8)
        let error = #expect(throws: ReadError.self) { try LegiReader.read(bytes, file: "xxe.xml") }
        #expect(error?.description.hasPrefix("xxe.xml: ") == true)
    }

    @Test(arguments: [
        "LEGIARTI000006398122.xml", "LEGISCTA000006135575.xml", "struct-LEGITEXT000006070666.xml",
        "version-LEGITEXT000006070666.xml",
    ])
    func detectedAsLegi(_ name: String) throws {
        #expect(DocumentFormat.detect(try Corpus.bytes(Self.directory + name)) == .legi)
    }
}
