import Testing

@testable import NavetteCore

/// `Rédiger ainsi cet alinéa : … (Le reste sans changement)` gives only the start of the alinéa
/// (issue 14): the rest of the alinéa stays, and a text that cannot be placed is reported.
@Suite struct ApplicationRemainderTests {
    @Test("One new paragraph followed by `(Le reste sans changement)` rewrites the start of the alinéa")
    func oneParagraphRewritesTheStart() {
        let outcome = ApplicationRuleTests.apply([
            "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\n1° À l’article L. 214-5, le mot\n\n(Le reste sans changement)."
        ])
        #expect(outcome.alineas[1] == "1° À l’article L. 214-5, le mot : « six » est remplacé par le mot : « trois » ;")
        #expect(outcome.alineas.count == ApplicationRuleTests.article.count)
        #expect(outcome.amendments[0].results.map(\.isApplied) == [true])
    }

    @Test("Several paragraphs (a table row by row) then `(Le reste sans changement)`: reported, text kept")
    func severalParagraphsAreReported() {
        let outcome = ApplicationRuleTests.apply([
            "I. – Alinéa 2\n\nRédiger ainsi cet alinéa :\n\nTaux\n\nInférieur à 50 : 0\n\n"
                + "(Le reste sans changement).\n\nII. – Alinéa 4\n\nSupprimer cet alinéa."
        ])
        let results = outcome.amendments[0].results
        #expect(results.map(\.outcome) == [.failed(.notUnderstood), .applied])
        #expect(outcome.alineas[1] == ApplicationRuleTests.article[1])
        #expect(!outcome.alineas.contains(ApplicationRuleTests.article[3]))
    }
}
