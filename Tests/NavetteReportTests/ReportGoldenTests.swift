import Foundation
import NavetteCore
import NavetteFormats
import NavetteReport
import TestSupport
import Testing

/// Markdown and JSON reports pinned on two small real cases. The repository holds no legal text, so
/// every piece of document text is replaced by a placeholder (`⟨t12⟩`, the same text the same
/// placeholder) before comparing: the golden files pin structure, markup, numbering, labels, counts,
/// fates, dates and hashes. Regenerate with `NAVETTE_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests`.
@Suite struct ReportGoldenTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var path: String
        var mirror: String?
        var article: String
        var description: String { name }
    }

    static let cases = [
        // Navette article 10 of the agriculture bill (article 27 of the law).
        Case(name: "pjl09-200-article-10", path: Corpus.path("lafabrique/pjl09-200"), article: "27"),
        Case(name: "jo2024-article-7", path: Corpus.packageRoot + "/corpus/jo2024", mirror: Corpus.root, article: "7"),
    ]

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        .path

    /// The report with its document text masked, and what depends on the machine (file dates, where
    /// the corpus lives) replaced by a fixed mark.
    static func masked(_ test: Case) throws -> (report: Report, texts: [String]) {
        let material = try DossierMaterialReader.read(path: test.path, mirror: test.mirror)
        let input = ReportInput(
            material, articles: [test.article], generated: "2026-01-01T00:00:00Z",
            tool: "navette \(NavetteVersion.current)")
        let report = try ReportBuilder.build(input)
        var placeholders: [String: String] = [:]
        var texts: [String] = []
        // The spaces around a run are kept: they are layout, not text.
        var masked = report.mapDocumentText { text in
            let core = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !core.isEmpty else { return text }
            let lead = text.prefix { $0.isWhitespace }
            let trail = String(text.reversed().prefix { $0.isWhitespace }.reversed())
            if placeholders[core] == nil {
                texts.append(core)
                placeholders[core] = "⟨t\(placeholders.count + 1)⟩"
            }
            return lead + placeholders[core]! + trail
        }
        for index in masked.sources.indices { masked.sources[index].snapshot = "⟨file date⟩" }
        masked.diagnostics = masked.diagnostics.map {
            $0.replacingOccurrences(of: Corpus.root + "/", with: "⟨corpus⟩/").replacingOccurrences(
                of: Corpus.packageRoot + "/", with: "⟨package⟩/")
        }
        return (masked, texts)
    }

    @Test(arguments: cases) func markdownAndJSON(_ test: Case) throws {
        let (report, texts) = try Self.masked(test)
        let markdown = try ReportRenderer.files(report, format: .markdown)
        let json = try ReportRenderer.files(report, format: .json)
        let outputs = [
            ("\(test.name).index.md", markdown[0].contents), ("\(test.name).md", markdown[1].contents),
            ("\(test.name).json", json[0].contents),
        ]
        for (name, contents) in outputs {
            // No legal text may reach the repository: no document text of some length survives masking.
            for text in texts where text.count >= 24 {
                #expect(!contents.contains(String(text.prefix(24))), "\(name) holds document text")
            }
            try Self.compare(contents, golden: name)
        }
    }

    static func compare(_ actual: String, golden name: String) throws {
        let path = golden + "/" + name
        if ProcessInfo.processInfo.environment["NAVETTE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: golden, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) })
        else {
            Issue.record(
                "golden file \(name) is missing; run NAVETTE_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests")
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(a, e)).firstIndex { $0.0 != $0.1 } ?? min(a.count, e.count)
            let written = NSTemporaryDirectory() + name
            try? actual.write(toFile: written, atomically: true, encoding: .utf8)
            Issue.record(
                "\(name) differs from its golden file at line \(line + 1):\n  expected: \(line < e.count ? e[line] : "<end>")\n  actual:   \(line < a.count ? a[line] : "<end>")\n(actual output written to \(written))"
            )
        }
    }
}
