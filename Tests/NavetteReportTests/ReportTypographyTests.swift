import Foundation
import NavetteCore
import NavetteFormats
import NavetteReport
import TestSupport
import Testing

/// The report marks no difference of typography by default (redline, side-by-side, comparative table),
/// and marks them all with `typography: true`; JSON keeps them either way.
@Suite struct ReportTypographyTests {
    static func input(_ path: String, mirror: String?) throws -> ReportInput {
        let material = try DossierMaterialReader.read(path: path, mirror: mirror)
        return ReportInput(
            material, articles: [], generated: "2026-01-01T00:00:00Z", tool: "navette \(NavetteVersion.current)")
    }

    static func count(_ needle: String, in files: [ReportRenderer.File]) -> Int {
        files.reduce(0) { $0 + $1.contents.components(separatedBy: needle).count - 1 }
    }

    /// pjl09-200, every article: two steps changed in typography only (article 7 bis A: `L.641-6`
    /// became `L. 641-6`), and typography inside changed alinéas (articles 9, 12, 14, 15…).
    @Test func pjl09FoldedByDefault() throws {
        let input = try Self.input(Corpus.path("lafabrique/pjl09-200"), mirror: nil)
        let report = try ReportBuilder.build(input)
        let folded = try ReportRenderer.files(report, format: .html)
        let marked = try ReportRenderer.files(report, format: .html, typography: true)
        #expect(Self.count("class=\"typo\"", in: folded) == 0)
        #expect(Self.count("(typography)", in: folded) == 0)
        #expect(Self.count("class=\"typo\"", in: marked) == 26)
        #expect(Self.count("(typography)", in: marked) == 12)
        // The steps changed in typography only are summarised as runs, and still say what they were.
        #expect(Self.count("Changed in typography only since", in: folded) == 2)
        #expect(
            Self.count("in typography only)</p>", in: folded) == Self.count("in typography only)</p>", in: marked) + 2)
        let json = try ReportRenderer.files(report, format: .json)
        #expect(try ReportRenderer.files(report, format: .json, typography: true) == json)
        #expect(Self.count("\"typographic\" : true", in: json) > 0)
    }

    /// The Olympics manifest (excerpts): nothing marked either.
    @Test func olympicsFoldedByDefault() throws {
        let input = try Self.input(Corpus.packageRoot + "/corpus/jo2024", mirror: Corpus.root)
        let files = try ReportRenderer.files(try ReportBuilder.build(input), format: .html)
        #expect(files.count >= 2)
        #expect(Self.count("class=\"typo\"", in: files) == 0)
        #expect(Self.count("(typography)", in: files) == 0)
    }
}
