import Foundation
import NavetteCore
import NavetteRender
import TestSupport
import Testing

@testable import NavetteCLI

/// `navette diff`: selection of what to compare, the four output formats, and the command line.
@Suite struct DiffCommandTests {
    static let june =
        "I. – À titre expérimental et jusqu’au 30 juin 2025, à la seule fin d’assurer la sécurité de manifestations sportives, récréatives ou culturelles."
    static let december = june.replacing("30 juin 2025", with: "31 décembre 2024")
    static let second =
        "II. – Les traitements mentionnés au I du présent article sont régis par le règlement (UE) 2016/679 du 27 avril 2016."
    static let third =
        "III. – Le recours au traitement est autorisé par décret pris après avis de la Commission nationale de l’informatique et des libertés."

    static let commission = Reading(
        id: "939",
        articles: [
            Article(label: "7", alineas: [Alinea(june), Alinea(second), Alinea(third)]),
            Article(label: "8", alineas: [Alinea("Le présent article s’applique à compter du 1er janvier 2024.")]),
        ])
    static let seance = Reading(
        id: "TA96",
        articles: [
            Article(label: "7", alineas: [Alinea(december), Alinea(second), Alinea(third)]),
            Article(label: "8", alineas: [Alinea("Le présent article s'applique à compter du 1er janvier 2024.")]),
            Article(
                label: "8 bis (nouveau)", flags: [.nouveau],
                alineas: [
                    Alinea("Un rapport est remis au Parlement <avant> le 30 juin 2025 & publié selon l’article R.* 12.")
                ]),
        ])
    static let cmp = Reading(
        id: "CMP",
        articles: [
            Article(label: "7", status: .nonModifie, alineas: [Alinea("(Non modifié)")])
        ])

    private func render(_ format: OutputFormat, colour: Bool = false, full: Bool = false, typography: Bool = false)
        throws -> String
    {
        try DiffOutput.render(
            [ReadingComparison(old: Self.commission, new: Self.seance)], format: format, full: full, colour: colour,
            typography: typography)
    }

