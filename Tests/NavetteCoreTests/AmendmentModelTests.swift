import NavetteCore
import Testing

/// The fate spellings below are the ones the corpus files print (AN XML and pages, Ameli CSV,
/// Sénat JSON, NosDéputés/NosSénateurs, Datan, La Fabrique), plus the usual variants of each.
@Suite struct AmendmentFateTests {
    @Test(arguments: [
        ("Adopté", AmendmentFate.adopte), ("adopté", .adopte), ("ADOPTE", .adopte),
        ("Adopté avec modification", .adopte),
        ("Rejeté", .rejete), ("rejeté", .rejete), ("REJETÉ", .rejete), ("Non adopté", .rejete),
        ("Retiré", .retire), ("Retiré avant séance", .retire), ("Cet amendement est retiré avant séance", .retire),
        ("Retiré avant publication", .retire),
        ("Tombé", .tombe), ("Satisfait ou sans objet", .tombe), ("Satisfait", .tombe), ("Devenu sans objet", .tombe),
        ("Non soutenu", .nonSoutenu), ("non soutenu", .nonSoutenu), ("Non défendu", .nonSoutenu),
        ("Irrecevable", .irrecevable), ("Irrecevable 40", .irrecevable), ("Irrecevable (art. 41C)", .irrecevable),
        ("Irrecevable art. 40 C", .irrecevable), ("Déclaré irrecevable", .irrecevable),
        ("Non examiné", .nonExamine), ("non examiné", .nonExamine),
        ("A discuter", .unknown), ("À discuter", .unknown), ("En traitement", .unknown), ("Discuté", .unknown),
        ("En attente de recevabilité financière", .unknown), ("non-voté", .unknown), ("", .unknown),
    ])
    func normalises(_ printed: String, _ fate: AmendmentFate) {
        #expect(AmendmentFate(sort: printed) == fate, "\(printed)")
    }

    @Test func missingSortIsUnknownAndRawTextIsKept() {
        #expect(AmendmentFate(sort: nil) == .unknown)
        let amendment = Amendment(number: "AS1", fateText: "Retiré avant séance")
        #expect(amendment.fate == .retire)
        #expect(amendment.fateText == "Retiré avant séance")
    }
}

@Suite struct AmendmentNumberTests {
    @Test(arguments: [
        ("27", "27", "27"), ("CL357", "cl357", "cl357"), ("COM-100", "com100", "com100"),
        ("45 rect.", "45 rect", "45"), ("I-2 rect. bis", "i2 rect bis", "i2"), ("COM-1 rect.", "com1 rect", "com1"),
        ("n° 217", "217", "217"), ("Amendement N° 565", "565", "565"), ("AS103", "as103", "as103"),
        ("1.202", "1.202", "1.202"), ("II-24", "ii24", "ii24"), ("CL 357", "cl357", "cl357"),
    ])
    func keys(_ printed: String, _ key: String, _ baseKey: String) {
        let number = AmendmentNumber(printed)
        #expect(number.key == key)
        #expect(number.baseKey == baseKey)
        #expect(Amendment(number: printed).key == key)
    }

    @Test func rectifiedAndPlainNumbersShareTheirBase() {
        #expect(AmendmentNumber("45 rect.").baseKey == AmendmentNumber("45").baseKey)
        #expect(AmendmentNumber("I-2 rect. bis").prefix == "i")
        #expect(AmendmentNumber("I-2 rect. bis").rectification == ["rect", "bis"])
    }
}

@Suite struct AmendmentTargetTests {
    @Test(arguments: [
        ("Article 9", AmendmentTarget.Kind.article, "9", AmendmentTarget.Position.on),
        ("ART. 1ER BIS C", .article, "1 bis c", .on), ("ARTICLE UNIQUE", .article, "unique", .on),
        ("ARTICLE 7", .article, "7", .on), ("Article 40 quater", .article, "40 quater", .on),
        ("Après l'article 8", .article, "8", .after), ("Après article 11 bis", .article, "11 bis", .after),
        ("Avant article 2", .article, "2", .before),
        ("art. add. après Article 2\u{A0}quinquies", .article, "2 quinquies", .after),
        ("article additionnel après l'article 10", .article, "10", .after),
        ("Article 42 - État E (Article 42 du projet de loi)", .article, "42", .on),
        ("Article 56\u{A0}sexdecies", .article, "56 sexdecies", .on),
    ])
    func articles(_ label: String, _ kind: AmendmentTarget.Kind, _ key: String, _ position: AmendmentTarget.Position) {
        let target = AmendmentTarget(label: label)
        #expect(target.kind == kind)
        #expect(target.article?.key == key)
        #expect(target.position == position)
        #expect(target.label == label)
    }

    @Test(arguments: [
        ("Titre", AmendmentTarget.Kind.title), ("Intitulé de la proposition de loi", .title),
        ("Intitulé de la proposition de loi organique", .title), ("TITRE IER", .division), ("TITRE II", .division),
        ("CHAPITRE III", .division), ("SECONDE PARTIE : MOYENS DES POLITIQUES PUBLIQUES", .division),
        ("ANNEXE", .annex), ("Question préalable", .wholeText), ("", .unknown), ("Exposé", .unknown),
    ])
    func otherTargets(_ label: String, _ kind: AmendmentTarget.Kind) {
        let target = AmendmentTarget(label: label)
        #expect(target.kind == kind, "\(label)")
        #expect(target.article == nil)
    }

    @Test(arguments: [
        ("Alinéa 1", 1 as Int?, AmendmentTarget.Position.on), ("Al. 7", 7, .on), ("ap 73", 73, .after),
        ("ap 5", 5, .after),
        ("86", 86, .on), ("4", 4, .on), ("S", nil, .on), ("Suppr.", nil, .on), ("Amendement de suppression", nil, .on),
        ("Rédaction complète", nil, .on), (" ", nil, .on),
    ])
    func alineas(_ printed: String, _ number: Int?, _ position: AmendmentTarget.Position) {
        let parsed = AmendmentTarget.alinea(from: printed)
        #expect(parsed.number == number, "\(printed)")
        #expect(parsed.position == position, "\(printed)")
    }

    @Test func targetsArticleOnlyOnTheArticleItself() {
        #expect(Amendment(number: "27", target: AmendmentTarget(label: "ARTICLE 7")).targets(article: "7"))
        #expect(!Amendment(number: "192", target: AmendmentTarget(label: "Après l'article 7")).targets(article: "7"))
        #expect(Amendment(number: "1", target: AmendmentTarget(label: "Article 1er")).targets(article: "premier"))
    }
}

@Suite struct AmendedTextTests {
    @Test(arguments: [
        ("0939", "939"), ("939-A0", "939"), ("n° 220", "220"), ("4072", "4072"), ("10-362-388-B", "10-362-388-B"),
    ])
    func billNumbers(_ printed: String, _ bill: String) {
        #expect(AmendedText.normaliseBill(printed) == bill)
        #expect(AmendedText(bill: printed).bill == bill)
    }

    @Test(arguments: [
        ("Séance publique", AmendedText.Stage.seance as AmendedText.Stage?),
        ("Assemblée nationale (séance publique)", .seance), ("Direction de la séance", .seance),
        (
            "Commission des lois constitutionnelles, de la législation et de l'administration générale de la République",
            .commission
        ),
        ("Affaires sociales", .commission), ("commission des lois", .commission), ("Gouvernement", nil),
    ])
    func stages(_ body: String, _ stage: AmendedText.Stage?) {
        #expect(AmendedText.stage(examinedBy: body) == stage)
    }
}
