import Testing

@testable import NavetteCore

/// A division deleted earlier stays as `N (Supprimé)`; an amendment that brings a division with that
/// number back puts it in the placeholder's place (issue 14).
@Suite struct ApplicationPlaceholderTests {
    static let article = [
        "I. – Le code rural est ainsi modifié :",
        "1° L’article L. 411-1 est abrogé ;",
        "2° (Supprimé)",
        "3° L’article L. 411-3 est abrogé.",
        "II. – (Supprimé)",
    ]

    @Test("`Compléter cet article par un II` when the article ends with `II. – (Supprimé)`: the II comes back")
    func paragraphComesBackInItsPlace() {
        let outcome = ApplicationRuleTests.apply(
            [
                "Compléter cet article par un paragraphe ainsi rédigé :\n\nII. – Le présent article entre en vigueur "
                    + "en 2028."
            ],
            to: Self.article)
        #expect(outcome.alineas == Self.article.dropLast() + ["II. – Le présent article entre en vigueur en 2028."])
        #expect(outcome.amendments[0].results.map(\.isApplied) == [true])
    }

    @Test("An item inserted with the number of a deleted sibling takes the placeholder's place")
    func itemComesBackInItsPlace() {
        let outcome = ApplicationRuleTests.apply(
            ["Après l’alinéa 2, insérer un alinéa ainsi rédigé :\n\n« 2° L’article L. 411-2 est abrogé ; »"],
            to: Self.article)
        #expect(outcome.alineas.count == Self.article.count)
        #expect(outcome.alineas[2] == "2° L’article L. 411-2 est abrogé ;")
        #expect(outcome.alineas[3] == Self.article[3])
    }

    @Test("A placeholder with another number stays where it is")
    func otherPlaceholdersStay() {
        let outcome = ApplicationRuleTests.apply(
            [
                "Compléter cet article par un paragraphe ainsi rédigé :\n\nIII. – Le présent article entre en vigueur "
                    + "en 2028."
            ],
            to: Self.article)
        #expect(outcome.alineas == Self.article + ["III. – Le présent article entre en vigueur en 2028."])
    }
}
