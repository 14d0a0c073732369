import TestSupport
import Testing

/// Every bad input gets one line on stderr naming the file and what was expected, and exit code 1.
@Suite struct BadInputTests {
    static let cases: [(name: String, bytes: [UInt8], message: String)] = [
        ("empty.html", [], "empty file, expected a bill text (HTML, XML, JSON or plain text)"),
        ("blank.txt", Array(" \n\r\n\t".utf8), "empty file, expected a bill text (HTML, XML, JSON or plain text)"),
        (
            "image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
            "binary content, expected a bill text (HTML, XML, JSON or plain text)"
        ),
        (
            "other.json", Array(#"{"name": "not a bill"}"#.utf8),
            "unknown format, expected a bill text (AN/Sénat HTML, LEGI XML, Akoma Ntoso, La Fabrique JSON or plain text)"
        ),
        (
            "truncated.xml",
            Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ARTICLE>\n<META><META_COMMUN><ID>LEGIARTI1</ID>".utf8),
            "malformed or truncated XML at line 3"
        ),
        (
            "latin1.xml",
            Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ARTICLE><NUM>1</NUM>".utf8) + [0x45, 0x74, 0xE9]
                + Array("</ARTICLE>".utf8),
            "malformed or truncated XML at line 2"
        ),
        (
            "xxe.xml",
            Array(
                """
                <?xml version="1.0"?>
                <!DOCTYPE ARTICLE [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <ARTICLE><BLOC_TEXTUEL><CONTENU>&xxe;</CONTENU></BLOC_TEXTUEL></ARTICLE>
                """.utf8), "the XML declares entities in a DTD, which navette refuses to expand"
        ),
        (
            "laughs.xml",
            Array(
                """
                <?xml version="1.0"?>
                <!DOCTYPE ARTICLE [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
                <ARTICLE>&c;</ARTICLE>
                """.utf8), "the XML declares entities in a DTD, which navette refuses to expand"
        ),
        // libxml2 halts an HTML page without failing past its limits: refused rather than read without
        // what follows (here Article 2).
        (
            "deep.html",
            Array(
                ("<html><body><p>Article 1er</p><p>Texte.</p>" + String(repeating: "<div>", count: 300)
                    + "<p>Article 2</p><p>Suite.</p>" + String(repeating: "</div>", count: 300) + "</body></html>")
                    .utf8),
            "the page is nested deeper than 256 elements at line 1, where libxml2 reads no further"
        ),
        (
            "huge-text.html",
            Array("<html><body><p>Article 1er</p><p>".utf8) + [UInt8](repeating: 0x61, count: 10_000_001)
                + Array("</p><p>Article 2</p><p>Suite.</p></body></html>".utf8),
            "a run of text is longer than 10 MB at line 1, where libxml2 reads no further"
        ),
    ]

    @Test(arguments: cases.map(\.name))
    func badFileIsOneLineErrorWithExitCode1(name: String) throws {
        let badCase = try #require(Self.cases.first { $0.name == name })
        let directory = try TemporaryDirectory()
        let file = try directory.write(name, badCase.bytes)
        let result = try NavetteProcess.run(["show", file])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("navette: error: \(file): \(badCase.message)"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func directoryThatIsNotADossier() throws {
        let directory = try TemporaryDirectory()
        try directory.write("notes.txt", "Article 1er\nLe texte.")
        let result = try NavetteProcess.run(["show", directory.path])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "navette: error: \(directory.path): not a dossier directory, expected viz/procedure.json (La Fabrique de la loi layout)\n"
        )
    }

    @Test func externalDTDIsNeitherFetchedNorFatal() throws {
        // A DOCTYPE pointing at a remote DTD must not cause a network access: the reader works offline
        // and ignores it (no DTD loading).
        let directory = try TemporaryDirectory()
        let file = try directory.write(
            "remote-dtd.txt",
            """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
            Article 1er
            Le présent texte est lu sans accès au réseau.
            """)
        let result = try NavetteProcess.run(["show", file, "--input-format", "text", "--format", "json"], timeout: 20)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Le présent texte est lu sans accès au réseau."))
    }

    @Test func unknownArticleNamesTheReading() throws {
        let result = try NavetteProcess.run([
            "show", Corpus.path("lafabrique/pjl09-200"), "--reading", "05", "--article", "99 ter",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("navette: error: no article '99 ter' in 05_1erelecture_assemblee_hemicycle"))
    }
}
