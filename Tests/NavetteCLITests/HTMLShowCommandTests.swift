import Foundation
import TestSupport
import Testing

/// `navette show` on a real Assemblée nationale page, through the built binary.
@Suite struct HTMLShowCommandTests {
    private struct ReadingJSON: Decodable {
        struct ArticleJSON: Decodable {
            var label: String
            var status: String
            var alineas: [String]
        }
        var chamber: String
        var date: String?
        var articles: [ArticleJSON]
    }

    @Test func showsACommissionTextAsJSON() throws {
        let path = Corpus.path("texts/an/15-essoc/r1056-a0-texte-commission-nouvelle-lecture.html")
        let result = try NavetteProcess.run(["show", path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let reading = try JSONDecoder().decode(ReadingJSON.self, from: Data(result.stdout.utf8))
        #expect(reading.chamber == "assemblee")
        #expect(reading.date == "2018-06-13")
        #expect(reading.articles.count == 85)
        let deleted = try #require(reading.articles.first { $0.label == "2 bis A" })
        #expect(deleted.status == "supprimé" && deleted.alineas.isEmpty)
        #expect(
            reading.articles.first?.alineas == [
                "La stratégie nationale d’orientation de l’action publique, annexée à la présente loi, est approuvée."
            ])
    }

    @Test func aPageWithoutArticlesIsAOneLineErrorWithExitCode1() throws {
        let path = Corpus.path("texts/senat/edge-cases/pjl17-701-no-articles.html")
        let result = try NavetteProcess.run(["show", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix(
                "navette: error: \(path): no article found, expected a bill text with 'Article …' headings"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }
}
