import NavetteFormats
import TestSupport
import Testing

@Suite struct XMLParserTests {
    @Test func externalEntityIsRefusedBeforeParsing() {
        let xxe = Array(
            "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>".utf8)
        #expect(throws: ReadError(file: "x.xml", "the XML declares entities in a DTD, which navette refuses to expand"))
        {
            try XMLParser.parseXML(xxe, file: "x.xml")
        }
    }

    @Test func truncatedDocumentNamesItsLine() throws {
        let truncated = Array("<?xml version=\"1.0\"?>\n<a>\n<b>text".utf8)
        let error = try #require(throws: ReadError.self) { try XMLParser.parseXML(truncated, file: "t.xml") }
        #expect(error.message.hasPrefix("malformed or truncated XML at line 3"))
    }

    @Test func cdataAndNamespacesBecomeSwiftValues() throws {
        let xml = Array("<r xmlns=\"urn:x\"><d a=\"1\"><![CDATA[<p>Dispositif</p>]]></d></r>".utf8)
        let root = try XMLParser.parseXML(xml, file: "r.xml")
        #expect(root.namespace == "urn:x")
        #expect(root.first("d")?["a"] == "1")
        #expect(root.first("d")?.text == "<p>Dispositif</p>")
    }

    @Test func htmlDeclaredLatin1ButWindows1252IsDecodedRight() throws {
        // ’ (0x92) and œ (0x9C) are windows-1252 bytes that iso-8859-1 pages really contain.
        let page: [UInt8] =
            Array("<html><head><meta charset=iso-8859-1></head><body><p>l".utf8) + [0x92, 0x9C]
            + Array("uvre d".utf8) + [0xE9] + Array("j&agrave;</p></body></html>".utf8)
        let root = try XMLParser.parseHTML(page, file: "p.html")
        #expect(root.descendants("p").first?.text == "l’œuvre déjà")
    }

    @Test func utf8BehindALatin1MetaTagStaysUTF8() throws {
        let page = Array("<html><head><meta charset=iso-8859-1></head><body><p>l’œuvre déjà</p></body></html>".utf8)
        let root = try XMLParser.parseHTML(page, file: "p.html")
        #expect(root.descendants("p").first?.text == "l’œuvre déjà")
    }

    @Test func realPageCutBeforeTheEndIsRecovered() throws {
        let bytes = try Corpus.bytes("texts/senat/edge-cases/pjl18-106-plfss2019.TRIMMED.html")
        let root = try XMLParser.parseHTML(bytes, file: "trimmed.html")
        #expect(root.descendants("p").count > 10)
    }
}
