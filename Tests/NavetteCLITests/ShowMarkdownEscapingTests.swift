import TestSupport
import Testing

/// `navette show --format markdown` writes document text as data: markup in an alinéa (a script, an
/// image with a handler, a `javascript:` link) comes out escaped, never live.
@Suite struct ShowMarkdownEscapingTests {
    @Test func alineaMarkupIsEscaped() throws {
        let directory = try TemporaryDirectory()
        let text = """
            Article 1er
            <script>alert(1)</script> est interdit.
            Voir <img src=x onerror=alert(2)> et [le lien](javascript:alert(3)).
            """
        let file = try directory.write("hostile.txt", text + "\n")
        let result = try NavetteProcess.run(["show", file, "--format", "markdown", "--article", "1er"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("<script>") && !result.stdout.contains("<img"))
        #expect(!result.stdout.contains("[le lien](javascript:"))
        #expect(result.stdout.contains("1. &lt;script&gt;alert(1)&lt;/script&gt; est interdit."))
        #expect(
            result.stdout.contains("2. Voir &lt;img src=x onerror=alert(2)&gt; et \\[le lien\\](javascript:alert(3))."))
    }
}
