import Foundation
import NavetteCore
import NavetteIndex
import NavetteStore
import TestSupport
import Testing

/// `navette report` with an amendment index beside the manifest: each article's page lists the
/// indexed amendments on it that the report does not hold, and the motions' demands what the index
/// adds; with `--no-index` (or no index) the report is what it was.
@Suite struct ReportIndexCommandTests {
    /// The Olympics bill's manifest without n° 585 (suppression) and n° 150 (shorter experiment), in a
    /// scratch directory whose store holds the corpus's amendments on the bill (AN and Sénat excerpts)
    /// and real PLFSS 2026 amendments (text 1907, whose article 7 is another bill's).
    static func dossier() throws -> (directory: TemporaryDirectory, manifest: String) {
        let directory = try TemporaryDirectory()
        let full = try String(contentsOfFile: DemandSearchTests.manifestPath, encoding: .utf8)
        let trimmed = full.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !$0.contains("{number: \"585\"") && !$0.contains("{number: \"150\"")
        }
        #expect(trimmed.count == full.split(separator: "\n", omittingEmptySubsequences: false).count - 2)
        let manifest = try directory.write("manifest.yaml", trimmed.joined(separator: "\n"))
        try MotionIndexCommandTests.index(directory.path + "/.navette/navette.sqlite")
        return (directory, manifest)
    }

    static func report(_ manifest: String, out: String, _ extra: [String]) throws -> [String: Any] {
        let result = try NavetteProcess.run(
            ["report", manifest, "--mirror", Corpus.root, "--out", out, "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["generated"] = nil
        return object
    }

    @Test func theArticlesPageListsTheIndexedAmendmentsTheReportDoesNotHold() throws {
        let (directory, manifest) = try Self.dossier()
        let report = try Self.report(manifest, out: directory.path + "/json", [])
        let articles = try #require(report["articles"] as? [[String: Any]])
        let article = try #require(articles.first { ($0["labels"] as? [String])?.first == "7" })
        let held = Set(((article["amendments"] as? [[String: Any]]) ?? []).compactMap { $0["number"] as? String })
        #expect(!held.contains("585") && held.contains("27"))
        let onArticle = try #require((article["indexed"] as? [String: Any])?["onArticle"] as? [String: Any])
        let found = try #require(onArticle["amendments"] as? [[String: Any]])
        // The two the manifest leaves out, from the AN's pages on text 939; none of the report's own,
        // and none of PLFSS 2026's article 7 (another bill).
        #expect(found.compactMap { $0["number"] as? String } == ["150", "585"])
        #expect(found.allSatisfy { $0["bill"] as? String == "939" && $0["chamber"] as? String == "assemblee" })
        #expect(onArticle["total"] as? Int == 2)
        #expect((onArticle["byFate"] as? [String: Int])?.values.reduce(0, +) == 2)
        #expect((found[1]["evidence"] as? String)?.contains("Supprimer cet article.") == true)
        #expect((onArticle["search"] as? String)?.contains("AN 939") == true)

        // The motion's withdrawal: 585 found on the article by the index, beside the manifest's 27.
        let motions = try #require(report["motions"] as? [[String: Any]])
        let demands = try #require(motions.first?["demands"] as? [[String: Any]])
        let tried = ((demands[0]["amendments"] as? [[String: Any]]) ?? []).compactMap { $0["number"] as? String }
        #expect(tried == ["27"])
        let indexed = try #require(demands[0]["indexed"] as? [String: Any])
        let byIndex = ((indexed["onArticle"] as? [String: Any])?["amendments"] as? [[String: Any]]) ?? []
        #expect(byIndex.compactMap { $0["number"] as? String } == ["585", "150"])

        // The HTML page and the Markdown page show the same section.
        let html = directory.path + "/html"
        #expect(try NavetteProcess.run(["report", manifest, "--mirror", Corpus.root, "--out", html]).status == 0)
        let page = try String(contentsOfFile: html + "/article-7.html", encoding: .utf8)
        #expect(page.contains("<h2 id=\"indexed-h\">In the amendment index</h2>"))
        #expect(page.contains("<strong>n° 585 — AN text 939"))
        let markdown = directory.path + "/md"
        let written = try NavetteProcess.run([
            "report", manifest, "--mirror", Corpus.root, "--out", markdown, "--format", "markdown",
        ])
        #expect(written.status == 0)
        let text = try String(contentsOfFile: markdown + "/article-7.md", encoding: .utf8)
        #expect(text.contains("\n## In the amendment index\n"))
        #expect(text.contains("  - n° 150 — AN text 939"))
    }

    @Test func withoutTheIndexTheReportIsWhatItWas() throws {
        let (directory, manifest) = try Self.dossier()
        let ignored = try Self.report(manifest, out: directory.path + "/ignored", ["--no-index"])
        #expect(!String(describing: ignored).contains("indexed"))
        // The same manifest with its store moved away: no index at all.
        try FileManager.default.moveItem(atPath: directory.path + "/.navette", toPath: directory.path + "/moved")
        let plain = try Self.report(manifest, out: directory.path + "/plain", [])
        #expect(NSDictionary(dictionary: plain).isEqual(to: ignored))
    }
}

/// A whole bill's amendments behind one article's page: PLFSS 2026 (AN text 1907), the real dump.
@Suite struct ReportIndexBoundTests {
    @Test func aPageShowsTenOfTheArticlesIndexedAmendmentsAndCountsThemAll() throws {
        let (_, index) = try DemandSearchTests.indexed.get()
        let directory = try TemporaryDirectory()
        // Facts only: the text's number and date, and the article followed.
        let manifest = try directory.write(
            "manifest.yaml",
            """
            id: plfss2026
            title: Projet de loi de financement de la sécurité sociale pour 2026
            readings:
              - {id: an-1907, chamber: assemblee, stage: 1ère lecture, step: depot, date: 2025-10-14,
                 number: AN n° 1907}
            articles:
              - label: "7"
            """)
        let out = directory.path + "/out"
        let result = try NavetteProcess.run([
            "report", manifest, "--index", index.path, "--out", out, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let article = try #require((report["articles"] as? [[String: Any]])?.first)
        let list = try #require((article["indexed"] as? [String: Any])?["onArticle"] as? [String: Any])
        let expected = try index.search(AmendmentQuery(text: "", article: "7", bill: "1907", limit: 5000))
            .filter { $0.amendment.targets(article: "7") }
        #expect(expected.count > 50)
        #expect(list["total"] as? Int == expected.count)
        #expect((list["byFate"] as? [String: Int])?.values.reduce(0, +) == expected.count)
        let shown = try #require(list["amendments"] as? [[String: Any]])
        #expect(shown.count == ArticleSearch.shown)
        #expect(shown.allSatisfy { $0["bill"] as? String == "1907" && $0["legislature"] as? String == "17" })
        // Adopted first: the suppressions of article 7 adopted in commission.
        #expect(shown.allSatisfy { $0["fate"] as? String == "adopté" })
        #expect(shown.contains { ($0["evidence"] as? String)?.contains("Supprimer cet article.") == true })
    }
}
