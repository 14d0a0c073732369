import NavetteCore
import Testing

@testable import NavetteFormats

/// Article headings, division designations and status lines, as printed on AN and Sénat pages.
@Suite struct HTMLHeadingTests {
    @Test(arguments: [
        ("Article 7", ["7"], false, ArticleStatus.none),
        ("Article 1er", ["1er"], false, .none),
        ("Article 1 er", ["1er"], false, .none),
        ("Article\u{A0}2\u{A0}bis\u{A0}A", ["2 bis A"], false, .none),
        ("Article 4 bis (nouveau)", ["4 bis"], true, .none),
        ("Article 2 bis AA (nouveau)", ["2 bis AA"], true, .none),
        ("Article 12 (nouveau) (Supprimé)", ["12"], true, .supprime),
        ("Article liminaire", ["liminaire"], false, .none),
        ("Articles 1er et 2", ["1er", "2"], false, .none),
        (
            "Articles 55 unvicies A, 55 unvicies B et 55 unvicies C",
            ["55 unvicies A", "55 unvicies B", "55 unvicies C"], false, .none
        ),
        ("Articles 19 à 24", ["19", "20", "21", "22", "23", "24"], false, .none),
        ("Article 34 bis A à 34 bis D", ["34 bis A", "34 bis B", "34 bis C", "34 bis D"], false, .none),
    ])
    func articleHeadings(text: String, labels: [String], nouveau: Bool, status: ArticleStatus) throws {
        let heading = try #require(ArticleHeading.parse(text))
        #expect(heading.labels == labels)
        #expect(heading.nouveau == nouveau)
        #expect(heading.status == status)
        #expect(!heading.unexpandedRange)
    }

    @Test func aRangeWhoseMembersAreUnknownStaysOneEntry() throws {
        let heading = try #require(ArticleHeading.parse("Article 35 bis A à 35 ter"))
        #expect(heading.labels == ["35 bis A à 35 ter"])
        #expect(heading.unexpandedRange)
    }

    @Test(arguments: [
        "L’article 1er approuve le rapport annexé.",
        "Article 1001 du code général des impôts",
        "Article L. 3512-19 du code de la santé publique",
        "Les articles 39 à 46 regroupent les dispositions d’application outre-mer.",
        "« Art. L. 163-4-3. – Les peines encourues sont portées à dix ans",
    ])
    func proseIsNotAnArticleHeading(text: String) {
        #expect(ArticleHeading.parse(text) == nil)
    }

    @Test func aMentionThatIsNotAStatusIsKept() throws {
        let heading = try #require(ArticleHeading.parse("Article liminaire (Pour coordination)"))
        #expect(heading.status == .none)
        #expect(heading.mentions == ["(Pour coordination)"])
    }

    @Test(arguments: [
        ("TITRE IER", Division.Kind.titre, "TITRE IER", nil as String?),
        ("TITRE PRÉLIMINAIRE", .titre, "TITRE PRÉLIMINAIRE", nil),
        ("Chapitre Ier", .chapitre, "Chapitre Ier", nil),
        ("Chapitre iv", .chapitre, "Chapitre iv", nil),
        ("CHAPITRE III BIS", .chapitre, "CHAPITRE III BIS", nil),
        ("Section 1", .section, "Section 1", nil),
        ("Sous-section 2 : Dispositions diverses", .sousSection, "Sous-section 2", "Dispositions diverses"),
        ("DEUXIÈME PARTIE :", .partie, "DEUXIÈME PARTIE", nil),
        ("TITRE II – DISPOSITIONS FINALES", .titre, "TITRE II", "DISPOSITIONS FINALES"),
    ])
    func divisionDesignations(text: String, kind: Division.Kind, label: String, heading: String?) throws {
        let division = try #require(DivisionHeading.parse(text, centered: true))
        #expect(division.kind == kind)
        #expect(division.label == label)
        #expect(division.heading == heading)
    }

    @Test func budgetLevelsAreDivisionsOnlyWhenCentered() throws {
        let level = try #require(DivisionHeading.parse("I.\u{A0}-\u{A0}IMPÔTS ET RESSOURCES AUTORISÉS", centered: true))
        #expect(level.kind == .other)
        #expect(level.label == "I.")
        #expect(level.heading == "IMPÔTS ET RESSOURCES AUTORISÉS")
        #expect(
            DivisionHeading.parse("I.\u{A0}–\u{A0}Le code général des impôts est ainsi modifié :", centered: false)
                == nil)
        #expect(DivisionHeading.parse("II.\u{A0}–\u{A0}(Non modifié)", centered: true) == nil)
    }

    @Test(arguments: [
        ("(Supprimé)", ArticleStatus.supprime), ("(Supprimés)", .supprime), ("(Non modifié)", .nonModifie),
        ("Conforme", .conforme), ("(Conformes)", .conforme), ("(Suppression maintenue)", .supprime),
        ("(Suppression conforme)", .supprime),
    ])
    func statusLines(text: String, status: ArticleStatus) {
        #expect(StatusLine.parse(text) == status)
    }

    @Test func aMentionIsNotAStatus() {
        #expect(StatusLine.parse("(Pour coordination)") == nil)
        #expect(StatusLine.isMention("(Pour coordination)"))
        #expect(StatusLine.parse("II. – (Non modifié)") == nil)
    }
}
