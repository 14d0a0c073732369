import NavetteCore
import Testing

@testable import NavetteFormats

/// Rules of the reading order on small inline pages, for shapes the corpus pages do not show.
@Suite struct HTMLAssemblerTests {
    private func read(_ body: String) throws -> Reading {
        try BillHTMLReader.read(Array("<html><body>\(body)</body></html>".utf8), file: "inline.html")
    }

    @Test func dotsInsideAnArticleStayAnAlineaWithAPlaceholder() throws {
        let reading = try read(
            "<p>Article 3</p><p>I.&nbsp;–&nbsp;Texte.</p><p>. . . . . . . . . .</p><p>III.&nbsp;–&nbsp;(Non modifié)</p><p>Article 4</p><p>Texte.</p>"
        )
        let alineas = try #require(reading.article("3")?.alineas)
        #expect(alineas.map(\.placeholder) == [nil, .dots, .partial(part: "III", status: .nonModifie)])
        #expect(reading.diagnostics.isEmpty)
    }

    @Test func alineasSeparatedByDoubleBreaksAreSplit() throws {
        let reading = try read(
            "<p>Article 1er</p><div>Premier alinéa.<br><br>Second alinéa,<br>\nsur deux lignes.</div>")
        #expect(reading.article("1er")?.alineas.map(\.text) == ["Premier alinéa.", "Second alinéa, sur deux lignes."])
    }

    @Test func aBareConformeLineIsAStatus() throws {
        let reading = try read("<p>Article 2</p><p>Conforme</p><p>Article 3</p><p><i>(Supprimé)</i></p>")
        #expect(reading.articles.map(\.status) == [.conforme, .supprime])
        #expect(reading.articles.allSatisfy { $0.alineas.isEmpty && $0.isPlaceholder == ($0.status == .conforme) })
    }

    @Test func divisionsBeforeTheFirstArticleNeedOnlyTheirHeadingBetween() throws {
        let reading = try read(
            """
            <p>TITRE Ier</p><p>Le titre Ier de l’exposé des motifs en dit long.</p><p>Et encore.</p>
            <p>PROJET DE LOI</p><p>TITRE Ier</p><p>DISPOSITIONS GÉNÉRALES</p><p>Chapitre unique</p><p>Objet</p>
            <p>Article 1er</p><p>Texte.</p>
            """)
        #expect(reading.divisions.map(\.label) == ["TITRE Ier", "Chapitre unique"])
        #expect(reading.divisions.map(\.depth) == [0, 1])
        #expect(reading.divisions.map(\.heading) == ["DISPOSITIONS GÉNÉRALES", "Objet"])
        #expect(reading.article("1er")?.division == 1)
    }

    @Test func textBetweenADivisionAndTheNextArticleIsReported() throws {
        let reading = try read(
            "<p>Article 1er</p><p>Texte.</p><p>TITRE II</p><p>INTITULÉ</p><p>Égaré.</p><p>Article 2</p><p>Texte.</p>")
        #expect(reading.article("1er")?.alineas.map(\.text) == ["Texte."])
        #expect(
            reading.diagnostics.map(\.message) == [
                "1 blocks between a division heading and the next article were not read (first at line 1)"
            ])
    }

    @Test func anUnquotedAnnexeEndsTheBillTextAndLaterHeadingsAreCounted() throws {
        let reading = try read(
            "<p>Article 1er</p><p>Le rapport annexé est approuvé.</p><p>ANNEXE</p><p>Article 1</p><p>Rapport.</p>")
        #expect(reading.articles.map(\.label) == ["1er"])
        #expect(reading.article("1er")?.alineas.count == 1)
        #expect(reading.diagnostics.map(\.severity) == [.note, .warning])
    }

    /// The budget bills' template: the title after a colon in a heading element, alinéas numbered inline.
    @Test func aTitledHeadingInAHeadingElementAndInlineAlineaNumbers() throws {
        let reading = try read(
            "<p>Article 1 : exposé général, not a heading.</p>"
                + "<table><tr><td><h6>Article 1 :<br/>Autorisation de percevoir</h6></td></tr></table>"
                + "<p>(1)&nbsp;&nbsp; I. – Premier.</p><p>(2)&nbsp;</p><p>(En euros)</p><table><tr><td>A</td><td>1</td></tr></table>"
                + "<p>(3) Troisième.</p><p>(5) Pas le numéro de sa place.</p>"
                + "<h6>Article 2 : Sans numéros</h6><p>(2) Un renvoi, pas un numéro d’alinéa.</p><p>(1) Encore.</p>")
        #expect(reading.articles.map(\.label) == ["1", "2"])
        let first = try #require(reading.article("1"))
        #expect(first.heading == "Autorisation de percevoir")
        #expect(
            first.alineas.map(\.text) == [
                "I. – Premier.", "(En euros)\nA\t1", "Troisième.\n(5) Pas le numéro de sa place.",
            ])
        #expect(reading.article("2")?.alineas.map(\.text) == ["(2) Un renvoi, pas un numéro d’alinéa.", "(1) Encore."])
    }

    @Test func footnotesOfAWordProcessorExportAreNotText() throws {
        let reading = try read(
            "<p>Article 3</p><p>Gage.</p><div id=\"_ftn1\"><p><a href=\"#_ftnref1\">[1]</a> https://example.org</p></div>"
        )
        #expect(reading.article("3")?.alineas.map(\.text) == ["Gage."])
    }
}
