import Foundation
import TestSupport
import Testing

/// `navette report` as a user runs it: the files it writes, the summary it prints, its errors.
@Suite struct ReportCommandTests {
    static let dossier = Corpus.path("lafabrique/pjl09-200")
    static let manifest = Corpus.packageRoot + "/corpus/jo2024"

    static func files(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    /// The whole agriculture bill: an index and one page per article (112), and a summary that says
    /// what was read.
    @Test func wholeLaFabriqueDossier() throws {
        let out = try TemporaryDirectory()
        let result = try NavetteProcess.run(["report", Self.dossier, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("readings: 9 in full, 0 as excerpts, 0 not held"))
        #expect(result.stdout.contains("articles followed: 112"))
        #expect(result.stdout.contains("amendments: 1926 read"))
        #expect(result.stdout.contains("wrote 113 html files to \(out.path)/"))
        let files = try Self.files(out.path)
        #expect(files.count == 113 && files.contains("index.html") && files.contains("article-1er.html"))
        #expect(!files.contains { $0.hasPrefix(".") }, "temporary files left: \(files)")
        let index = try String(contentsOfFile: out.path + "/index.html", encoding: .utf8)
        for page in files where page.hasPrefix("article-") { #expect(index.contains("href=\"\(page)\""), "\(page)") }
    }

    /// The Olympics bill, article 7, in Markdown: the summary names the readings whose text is not held.
    @Test func olympicsManifestInMarkdown() throws {
        let out = try TemporaryDirectory()
        let result = try NavetteProcess.run([
            "report", Self.manifest, "--mirror", Corpus.root, "--article", "7", "--format", "markdown", "--out",
            out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "readings: 0 in full, 6 as excerpts, 6 not held (senat-ta44, an-809, an-ta96, senat-458, an-cmp, senat-cmp)"
            ))
        #expect(result.stdout.contains("amendments: 13 read; on these articles: 5 rejeté, 8 unknown"))
        #expect(result.stdout.contains("motions: 1 (4 demands)"))
        #expect(try Self.files(out.path) == ["article-7.md", "index.md"])
        let page = try String(contentsOfFile: out.path + "/article-7.md", encoding: .utf8)
        #expect(page.hasPrefix("# Article 7 → 10\n"))
        #expect(page.contains("n°\u{A0}150 — Roger Vicot (Socialistes et apparentés) — **rejeté** — 2023-03-15"))
        #expect(page.contains("#### Demand 1: withdraw an article"))
    }

    @Test func jsonIsOneFile() throws {
        let out = try TemporaryDirectory()
        let result = try NavetteProcess.run([
            "report", Self.dossier, "--article", "1er bis", "--format", "json", "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.files(out.path) == ["report.json"])
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out.path + "/report.json")))
            as! [String: Any]
        #expect(json["format"] as? String == "navette-report/1")
        let articles = json["articles"] as! [[String: Any]]
        #expect(
            articles.count == 1 && (articles[0]["labels"] as? [String]) == ["1er bis"]
                && articles[0]["final"] as? String == "3")
    }

    @Test func helpNamesTheDefaultDirectory() throws {
        let result = try NavetteProcess.run(["report", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("navette-report/ in the current directory"))
    }

    @Test func unknownArticleIsOneLine() throws {
        let out = try TemporaryDirectory()
        let result = try NavetteProcess.run(["report", Self.dossier, "--article", "99 nonies", "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr == "navette: error: no article '99 nonies' in any reading of dossier pjl09-200\n")
        #expect(try Self.files(out.path).isEmpty)
    }

    @Test func notADossier() throws {
        let result = try NavetteProcess.run(["report", Corpus.path("motions")])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasSuffix(
                "not a dossier, expected a La Fabrique directory (viz/procedure.json) or a manifest (manifest.yaml)\n"))
    }

    /// Files are written whole or not at all: when one cannot be put in place (here the article's page
    /// name is taken by a directory), none of the others is, and no temporary file stays behind.
    @Test func failureLeavesNothingHalfWritten() throws {
        let out = try TemporaryDirectory()
        try FileManager.default.createDirectory(
            atPath: out.path + "/article-7.html/keep", withIntermediateDirectories: true)
        let result = try NavetteProcess.run(["report", Self.manifest, "--mirror", Corpus.root, "--out", out.path])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "navette: error: \(out.path)/article-7.html: cannot be put in place, a directory has that name\n")
        #expect(try Self.files(out.path) == ["article-7.html"])
    }

    @Test func outMustBeADirectory() throws {
        let out = try TemporaryDirectory()
        let file = try out.write("taken", "x")
        let result = try NavetteProcess.run(["report", Self.manifest, "--mirror", Corpus.root, "--out", file])
        #expect(result.status == 1)
        #expect(result.stderr == "navette: error: \(file): is a file; --out names a directory\n")
    }
}
