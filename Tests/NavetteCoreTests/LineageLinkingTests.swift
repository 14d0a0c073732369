import NavetteCore
import Testing

/// Small readings written in code: each rule of linking and numbering on its own.
@Suite struct LineageLinkingTests {
    /// Distinct texts long enough for similarity to mean something.
    static let texts = [
        "Le titre II du livre III du code rural et de la pêche maritime est complété par un chapitre relatif aux contrats de vente.",
        "Après l’article L. 611-4 du même code, il est inséré un article relatif à l’observatoire de la formation des prix et des marges.",
        "Le Gouvernement remet au Parlement, avant le 31 décembre 2011, un rapport sur la situation des agriculteurs en difficulté.",
        "L’article 793 du code général des impôts est complété par un alinéa relatif à la transmission des biens ruraux loués par bail.",
    ]

    static func article(_ label: String, _ text: Int, flags: Set<ArticleFlag> = [], status: ArticleStatus = .none)
        -> Article
    {
        Article(label: label, flags: flags, status: status, alineas: status == .supprime ? [] : [Alinea(texts[text])])
    }

    @Test func insertedArticlesStartHistoriesAndTheFinalNumberingFollowsThePrintedOrder() throws {
        let readings = [
            Reading(id: "R1", articles: [Self.article("1er", 0), Self.article("2", 1), Self.article("3", 2)]),
            Reading(
                id: "R2",
                articles: [
                    Self.article("1er", 0), Self.article("2", 1, status: .supprime),
                    Self.article("2 bis", 3, flags: [.nouveau]),
                    Self.article("3", 2),
                ]),
        ]
        let lineage = DossierLineage(readings: readings)
        #expect(lineage.histories.map(\.id) == ["1er@R1", "2@R1", "2 bis@R2", "3@R1"])
        #expect(lineage.histories.map(\.final) == ["1er", nil, "2", "3"])
        let inserted = try #require(lineage.history(forLabel: "2 bis"))
        #expect(inserted.steps.map(\.status) == [.absent, .nouveau])
        #expect(inserted.links.map(\.how) == [.sequence])
        #expect(lineage.history(forLabel: "2", in: "R2")?.steps.map(\.status) == [.none, .supprime])
        #expect(lineage.diagnostics.isEmpty)
    }

    @Test func lookupPrefersTheFinalNumberThenTheLatestReading() {
        let readings = [
            Reading(id: "R1", articles: [Self.article("1er", 0), Self.article("2", 1)]),
            Reading(id: "R2", articles: [Self.article("1er", 0, status: .supprime), Self.article("2", 1)]),
        ]
        let lineage = DossierLineage(readings: readings)
        // Article 2 of the navette is the law's article unique; `1er` names the deleted one.
        #expect(lineage.history(forLabel: "unique")?.id == "2@R1")
        #expect(lineage.history(forLabel: "Article 1er")?.id == "1er@R1")
        #expect(lineage.history(forLabel: "2", in: "final") == nil)
        #expect(lineage.history(forLabel: "2", in: "R9") == nil)
    }

    @Test func finalNumberingCountsOnlyNumberedArticles() {
        let reading = Reading(
            id: "R1",
            articles: [
                Self.article("liminaire", 0), Self.article("1er", 1), Self.article("1er bis", 2), Self.article("2", 3),
            ])
        #expect(DossierLineage(readings: [reading]).histories.map(\.final) == ["liminaire", "1er", "2", "3"])
    }

    @Test func aDeletedArticleReinsertedUnderItsLabelResumesItsHistory() throws {
        let readings = [
            Reading(id: "R1", articles: [Self.article("7", 0)]),
            Reading(id: "R2", articles: [Self.article("7", 0, status: .supprime)]),
            Reading(id: "R3", articles: [Self.article("8", 1)]),
            Reading(id: "R4", articles: [Self.article("7", 0), Self.article("8", 1)]),
        ]
        let lineage = DossierLineage(readings: readings)
        #expect(lineage.histories.count == 2)
        let seven = try #require(lineage.history(forLabel: "7", in: "R1"))
        #expect(seven.steps.map(\.status) == [.none, .supprime, .absent, .none])
        #expect(seven.links.first { $0.to == "R4" }?.from == "R2")
        #expect(seven.final == "1er")
        #expect(lineage.diagnostics.isEmpty)
    }

