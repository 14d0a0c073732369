import Foundation
import NavetteCore
import NavetteFormats
import NavetteReport
import TestSupport
import Testing

/// The report's model on the real dossiers, checked against the files (La Fabrique's texts and
/// amendment lists for pjl09-200; the Olympics manifest and its excerpts).
@Suite struct ReportBuilderTests {
    static func report(_ path: String, mirror: String? = nil, articles: [String]) throws -> Report {
        let material = try DossierMaterialReader.read(path: path, mirror: mirror)
        let input = ReportInput(
            material, articles: articles, generated: "2026-01-01T00:00:00Z", tool: "navette \(NavetteVersion.current)")
        return try ReportBuilder.build(input)
    }

    /// Navette article 10 of pjl09-200 (article 27 of the law): 1 alinéa in the Sénat's bill, 3 in its
    /// commission text (two inserted), 1 again after the séance, whose list holds 14 amendments on
    /// article 10 (n° 659 and 680 adopted).
    @Test func lafabriqueArticleTenThroughNineReadings() throws {
        let report = try Self.report(Corpus.path("lafabrique/pjl09-200"), articles: ["27"])
        let article = try #require(report.articles.first)
        #expect(article.labels == ["10"])
        #expect(article.final == "27" && article.finalBasis == .computed)
        #expect(article.page == "article-10")
        #expect(
            article.steps.map(\.change) == [
                .first, .changed, .changed, .unchanged, .changed, .unchanged, .changed, .unchanged, .unchanged,
            ])
        let commission = article.steps[1]
        #expect(commission.alineas.map(\.kind) == [.changed, .inserted, .inserted])
        #expect(commission.changes.map(\.what).suffix(2) == ["alinéa inserted", "alinéa inserted"])
        #expect(commission.assessment == "No amendment of this step is held: its changes are not assessed.")
        #expect(commission.changes.allSatisfy { $0.verdict == .notAssessed })
        let seance = article.steps[2]
        #expect(seance.comparedWith == "01_1erelecture_senat_commission")
        #expect(seance.alineas.map(\.kind) == [.changed, .deleted, .deleted])
        #expect(seance.examined?.amendments.count == 14)
        #expect(seance.examined?.complete == true)
        // La Fabrique gives no dispositif: the two adopted amendments are candidates for every change of
        // the step, not attributions.
        #expect(
            seance.changes.allSatisfy {
                $0.verdict == .notAssessed
                    && $0.candidates == ["02_1erelecture_senat_hemicycle#659", "02_1erelecture_senat_hemicycle#680"]
            })
        #expect(seance.adoptedUnmatched.isEmpty)
        #expect(seance.tried.count == 1 && seance.tried[0].alinea == nil && seance.tried[0].amendments.count == 12)
        let adopted = try #require(article.amendment("02_1erelecture_senat_hemicycle#659"))
        #expect(
            adopted.fate == .adopte && adopted.filedOn == "01_1erelecture_senat_commission"
                && adopted.date == "2010-05-18")
        // The AN séance examined 7 amendments on it, none adopted; the text did not change.
        #expect(article.steps[5].examined?.amendments.count == 7 && article.steps[5].tried.first?.amendments.count == 7)
        // Every change anchored once, and each anchor is in the text it notes.
        let anchors = article.steps.flatMap { $0.changes.map(\.anchor) }
        #expect(anchors.count == 13 && Set(anchors).count == 13)
    }

    @Test func comparativeTableAlignsInsertedAlineas() throws {
        let article = try #require(
            try Self.report(Corpus.path("lafabrique/pjl09-200"), articles: ["27"]).articles.first)
        let table = article.table
        #expect(table.columns.count == 9)
        #expect(
            table.rows.map { $0.cells.map(\.state) } == [
                [.text, .changed, .changed, .same, .changed, .same, .changed, .same, .same],
                [.none, .inserted, .deleted, .none, .none, .none, .none, .none, .none],
                [.none, .inserted, .deleted, .none, .none, .none, .none, .none, .none],
            ])
        // A cell points at its alinéa in its step.
        let cell = table.rows[1].cells[1]
        #expect(cell.alinea == 2 && article.steps[1].alineas[cell.entry!].newNumber == 2)
    }

    /// An article inserted along the way: absent before, then the insertion is one change, with the
    /// adopted amendment of that step that adds an article at that place named as a candidate.
    @Test func insertedArticleNamesItsCandidate() throws {
        let article = try #require(
            try Self.report(Corpus.path("lafabrique/pjl09-200"), articles: ["1er bis A"]).articles.first)
        #expect(article.steps.prefix(5).allSatisfy { $0.change == .absent })
        let inserted = article.steps[5]
        #expect(inserted.change == .inserted)
        #expect(inserted.changes.count == 1 && inserted.changes[0].what == "article inserted")
        #expect(inserted.changes[0].verdict == .notAssessed)
        #expect(inserted.changes[0].candidates == ["05_1erelecture_assemblee_hemicycle#68"])
        #expect(inserted.changes[0].note == "adopted in this step, inserting an article at this place")
        #expect(article.amendment("05_1erelecture_assemblee_hemicycle#68")?.target == "Après l'article 1er")
    }

    /// The Olympics bill, article 7: only the AN commission text (n° 939) is held, as an excerpt; the
    /// other readings say so; the amendments the manifest records sit in the step that examined them.
    @Test func olympicsArticleSevenFromTheManifest() throws {
        let report = try Self.report(Corpus.packageRoot + "/corpus/jo2024", mirror: Corpus.root, articles: ["7"])
        #expect(report.readings.count == 12)
        #expect(
            report.summary.readingsExcerpt == [
                "senat-220", "senat-249", "an-939", "cmp-497", "cc-2023-850", "loi-2023-380",
            ])
        #expect(
            report.summary.readingsMissing == ["senat-ta44", "an-809", "an-ta96", "senat-458", "an-cmp", "senat-cmp"])
        let article = try #require(report.articles.first)
        #expect(article.final == "10" && article.finalBasis == .manifest)
        #expect(article.steps.map(\.change).filter { $0 != .notHeld } == [.first])
        let commission = try #require(article.steps.first { $0.reading == "an-939" })
        #expect(commission.alineas.count == 2)
        #expect(commission.examined?.filedOn == "an-809" && commission.examined?.complete == false)
        let seance = try #require(article.steps.first { $0.reading == "an-ta96" })
        #expect(seance.change == .notHeld)
        #expect(seance.examined?.amendments.count == 9)
        #expect(seance.tried.map(\.alinea) == [1, 34, nil])
        #expect(seance.tried[0].amendments == ["an-ta96#150", "an-ta96#406", "an-ta96#506", "an-ta96#643"])
        #expect(article.amendment("an-ta96#150")?.fate == .rejete)
        #expect(article.amendment("an-ta96#150")?.date == "2023-03-15")
        #expect(article.amendment("an-ta96#27")?.fate == .unknown)
        // The Paris 15e vœu's demand to withdraw article 7 targets this article.
        #expect(article.motions == [MotionRef(motion: 0, demands: [0])])
        #expect(report.motions[0].motion.outcome == "rejeté" && report.motions[0].motion.date == "2023-03-06")
        #expect(report.motions[0].demands[0].amendments.map(\.number) == ["27", "585"])
        // Not held is never shown as absent.
        #expect(article.table.rows.count == 2)
        #expect(article.table.rows.allSatisfy { row in row.cells.filter { $0.state == .notHeld }.count == 11 })
        #expect(!report.diagnostics.contains { $0.contains("not marked (Supprimé)") })
    }

    @Test func unknownArticleIsAnError() throws {
        #expect(throws: ReportError.self) {
            try Self.report(Corpus.path("lafabrique/pjl09-200"), articles: ["99 nonies"])
        }
    }
}
