import NavetteCore
import Testing

@testable import NavetteFormats

/// How a page is flattened into blocks: whitespace, `<br>`, alignment, tables.
@Suite struct HTMLBlockTests {
    private func blocks(_ html: String) throws -> [HTMLBlock] {
        let page = try XMLParser.parseHTMLNodes(Array(html.utf8), file: "inline.html")
        var collector = HTMLBlockCollector()
        collector.collect(page, page.root)
        return collector.blocks
    }

    @Test func sourceLineWrapsBecomeOneSpaceAndInlineSpacingStays() throws {
        let found = try blocks(
            "<p>Le code de la s&eacute;curit&eacute; sociale est ainsi\r\nmodifi&eacute;&nbsp;:  fin</p>")
        #expect(found.map(\.text) == ["Le code de la sécurité sociale est ainsi modifié\u{A0}:  fin"])
    }

    @Test func edgesAreTrimmedOfNoBreakSpacesToo() throws {
        let found = try blocks("<p>&nbsp;\n\u{202F}«&nbsp;Art.&nbsp;1er.&nbsp;»&nbsp;</p><p>&nbsp;&nbsp;&nbsp;</p>")
        #expect(found.map(\.text) == ["«\u{A0}Art.\u{A0}1er.\u{A0}»"])
    }

    @Test func singleBreakWrapsALineDoubleBreakSeparatesBlocks() throws {
        let found = try blocks(
            "<p>UNE RELATION DE CONFIANCE :<br>\nVERS UNE ADMINISTRATION</p><div>Premier.<br><br>Second.</div>")
        #expect(found.map(\.text) == ["UNE RELATION DE CONFIANCE : VERS UNE ADMINISTRATION", "Premier.", "Second."])
    }

    @Test func alignmentComesFromAlignStyleOrCenter() throws {
        let found = try blocks(
            """
            <p Align=center><strong>Article 2</strong></p><p style="text-align: center">TITRE II</p>
            <center><p>Section 1</p></center><div align="center"><p style="text-align: justify">I. – Texte</p></div>
            """)
        #expect(found.map(\.centered) == [true, true, true, false])
    }

    @Test func aTableIsOneBlockOfRowsAndCells() throws {
        let found = try blocks(
            "<p>avant</p><table><tr><td><p>Recettes</p></td><td>&#160;</td><td>Solde</td></tr><tr><td>Maladie</td><td>195,9</td><td>-4,7</td></tr></table>"
        )
        #expect(found.map(\.kind) == [.paragraph, .table])
        #expect(found[1].text == "Recettes\tSolde\nMaladie\t195,9\t-4,7")
    }

    /// A table nested in a cell is read once, with its cell: reading every descendant row at each
    /// level read a table 2^depth times (a fuzzed 7 KB page of 16 tables took half a second).
    @Test func nestedTablesAreReadOnceEach() throws {
        let depth = 14
        let html =
            (1...depth).map { "<table><tr><td>niveau \($0).</td><td>" }.joined()
            + (1...depth).map { _ in "</td></tr></table>" }.joined()
        let found = try blocks(html)
        #expect(found.map(\.kind) == [.table])
        let text = found.map(\.text).joined(separator: "\n")
        for level in 1...depth {
            #expect(
                text.components(separatedBy: "niveau \(level).").count == 2, "niveau \(level) in \(text.prefix(300))")
        }
        #expect(found.first?.text.hasPrefix("niveau 1.\tniveau 2.\tniveau 3.") == true)
    }

    @Test func scriptsAndNavigationAreSkipped() throws {
        let found = try blocks(
            "<html><body><div id=\"menu\"><ul><li>Accueil</li></ul></div><script>var a = 1;</script><p>Texte</p></body></html>"
        )
        #expect(found.map(\.text) == ["Texte"])
    }
}
