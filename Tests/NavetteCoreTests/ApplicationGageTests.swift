import Testing

@testable import NavetteCore

/// The gage compensates what the whole article costs: the article holds it once (issue 14).
@Suite struct ApplicationGageTests {
    static let gage =
        "La perte de recettes résultant pour l’État du présent article est compensée, "
        + "à due concurrence, par la création d’une taxe additionnelle aux droits prévus aux articles 575 "
        + "et 575 A du code général des impôts."

    @Test("Two adopted amendments with the same gage, numbered or not, typed differently: one gage")
    func sameGageAddedOnce() {
        let outcome = ApplicationRuleTests.apply([
            "I. – Alinéa 3\n\nSupprimer cet alinéa.\n\nII. – Pour compenser la perte de recettes "
                + "résultant du I, compléter cet article par un paragraphe ainsi rédigé :\n\n… – " + Self.gage,
            "I. – Alinéa 4\n\nSupprimer cet alinéa.\n\nII. – Pour compenser la perte de recettes "
                + "résultant du I, compléter cet article par un paragraphe ainsi rédigé :\n\n"
                + Self.gage.replacing("’", with: "'"),
        ])
        #expect(outcome.alineas.filter { $0.contains("La perte de recettes") }.count == 1)
        #expect(outcome.alineas.last == "III. – " + Self.gage)
        #expect(outcome.amendments.flatMap(\.results).allSatisfy { $0.isApplied })
    }

    @Test("`Pour compenser la perte de recettes résultant du I, compléter cet article`: the whole article")
    func compensationClauseIsNoTarget() {
        let dispositif = DispositifParser.parse(
            "Pour compenser la perte de recettes résultant du I, compléter cet article par un paragraphe "
                + "ainsi rédigé :\n\n… – " + Self.gage)
        #expect(dispositif.edits.count == 1)
        #expect(dispositif.edits.first?.target.isWholeArticle == true)
    }

    @Test("Two different gages (the State's, social security's) are both added")
    func differentGagesBothAdded() {
        let other = Self.gage.replacing("pour l’État", with: "pour les organismes de sécurité sociale")
        let outcome = ApplicationRuleTests.apply([
            "Compléter cet article par un paragraphe ainsi rédigé :\n\n… – " + Self.gage,
            "Compléter cet article par un paragraphe ainsi rédigé :\n\n… – " + other,
        ])
        #expect(outcome.alineas.filter { $0.contains("La perte de recettes") }.count == 2)
    }

    @Test("An alinéa repeated that is not a gage is added again")
    func otherRepeatedAlineaAdded() {
        let outcome = ApplicationRuleTests.apply([
            "Compléter cet article par un alinéa ainsi rédigé :\n\n« Le code rural est ainsi modifié : »",
            "Après l’alinéa 1, insérer un alinéa ainsi rédigé :\n\n« Le code rural est ainsi modifié : »",
        ])
        #expect(outcome.alineas.count == ApplicationRuleTests.article.count + 2)
    }
}
