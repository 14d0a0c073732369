import Testing

@testable import NavetteCore

/// The words an amendment brings are written as the adopted text writes them (issue 14); the article's
/// own words are left as they are.
@Suite struct ApplicationStyleTests {
    static let article = [
        "I. – Le code rural est ainsi modifié :",
        "1° Au c) du 2° de l’article L. 411-1, le mot : « six » est remplacé par le mot : « trois » ;",
        "2° L’article L. 411-2 est abrogé.",
    ]

    @Test("A reference to a lettered item the amendment writes names the letter alone: `au b du 2°`")
    func itemReferenceWithoutParenthesis() {
        let outcome = ApplicationRuleTests.apply(
            [
                "À l’alinéa 3, après la référence : « L. 411-2 », insérer les mots : "
                    + "« et le b) du 3° de l’article L. 411-4 »"
            ],
            to: Self.article)
        #expect(outcome.alineas[2] == "2° L’article L. 411-2 et le b du 3° de l’article L. 411-4 est abrogé.")
        #expect(outcome.alineas[1] == Self.article[1], "the article's own `c) du` is not the amendment's")
    }

    @Test("An item's own designation at the head of its alinéa keeps its parenthesis")
    func itemHeadKeepsItsParenthesis() {
        let outcome = ApplicationRuleTests.apply(
            ["Compléter cet article par un alinéa ainsi rédigé :\n\n« 3° a) du code forestier ; »"],
            to: Self.article)
        #expect(outcome.alineas.last == "3° a) du code forestier ;")
    }

    @Test("A Roman paragraph the amendment writes as `II – …` opens with `II. –`")
    func paragraphHeadWithPeriod() {
        let outcome = ApplicationRuleTests.apply(
            [
                "Compléter cet article par un paragraphe ainsi rédigé :\n\nII – Le présent article entre en vigueur "
                    + "en 2028."
            ],
            to: Self.article)
        #expect(outcome.alineas.last == "II. – Le présent article entre en vigueur en 2028.")
    }

    @Test("`I. Le …` after an article heading the amendment writes gets its dash: `Art. L. 5. – I. – Le …`")
    func paragraphHeadWithDash() {
        let outcome = ApplicationRuleTests.apply(
            ["Compléter cet article par un alinéa ainsi rédigé :\n\n« Art. L. 411-5. – I. Le bail est écrit. »"],
            to: Self.article)
        #expect(outcome.alineas.last == "« Art. L. 411-5. – I. – Le bail est écrit.")
    }

    @Test("An alinéa the amendment writes that opens with `Art. L. …` is quoted text: it opens with «")
    func articleHeadingIsQuoted() {
        let outcome = ApplicationRuleTests.apply(
            [
                "Compléter cet article par deux alinéas ainsi rédigés :\n\n"
                    + "3° Il est ajouté un article L. 411-5 ainsi rédigé :\n\nArt. L. 411-5. – Le bail est écrit."
            ],
            to: Self.article)
        #expect(
            outcome.alineas.suffix(2) == [
                "3° Il est ajouté un article L. 411-5 ainsi rédigé :", "« Art. L. 411-5. – Le bail est écrit.",
            ])
    }

    @Test("Words an amendment looks for are not restyled: `le b) du` is found as written")
    func searchedWordsAreNotRestyled() {
        let outcome = ApplicationRuleTests.apply(
            ["À l’alinéa 2, substituer aux mots : « Au c) du 2° » les mots : « Au d) du 2° »."], to: Self.article)
        #expect(outcome.amendments[0].results.map(\.isApplied) == [true])
        #expect(outcome.alineas[1].hasPrefix("1° Au d du 2° de l’article L. 411-1"))
    }
}
