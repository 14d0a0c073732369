import Foundation
import TestSupport
import Testing

/// The HTML report opened in a real browser (Debian's headless chromium): the rendered DOM holds the
/// redline, the margin notes and the comparative table, and the page renders to a screenshot. A
/// missing chromium is a failure, not a skip: `.ci/run` installs it.
@Suite(.serialized) struct ReportBrowserTests {
    static let chromium: String? = {
        let candidates = ["chromium", "chromium-browser"].flatMap { name in
            (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/\(name)" }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static func browser(_ arguments: [String], profile: String) throws -> String {
        guard let chromium else {
            throw BrowserMissing()
        }
        let arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)"] + arguments
        return try Subprocess.run(chromium, arguments).stdout
    }

    struct BrowserMissing: Error, CustomStringConvertible {
        var description: String {
            "chromium is missing: the report's browser test needs Debian's chromium (apt-get install -y chromium; .ci/run installs it)"
        }
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// What makes a page self-contained: no script, no external request of any kind.
    static func checkSelfContained(_ html: String, _ name: String) {
        #expect(!html.contains("<script"), "\(name)")
        for external in ["src=\"http", "<link", "@import", "url(http", "<iframe", "<object"] {
            #expect(!html.contains(external), "\(name): \(external)")
        }
    }

    @Test func agricultureBillInChromium() throws {
        let out = try TemporaryDirectory()
        let made = try NavetteProcess.run(["report", Corpus.path("lafabrique/pjl09-200"), "--out", out.path])
        #expect(made.status == 0, "\(made.stderr)")
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
            Self.checkSelfContained(try String(contentsOfFile: out.path + "/" + name, encoding: .utf8), name)
        }
        let page = "file://\(out.path)/article-10.html"
        let dom = try Self.browser(["--dump-dom", page], profile: out.path + "/.profile")
        // The redline of the Sénat commission: three words replaced in alinéa 1, two alinéas inserted.
        #expect(dom.contains("<section class=\"step changed\" id=\"s-01-1erelecture-senat-commission\""))
        #expect(Self.count("<del>", in: dom) >= 8 && Self.count("<ins>", in: dom) >= 8)
        #expect(dom.contains("<span class=\"chg\" id=\"01-1erelecture-senat-commission-c1\"><del>"))
        // Margin notes: one per change, with its verdict; the séance's adopted amendments named.
        // 13 changes in 8 alinéas (3 + 3 in the Sénat, 1 in the AN commission, 1 in the CMP).
        #expect(Self.count("<aside class=\"notes\"", in: dom) == 8)
        #expect(Self.count("-note\" value=\"", in: dom) == 13)
        #expect(
            dom.contains(
                "<li id=\"01-1erelecture-senat-commission-c4-note\" value=\"4\"><a href=\"#01-1erelecture-senat-commission-c4\">alinéa inserted</a>: <span class=\"verdict not-assessed\">not assessed</span>"
            ))
        #expect(dom.contains("<strong>n°&nbsp;659</strong> — Gouvernement — <span class=\"fate adopte\">adopté</span>"))
        // The comparative table: nine readings as columns, three aligned alinéas as rows.
        let table = try #require(dom.range(of: "<table class=\"comparative\">").map { String(dom[$0.lowerBound...]) })
        let head = String(table[..<table.range(of: "</thead>")!.lowerBound])
        #expect(Self.count("<th scope=\"col\">", in: head) == 10)
        #expect(table.contains("<tr id=\"t-r3\">") && !table.contains("<tr id=\"t-r4\">"))
        #expect(dom.contains("<details class=\"sbs\" open=\"\">"))
        let index = try Self.browser(["--dump-dom", "file://\(out.path)/index.html"], profile: out.path + "/.profile")
        #expect(Self.count("<a href=\"article-", in: index) == 112)
        let png = out.path + "/article-10.png"
        _ = try Self.browser(["--screenshot=\(png)", "--window-size=1200,1600", page], profile: out.path + "/.profile")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(bytes.count > 50_000)
    }

    @Test func olympicsArticleSevenInChromium() throws {
        let out = try TemporaryDirectory()
        let made = try NavetteProcess.run([
            "report", Corpus.packageRoot + "/corpus/jo2024", "--mirror", Corpus.root, "--article", "7", "--out",
            out.path,
        ])
        #expect(made.status == 0, "\(made.stderr)")
        Self.checkSelfContained(
            try String(contentsOfFile: out.path + "/article-7.html", encoding: .utf8), "article-7.html")
        let dom = try Self.browser(
            ["--dump-dom", "file://\(out.path)/article-7.html"], profile: out.path + "/.profile")
        #expect(dom.contains("<h1>Article 7 → 10</h1>"))
        // Eleven readings without the article's text, each one hatched column spanning the two rows.
        #expect(Self.count("<td class=\"not-held\" rowspan=\"2\">text not held</td>", in: dom) == 11)
        #expect(dom.contains("<td id=\"t-r1-an-939\" class=\"text\" lang=\"fr\">"))
        // The amendments that tried to shorten the experiment, under the alinéa they targeted.
        #expect(dom.contains("<p>Tried on alinéa 1, not adopted:</p>"))
        #expect(
            dom.contains(
                "<strong>n°&nbsp;406</strong> — La France insoumise - NUPES — <span class=\"fate rejete\">rejeté</span>"
            ))
        // The Paris 15e vœu's scorecard.
        #expect(dom.contains("Demand 1: withdraw an article"))
        #expect(
            dom.contains(
                "not met — 2 suppression amendment(s), none recorded as adopted; the article was kept: it became article 10 of the law"
            ))
        let png = out.path + "/article-7.png"
        _ = try Self.browser(
            ["--screenshot=\(png)", "--window-size=1200,1600", "file://\(out.path)/article-7.html"],
            profile: out.path + "/.profile")
        #expect(try Data(contentsOf: URL(fileURLWithPath: png)).count > 50_000)
    }
}
