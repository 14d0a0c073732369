import Testing

@testable import NavetteCore

@Suite struct LineagePlaceholderTests {
    static let earlier = [
        "I. – Le code rural est ainsi modifié :",
        "1° L’article L. 1 est abrogé ;",
        "« II. – Le présent alinéa cité ne clôt pas la partie I. »",
        "2° L’article L. 2 est complété par un alinéa ainsi rédigé.",
        "II. – Le code forestier est ainsi modifié.",
        "III. – Le présent article entre en vigueur le 1er janvier 2011.",
    ].map { Alinea($0) }

    @Test func partialNonModifieTakesThePartUpToTheNextSameLevelPart() {
        let later = ["I. – (Non modifié)", "II. – Le code forestier est abrogé.", "III. – (Non modifié)"].map {
            Alinea($0)
        }
        let resolution = PlaceholderResolver.resolveParts(later, earlier: Self.earlier)
        #expect(
            resolution.alineas.map(\.text) == Array(Self.earlier[0...3].map(\.text)) + [
                later[1].text, Self.earlier[5].text,
            ])
        #expect(resolution.carried == [0, 1, 2, 3, 5])
        #expect(resolution.unresolved.isEmpty)
    }

    @Test func aRangeOfPartsAndASubPart() {
        let range = PlaceholderResolver.resolveParts([Alinea("II et III. – (Non modifiés)")], earlier: Self.earlier)
        #expect(range.alineas.map(\.text) == Self.earlier[4...5].map(\.text))
        let sub = PlaceholderResolver.resolveParts(
            [Alinea("I. – Le code rural est modifié :"), Alinea("1° (Non modifié)")], earlier: Self.earlier)
        // 1° runs until the next arabic designation (the quoted alinéa is not one).
        #expect(sub.alineas.map(\.text) == ["I. – Le code rural est modifié :"] + Self.earlier[1...2].map(\.text))
        #expect(sub.carried == [1, 2])
    }

    @Test func aDeletedPartStaysAsPrinted() {
        let later = [Alinea("I. – Le code rural est ainsi modifié :"), Alinea("II. – (Supprimé)")]
        #expect(!PlaceholderResolver.needsEarlierText(later))
        let resolution = PlaceholderResolver.resolveParts(later, earlier: Self.earlier)
        #expect(resolution.alineas == later)
        #expect(resolution.carried.isEmpty)
    }

    @Test func dotsStandForTheAlineasBetweenTheirNeighbours() {
        let later = [
            Alinea("I. – Le code rural est ainsi modifié :"), Alinea(". . . . . . . . . . . ."),
            Alinea("III. – Le présent article entre en vigueur le 1er janvier 2012."),
        ]
        let resolution = PlaceholderResolver.resolveParts(later, earlier: Self.earlier)
        #expect(resolution.alineas.map(\.text) == [later[0].text] + Self.earlier[1...4].map(\.text) + [later[2].text])
        #expect(resolution.carried == [1, 2, 3, 4])
        let atEnd = PlaceholderResolver.resolveParts(
            [Alinea("II. – Le code forestier est modifié."), Alinea("…………")], earlier: Self.earlier)
        #expect(atEnd.alineas.map(\.text) == ["II. – Le code forestier est modifié.", Self.earlier[5].text])
    }

    @Test func aPartMissingFromTheEarlierTextIsReportedAndKept() {
        let later = [Alinea("IV. – (Non modifié)")]
        let resolution = PlaceholderResolver.resolveParts(later, earlier: Self.earlier)
        #expect(resolution.alineas == later)
        #expect(resolution.unresolved == ["part IV (non modifié) not found in the earlier text"])
    }

    @Test func aWholeArticleNonModifieIsCarriedFromTheLatestReadingThatWroteItOut() throws {
        let texts = ["Le premier alinéa.", "Le second alinéa."]
        let readings = [
            Reading(id: "A", articles: [Article(label: "1er", alineas: texts.map { Alinea($0) })]),
            Reading(id: "B", articles: [Article(label: "1er", status: .nonModifie)]),
            Reading(
                id: "C", articles: [Article(label: "Article 1er", status: .conforme, alineas: [Alinea("(Conforme)")])]),
        ]
        let lineage = DossierLineage(readings: readings)
        let history = try #require(lineage.histories.first)
        #expect(lineage.histories.count == 1)
        #expect(history.steps.map(\.status) == [.none, .nonModifie, .conforme])
        #expect(history.steps.map(\.carried) == [false, true, true])
        #expect(history.steps[2].alineas.map(\.text) == texts)
        #expect(history.steps[2].carriedFrom == "A")
        #expect(history.steps[2].carriedAlineas == [0, 1])
        #expect(history.links.prefix(2).map(\.how) == [.placeholder, .placeholder])
        #expect(lineage.diagnostics.isEmpty)
    }

    @Test func anArticleMarkedUnchangedThatNamesItsPartsIsResolvedPartByPart() throws {
        // As the Assemblée prints it in nouvelle lecture: "Article 3 bis (Non modifié)" over parts.
        let readings = [
            Reading(id: "A", articles: [Article(label: "3 bis", alineas: Self.earlier)]),
            Reading(
                id: "B",
                articles: [
                    Article(
                        label: "3 bis", status: .nonModifie,
                        alineas: [
                            Alinea("I et II. – (Non modifiés)"), Alinea("III. – (Supprimé)"),
                        ])
                ]),
        ]
        let lineage = DossierLineage(readings: readings)
        let step = try #require(lineage.histories.first?.steps.last)
        #expect(step.status == .nonModifie)
        #expect(step.carried == false)
        #expect(step.alineas.map(\.text) == Self.earlier[0...4].map(\.text) + ["III. – (Supprimé)"])
        #expect(step.carriedAlineas == [0, 1, 2, 3, 4])
        #expect(lineage.diagnostics.isEmpty)
    }

    @Test func aPrintedTextMarkedUnchangedIsKeptAndADifferenceIsReported() throws {
        let first = [Alinea("L’article L. 632-12 du code rural est complété par un alinéa.")]
        let printed = [Alinea("L’article L. 632-12 du même code est complété par un alinéa.")]
        let readings = [
            Reading(id: "A", articles: [Article(label: "7 bis", alineas: first)]),
            Reading(id: "B", articles: [Article(label: "7 bis", status: .nonModifie, alineas: printed)]),
            Reading(id: "C", articles: [Article(label: "7 bis", status: .conforme, alineas: printed)]),
        ]
        let lineage = DossierLineage(readings: readings)
        let history = try #require(lineage.histories.first)
        #expect(history.steps.map(\.carried) == [false, false, true])
        #expect(history.steps[1].alineas == printed)
        #expect(history.steps[2].carriedFrom == "B")
        #expect(history.links.map(\.how) == [.label, .placeholder, .sequence])
        #expect(
            lineage.diagnostics.map(\.message) == [
                "marked non modifié, but its text differs from A in 1 alinéa(s): a reading between them is missing, or the source is inconsistent"
            ])
    }

    @Test func aPartialPlaceholderInADossierIsResolvedAgainstThePreviousText() throws {
        let readings = [
            Reading(id: "A", articles: [Article(label: "2", alineas: Self.earlier)]),
            Reading(
                id: "B",
                articles: [
                    Article(
                        label: "2",
                        alineas: [Alinea("I. – (Non modifié)"), Alinea("II. – Le code forestier est abrogé.")])
                ]),
            Reading(id: "C", articles: [Article(label: "2", alineas: [Alinea("I et II. – (Non modifiés)")])]),
        ]
        let history = try #require(DossierLineage(readings: readings).histories.first)
        #expect(history.steps[1].carried == false)
        #expect(history.steps[1].carriedFrom == "A")
        #expect(history.steps[1].carriedAlineas == [0, 1, 2, 3])
        #expect(history.steps[2].alineas.last?.text == "II. – Le code forestier est abrogé.")
        #expect(history.steps[2].carriedFrom == "B")
        #expect(history.steps[2].alineas.count == 5)
    }
}