    @Test func plainTextMarksChangesLikeWdiff() throws {
        let text = try render(.text)
        #expect(
            text.contains(
                "  ~ 1     I. – À titre expérimental et jusqu’au [-30 juin 2025-]{+31 décembre 2024+}, à la seule fin"))
        #expect(text.contains("    … alinéas 2–3 unchanged\n"))
        #expect(
            text.contains(
                "  + 1     {+Un rapport est remis au Parlement <avant> le 30 juin 2025 & publié selon l’article R.* 12.+}\n"
            ))
        #expect(text.contains("  added: article 8 bis (nouveau)\n"))
        // Article 8 differs in its apostrophe only: summarised with the unchanged ones.
        #expect(text.contains("Unchanged: 1 article (8)"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func colourTextStrikesDeletionsAndUnderlinesInsertions() throws {
        let text = try render(.text, colour: true)
        #expect(text.contains("\u{1B}[31;9m30 juin 2025\u{1B}[0m\u{1B}[32;4m31 décembre 2024\u{1B}[0m"))
        #expect(!text.contains("[-"))
    }

    @Test func fullTextShowsTypographyWithBothFormsOnRequest() throws {
        let text = try render(.text, full: true, typography: true)
        #expect(text.contains("  ≈ 1     Le présent article [~s’~>s'~]applique"))
        let folded = try render(.text, full: true)
        #expect(folded.contains("  ≈ 1     Le présent article s'applique"))
        #expect(!folded.contains("[~"))
    }

    /// ESSOC, article 2, between the commission texts: `titre\u{a0}II` became `titre II`.
    @Test func spacingOnlyDifferencesAreSummarisedOrShownVisibly() throws {
        let old = "1° L’intitulé du titre\u{a0}II du livre Ier est ainsi rédigé : « Les procédures préalables » ;"
        let new = "1° L’intitulé du titre II du livre Ier est ainsi rédigé : « Les procédures préalables » ;"
        let comparison = ReadingComparison(
            from: "r0575", to: "r1056",
            articles: [
                ArticleDiff(
                    old: Article(label: "2", alineas: [Alinea(Self.june), Alinea(old)]),
                    new: Article(label: "2", alineas: [Alinea(Self.december), Alinea(new)]))
            ])
        let summary = try DiffOutput.render([comparison], format: .text, full: false, colour: false)
        #expect(summary.contains("    … alinéa 2 unchanged (1 in typography only)\n"))
        let full = try DiffOutput.render([comparison], format: .text, full: true, colour: false, typography: true)
        #expect(full.contains("  ≈ 2     1° L’intitulé du [~titre⍽~>titre␣~]II du livre Ier"))
    }

    @Test func unchangedRunsGiveTheirOldNumbersWhenTheyShifted() throws {
        let comparison = ReadingComparison(
            from: "939", to: "TA96",
            articles: [
                ArticleDiff(
                    old: Article(label: "7", alineas: [Alinea(Self.june), Alinea(Self.second), Alinea(Self.third)]),
                    new: Article(label: "7", alineas: [Alinea(Self.december), Alinea(Self.third)]))
            ])
        let text = try DiffOutput.render([comparison], format: .text, full: false, colour: false)
        #expect(text.contains("  - 2     [-II. – Les traitements"))
        #expect(text.contains("    … alinéa 2 unchanged (was 3)\n"))
    }

    @Test func htmlIsEscapedAndSemantic() throws {
        let html = try render(.html)
        #expect(html.hasPrefix("<section class=\"navette-diff\" data-from=\"939\" data-to=\"TA96\">"))
        #expect(html.contains("jusqu’au <del>30 juin 2025</del><ins>31 décembre 2024</ins>, à la seule fin"))
        #expect(
            html.contains(
                "<ins>Un rapport est remis au Parlement &lt;avant&gt; le 30 juin 2025 &amp; publié selon l’article R.* 12.</ins>"
            ))
        #expect(!html.contains("<avant>"))
        #expect(html.contains("<li class=\"alinea changed\" value=\"1\" data-old=\"1\" data-new=\"1\">"))
    }

    @Test func markdownUsesDelAndIns() throws {
        let markdown = try render(.markdown)
        #expect(markdown.contains("### Article 7\n"))
        #expect(
            markdown.contains(
                "- **1** I. – À titre expérimental et jusqu’au <del>30 juin 2025</del><ins>31 décembre 2024</ins>,"))
        #expect(markdown.contains("&lt;avant&gt; le 30 juin 2025 &amp; publié selon l’article R.\\* 12.</ins>"))
    }

    @Test func jsonHasTheStableShape() throws {
        let json = try render(.json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let comparison = try #require((document["comparisons"] as? [[String: Any]])?.first)
        #expect(comparison["from"] as? String == "939" && comparison["to"] as? String == "TA96")
        #expect(comparison["added"] as? [String] == ["8 bis (nouveau)"])
        let articles = try #require(comparison["articles"] as? [[String: Any]])
        #expect(articles.map { $0["status"] as? String } == ["changed", "typographic", "added"])
        let first = try #require((articles[0]["alineas"] as? [[String: Any]])?.first)
        #expect(
            first["kind"] as? String == "changed" && first["old"] as? String == Self.june
                && first["new"] as? String == Self.december)
        let ops = try #require(first["ops"] as? [[String: Any]])
        #expect(ops.map { $0["op"] as? String } == ["equal", "delete", "insert", "equal"])
        #expect(ops[1]["text"] as? String == "30 juin 2025")
        let stats = try #require(articles[0]["stats"] as? [String: Int])
        #expect(stats["wordsAdded"] == 1 && stats["wordsRemoved"] == 1 && stats["alineasChanged"] == 1)
    }

    @Test func dossierStepsCarryPlaceholdersAndPairReadings() throws {
        let dossier = Dossier(id: "jo2024", readings: [Self.commission, Self.seance, Self.cmp])
        let steps = ArticleLookup.steps(of: "7", in: dossier)
        #expect(steps.map { $0?.alineas.first?.text } == [Self.june, Self.december, Self.december])
        let all = try DiffSelection.dossier(dossier, article: "7", from: nil, to: nil, all: true)
        #expect(all.map { "\($0.from)>\($0.to)" } == ["939>TA96", "TA96>CMP"])
        #expect(all.map { $0.articles[0].comparison.stats.alineasChanged } == [1, 0])
        // The CMP reading says "(Non modifié)": its status differs, its text is carried over.
        #expect(all[1].articles[0].status == .changed && all[1].articles[0].comparison.isUnchanged)
        let net = try DiffSelection.dossier(dossier, article: nil, from: "939", to: "TA", all: false)
        #expect(net.count == 1 && net[0].added == ["8 bis (nouveau)"])
        #expect(throws: SelectionError.articleInNoReading(label: "99", dossier: "jo2024")) {
            try DiffSelection.dossier(dossier, article: "99", from: nil, to: nil, all: true)
        }
    }

    @Test func usageErrorsAreReported() throws {
        let both = try NavetteProcess.run(["diff", "a.txt", "b.txt", "--all"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("--from, --to and --all apply to a dossier"))
        let missing = try NavetteProcess.run(["diff", "/nonexistent/old.html", "/nonexistent/new.html"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "navette: error: /nonexistent/old.html: no such file or directory\n")
    }

    /// End to end on two pasted texts.
    @Test func twoTextFilesEndToEnd() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("navette-diff-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let old = directory.appendingPathComponent("939.txt")
        let new = directory.appendingPathComponent("ta96.txt")
        try Data("Article 7\n\n\(Self.june)\n\n\(Self.second)\n".utf8).write(to: old)
        try Data("Article 7\n\n\(Self.december)\n\n\(Self.second)\n".utf8).write(to: new)
        let result = try NavetteProcess.run(["diff", old.path, new.path, "--input-format", "text", "--article", "7"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("jusqu’au [-30 juin 2025-]{+31 décembre 2024+}, à la seule fin"))
        #expect(result.stdout.contains("… alinéa 2 unchanged"))
    }
}

@Suite struct DiffByFinalNumberTests {
    /// Article 10 of the bill as the readings number it is article 27 of the law (table_concordance
    /// of La Fabrique says so too): `--article 27` finds its history.
    @Test func finalNumberFindsTheNavetteArticle() throws {
        let result = try NavetteProcess.run([
            "diff", Corpus.path("lafabrique/pjl09-200"), "--article", "27", "--from", "05", "--to", "08",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Article 10 (changed)"))
        #expect(result.stdout.contains("[-publication-] {+promulgation+}"))
    }
}
