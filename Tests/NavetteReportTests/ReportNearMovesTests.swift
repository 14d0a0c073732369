import NavetteCore
import NavetteReport
import TestSupport
import Testing

/// A sentence moved and edited shows in the report as a move with its word diff: pjl09-200, article 9,
/// Sénat commission: "Les risques agricoles … prise en charge, ainsi que les conditions" left alinéa 22
/// for a new alinéa 20 of its own, ending "sont déterminés par décret."
@Suite struct ReportNearMovesTests {
    @Test func pjl09MovedAndEditedSentence() throws {
        let input = try ReportTypographyTests.input(Corpus.path("lafabrique/pjl09-200"), mirror: nil)
        let report = try ReportBuilder.build(input)
        let article = try #require(report.articles.first { $0.page == "article-9" })
        let ops = article.steps.flatMap { $0.alineas.flatMap(\.ops) }
        let moved = try #require(
            ops.first { $0.op == .insert && $0.move != nil && $0.text.contains("risques agricoles pour lesquels") })
        let edits = try #require(moved.edits)
        #expect(moved.move != nil)
        #expect(edits.filter { $0.op != .delete }.map(\.text).joined() == moved.text)
        #expect(edits.filter { $0.op == .delete }.map(\.text) == [", ainsi que les conditions "])
        #expect(ops.contains { $0.op == .delete && $0.move == moved.move && $0.text.hasPrefix("risques agricoles") })

        let files = try ReportRenderer.files(report, format: .html)
        let page = try #require(files.first { $0.name == "article-9.html" }).contents
        let redline =
            "prise en charge <del>, ainsi que les conditions</del> <ins>sont déterminés par décret.</ins></ins>"
        // The inline redline and the comparative table show what the sentence lost and gained on its way;
        // the side-by-side view's later text only what it gained.
        #expect(page.components(separatedBy: redline + " (↶ moved here, 1)").count - 1 == 2)
        #expect(page.contains("prise en charge <ins>sont déterminés par décret.</ins></ins> (↶ moved here, 1)"))
    }
}
