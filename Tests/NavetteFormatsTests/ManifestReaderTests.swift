import NavetteCore
import NavetteFormats
import TestSupport
import Testing

@Suite struct ManifestReaderTests {
    static let olympics = Corpus.packageRoot + "/corpus/jo2024/manifest.yaml"

    @Test func olympicsManifestHasEveryReadingInOrder() throws {
        let manifest = try ManifestReader.read(path: Self.olympics)
        #expect(
            manifest.readings.map(\.id) == [
                "senat-220", "senat-249", "senat-ta44", "an-809", "an-939", "an-ta96", "senat-458", "cmp-497", "an-cmp",
                "senat-cmp", "cc-2023-850", "loi-2023-380",
            ])
        let dates = manifest.readings.compactMap(\.date)
        #expect(dates == dates.sorted())
        #expect(manifest.reading("an-939")?.completeness == .excerpt)
        #expect(manifest.reading("an-ta96")?.completeness == ManifestReading.Completeness.none)
        let article = try #require(manifest.articles.first)
        #expect(article.label == "7" && article.final == "10")
        let endDates = article.facts.filter { $0.feature == "end-date" }.map(\.value)
        #expect(Array(Set(endDates)).sorted() == ["2024-12-31", "2025-03-31", "2025-06-30"])
        #expect(manifest.amendments.contains { $0.number == "585" && $0.summary == "suppression of article 7" })
        try ManifestReader.checkCopies(manifest, mirror: Corpus.root)
    }

    @Test(arguments: [
        (
            "id: x\ntitle: t\nreadings:\n  - id: a\n    stage: s\n    colour: red\n", "m.yaml:6",
            "unknown field 'colour' in a reading; expected one of:"
        ),
        (
            "id: x\ntitle: t\nreadings:\n  - id: a\n    stage: s\n    date: 2023-02-30\n", "m.yaml:6",
            "'date' in a reading is '2023-02-30', expected a real date written YYYY-MM-DD"
        ),
        ("id: x\ntitle: t\nreadings: []\n", "m.yaml:1", "the manifest needs at least one entry in 'readings'"),
        (
            "id: x\ntitle: t\nreadings:\n  - id: a\n    stage: s\namendments:\n  - {number: '1', reading: b}\n",
            "m.yaml:7",
            "amendment 1 names reading 'b', which is not in 'readings' (a)"
        ),
        ("id: x\ntitle: [unclosed\n", "m.yaml", "not valid YAML:"),
        ("base: &b {id: a}\nid: x\n", "m.yaml:1", "YAML anchors and aliases are not accepted in a manifest"),
    ])
    func badManifestNamesFileAndLine(yaml: String, location: String, message: String) {
        let error = #expect(throws: ReadError.self) { try ManifestReader.read(Array(yaml.utf8), file: "m.yaml") }
        #expect(error?.file == location)
        #expect(error?.message.hasPrefix(message) == true)
    }

    @Test func missingCopyIsNamedWithItsLine() throws {
        let yaml = "id: x\ntitle: t\nreadings:\n  - id: a\n    stage: s\n    copy: nowhere/text.html\n"
        let manifest = try ManifestReader.read(Array(yaml.utf8), file: "m.yaml")
        let error = #expect(throws: ReadError.self) { try ManifestReader.checkCopies(manifest, mirror: Corpus.root) }
        #expect(error?.file == "m.yaml:4")
        #expect(error?.message.hasPrefix("copy 'nowhere/text.html' not found under the mirror") == true)
    }
}
