import Foundation
import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// PLFSS 2026: the deposited text n° 1907 and its 4,464 amendments, read once for every test here.
enum PLFSS2026 {
    static let zip = "an-amendements-l17/PRJLANR5L17B1907-amendements.zip"
    static let text = "formats/current/an-opendata-html/PRJLANR5L17B1907_pjl-type1_defaut_AN.html"

    /// The whole archive as one file (`AmendmentLoader.read(paths:)`), or why it could not be read.
    static let amendments = Result<AmendmentFile, Error> {
        let files = try AmendmentLoader.read(paths: [Corpus.path(zip)])
        guard files.count == 1 else { throw ReadError(file: zip, "\(files.count) files, expected 1") }
        return files[0]
    }

    static let reading = Result<Reading, Error> { try DocumentLoader.readReading(path: Corpus.path(text)) }
}

/// Every amendment placed on the deposited text, and the figures of
/// `navette amendments ZIP --against TEXT --summary`.
@Suite struct PLFSS2026PlacementTests {
    static func summary() throws -> PlacementSummary {
        var summary = PlacementSummary(text: try PLFSS2026.reading.get().articles)
        for amendment in try PLFSS2026.amendments.get().amendments { summary.add(amendment) }
        return summary
    }

    @Test func knownAmendmentsArePlaced() throws {
        let index = ArticleIndex(try PLFSS2026.reading.get().articles)
        let amendments = try PLFSS2026.amendments.get().amendments
        func placement(_ number: String) throws -> AmendmentPlacement {
            let amendment = try #require(amendments.first { $0.number == number })
            return AmendmentPlacement.place(amendment, in: index)
        }
        #expect(try placement("AS13") == .alinea(article: "28", alinea: 22))
        #expect(try placement("AS27") == .article("38"))
        #expect(try placement("5") == .notPlaceable(.additionalArticle(position: .after, article: "11", present: true)))
        #expect(try placement("AS1526") == .notPlaceable(.alineaBeyondArticle(article: "7", alinea: 9, count: 6)))
        let onAnnex = try #require(amendments.first { $0.target.kind == .annex })
        #expect(onAnnex.target.article?.key == "17")
        let later = try #require(amendments.first { $0.target.label == "Article 45 bis" && $0.target.position == .on })
        #expect(AmendmentPlacement.place(later, in: index) == .notPlaceable(.articleNotInText("45 bis")))
    }

    /// AS1259 (adopted in committee): « À l'alinéa 30, substituer au taux : « 40 % » le taux : « 30 % ». »
    @Test func amendmentAS1259AppliesToAlinea30OfArticle8() throws {
        let article = try #require(try PLFSS2026.reading.get().articles.first { $0.label == "8" })
        #expect(article.alineas.count == 37)
        #expect(
            article.alineas[29].text
                == "«\u{A0}4° A 40\u{A0}% pour les indemnités mentionnées au b du 3° du I de l’article L.\u{A0}137‑15.\u{A0}»"
        )
        let amendment = try #require(try PLFSS2026.amendments.get().amendments.first { $0.number == "AS1259" })
        #expect(amendment.fate == .adopte)
        #expect(AmendmentPlacement.place(amendment, in: ArticleIndex([article])) == .alinea(article: "8", alinea: 30))
        var editor = ArticleEditor(alineas: article.alineas.map(\.text))
        let results = editor.apply(DispositifParser.parse(amendment.dispositif).edits)
        #expect(results.count == 1 && results.allSatisfy { $0.outcome == .applied })
        #expect(editor.texts[29].hasPrefix("«\u{A0}4° A 30\u{A0}% pour les indemnités"))
    }

    /// Placement depends on the readers only: exact. What the instruction parser understands and
    /// applies may grow: lower bounds, the figures of the day in the comments.
    @Test func theFigures() throws {
        let summary = try Self.summary()
        #expect(summary.read == 4464)
        #expect(summary.onAlinea == 1288)
        #expect(summary.onArticle == 350)
        #expect(
            summary.notPlaceable == [
                "additional article": 2655, "annex": 89, "article not in the text": 77, "division or title": 3,
                "alinéa beyond the article": 2,
            ])
        #expect(summary.articlesNotInText == ["45 bis": 76, "7 quater": 1])
        #expect(summary.subAmendments == 144)
        #expect(summary.withDispositif == 2812)
        #expect(summary.applicable == 1340)
        #expect(summary.adopted == 555)
        #expect(summary.adoptedApplicable == 333)
        #expect(summary.understood >= 1467)  // 1467 of 2812
        #expect(summary.applicableUnderstood >= 1323)  // 1323 of 1340
        #expect(summary.applied.clean >= 1274)  // 1274 of 1340
        #expect(summary.adoptedApplied.clean >= 323)  // 323 of 333
    }
}
