import Foundation
import NavetteCore
import NavetteFormats
import NavetteReport
import Testing

/// Document text is data: an amendment and an alinéa holding markup come out escaped in every format,
/// and a `javascript:` address is never linked.
@Suite struct ReportEscapingTests {
    static let hostile = #"<script>alert("x")</script> & 'quoted' <img src=x onerror=alert(1)>"#

    static func report() throws -> Report {
        let old = Article(label: "1", alineas: [Alinea("Le délai est fixé au 30 juin 2025.")])
        let new = Article(label: "1", alineas: [Alinea("Le délai est fixé au " + hostile + ".")])
        let dossier = Dossier(
            id: "test<b>", title: "Loi <i>test</i> & \"essai\"",
            readings: [
                Reading(id: "r1", chamber: .senat, stage: "1ère lecture", date: "2023-01-01", articles: [old]),
                Reading(id: "r2", chamber: .assemblee, stage: "1ère lecture", date: "2023-02-01", articles: [new]),
            ], urls: ["javascript:alert(2)"])
        var target = AmendmentTarget(label: "Article 1")
        target.alinea = 1
        let amendments = [
            Amendment(
                number: "<script>1</script>", authors: [hostile], group: "A & B \"q\"", target: target, fate: .rejete,
                url: "javascript:alert(3)"),
            Amendment(
                number: "2", authors: ["<img src=y onerror=alert(4)>"], target: AmendmentTarget(label: "Article 1"),
                fate: .adopte),
        ]
        let motion = Motion(
            body: "<b>Conseil</b>", title: hostile,
            demands: [Demand(kind: .withdrawArticle, text: hostile, addressee: hostile, article: "1")])
        let bill = MotionLinker.Bill(
            article: FollowedArticle(label: "1"), amendments: [], endDates: [], survives: true, decisions: [])
        let input = ReportInput(
            dossier: dossier, kind: .lafabrique,
            examined: [
                "r2": StepAmendments(amendments: amendments, filedOn: "r1", complete: true, summaries: ["2": hostile])
            ],
            scorecards: [MotionLinker.scorecard(for: motion, bill: bill)],
            sources: [SourceFile(path: "<script>.json", role: "text", sha256: "00", bytes: 1, snapshot: nil)],
            generated: "2026-01-01T00:00:00Z", tool: "navette test")
        return try ReportBuilder.build(input)
    }

    @Test func htmlHoldsNoMarkupFromDocuments() throws {
        let report = try Self.report()
        #expect(report.articles.count == 1)
        for file in try ReportRenderer.files(report, format: .html) {
            let html = file.contents
            // Parsed as a browser would: no element from the documents' text.
            let tree = try NavetteFormats.XMLParser.parseHTML(Array(html.utf8), file: file.name)
            #expect(tree.descendants("script").isEmpty, "\(file.name)")
            #expect(tree.descendants("img").isEmpty, "\(file.name)")
            #expect(
                tree.descendants("b").isEmpty && tree.descendants("i").filter { $0.text.contains("test") }.isEmpty,
                "\(file.name)")
            // A `javascript:` address may be printed, never linked.
            for link in tree.descendants("a") {
                let href = link["href"] ?? ""
                #expect(
                    href.hasPrefix("http") || href.hasPrefix("#") || href.hasSuffix(".html"), "\(file.name): \(href)")
            }
            #expect(!html.lowercased().contains("<script"), "\(file.name)")
            #expect(
                html.contains(
                    "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &lt;img src=x onerror=alert(1)&gt;"
                ), "\(file.name)")
        }
        let page = try #require(try ReportRenderer.files(report, format: .html).first { $0.name.hasPrefix("article-") })
            .contents
        #expect(page.contains("<strong>n°\u{A0}&lt;script&gt;1&lt;/script&gt;</strong>"))
        #expect(page.contains("A &amp; B &quot;q&quot;"))
    }

    @Test func markdownHoldsNoMarkupFromDocuments() throws {
        for file in try ReportRenderer.files(try Self.report(), format: .markdown) {
            #expect(!file.contents.lowercased().contains("<script"), "\(file.name)")
            #expect(!file.contents.contains("<img"), "\(file.name)")
            #expect(!file.contents.contains("<b>"), "\(file.name)")
            #expect(!file.contents.contains("<javascript:") && !file.contents.contains("(javascript:"), "\(file.name)")
            #expect(file.contents.contains("&lt;script&gt;"), "\(file.name)")
        }
    }

    /// JSON carries the text as it is (the encoder escapes it for JSON): a reader gets the original back.
    @Test func jsonKeepsTheOriginalText() throws {
        let report = try Self.report()
        let json = try #require(try ReportRenderer.files(report, format: .json).first).contents
        let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        #expect(decoded == report)
        let inserted = decoded.articles[0].steps[1].alineas[0].ops.filter { $0.op == .insert }.map(\.text).joined()
        #expect(inserted.contains(Self.hostile))
        #expect(
            decoded.articles[0].amendments.contains {
                $0.number == "<script>1</script>" && $0.authors == [Self.hostile]
            })
    }
}