    @Test func aReadingWithoutArticlesIsAbsentForEveryHistoryWithoutBreakingIt() throws {
        let readings = [
            Reading(id: "R1", articles: [Self.article("1er", 0), Self.article("2", 1)]),
            Reading(id: "failed"),
            Reading(id: "R3", articles: [Self.article("1er", 0), Self.article("2", 1)]),
        ]
        let lineage = DossierLineage(readings: readings)
        #expect(lineage.histories.count == 2)
        for history in lineage.histories {
            #expect(history.steps.map(\.status) == [.none, .absent, .none])
            #expect(history.links.first?.from == "R1")
            #expect(history.links.first?.to == "R3")
        }
        #expect(lineage.diagnostics.isEmpty)
    }

    @Test func aShiftOfLabelsIsFollowedByContentAsSimilarityLinks() throws {
        let readings = [
            Reading(id: "R1", articles: [Self.article("5", 0), Self.article("6", 1), Self.article("7", 2)]),
            Reading(id: "R2", articles: [Self.article("5", 0), Self.article("7", 1), Self.article("8", 2)]),
        ]
        let lineage = DossierLineage(readings: readings)
        #expect(lineage.histories.map(\.id) == ["5@R1", "6@R1", "7@R1"])
        #expect(lineage.histories.map(\.labels) == [["5"], ["6", "7"], ["7", "8"]])
        let moved = try #require(lineage.history(forLabel: "6", in: "R1"))
        #expect(moved.links.first?.how == .similarity)
        #expect(moved.links.first?.confidence == 1)
        #expect(lineage.diagnostics.filter { $0.message.hasPrefix("renumbered") }.count == 2)
        // The new label 7 finds the history that was 6; the label 7 of R1 finds the one that is 8.
        #expect(lineage.history(forLabel: "7", in: "R2")?.id == "6@R1")
        #expect(lineage.history(forLabel: "7", in: "R1")?.id == "7@R1")
    }

    @Test func aRewrittenArticleKeepsItsLabelWithALowConfidenceDiagnostic() throws {
        let readings = [
            Reading(id: "R1", articles: [Self.article("4", 0)]),
            Reading(id: "R2", articles: [Self.article("4", 3)]),
        ]
        let lineage = DossierLineage(readings: readings)
        let link = try #require(lineage.histories.first?.links.first)
        #expect(lineage.histories.count == 1)
        #expect(link.how == .label)
        #expect(link.confidence < DossierLineage.lowConfidence)
        #expect(lineage.diagnostics.map(\.article) == ["4"])
        #expect(lineage.diagnostics.first?.message.hasPrefix("kept its label, but its text shares only") == true)
    }

    @Test func vanishingWithoutSupprimeAndDuplicateLabelsAreDiagnosed() {
        let readings = [
            Reading(id: "R1", articles: [Self.article("1er", 0), Self.article("2", 1), Self.article("2", 2)]),
            Reading(id: "R2", articles: [Self.article("1er", 0)]),
        ]
        let lineage = DossierLineage(readings: readings)
        #expect(lineage.histories.count == 3)
        #expect(lineage.diagnostics.map(\.severity) == [.warning, .note, .note])
        #expect(lineage.diagnostics.map(\.source) == ["R1", "R2", "R2"])
        #expect(lineage.diagnostics[1].message.contains("not marked (Supprimé)"))
    }

    @Test func theConcordanceTableIsCheckedNotUsed() {
        let readings = [
            Reading(id: "R1", articles: [Self.article("1er", 0), Self.article("2", 1), Self.article("3", 2)]),
            Reading(
                id: "R2",
                articles: [
                    Self.article("1er", 0), Self.article("2", 1, status: .supprime),
                    Self.article("2 bis", 3, flags: [.nouveau]),
                    Self.article("3", 2),
                ]),
        ]
        let table = ["1": "1er", "2 bis": "2", "3": "4", "2": "supprimé", "9": "5"]
        let lineage = DossierLineage(readings: readings, concordance: table)
        #expect(lineage.history(forLabel: "3", in: "R2")?.final == "3")
        let check = lineage.concordanceCheck
        #expect(check?.entries == 5)
        #expect(check?.agreed == 3)
        #expect(check?.rate == 0.6)
        #expect(check?.disagreements.map(\.label) == ["3", "9"])
        #expect(check?.disagreements.map(\.computed) == ["3", "absent"])
        let three = lineage.history(forLabel: "3", in: "R1")
        #expect(three?.links.last?.how == .sequence)
        #expect(three?.links.last?.confidence == 0.5)
        #expect(lineage.history(forLabel: "2 bis")?.links.map(\.how) == [.sequence, .concordance])
        #expect(lineage.diagnostics.filter { $0.severity == .warning }.count == 2)
    }
}
