import NavetteCore
import NavetteFormats
import TestSupport
import Testing

@Suite struct ManifestWriterTests {
    /// The manifest without the line numbers, which depend on the layout.
    static func facts(_ manifest: Manifest) -> Manifest {
        var copy = manifest
        copy.file = ""
        copy.motionLines = []
        for index in copy.readings.indices {
            copy.readings[index].line = 0
            for list in copy.readings[index].amendmentLists.indices {
                copy.readings[index].amendmentLists[list].line = 0
            }
        }
        for index in copy.articles.indices {
            copy.articles[index].line = 0
            for fact in copy.articles[index].facts.indices { copy.articles[index].facts[fact].line = 0 }
        }
        for index in copy.amendments.indices { copy.amendments[index].line = 0 }
        for index in copy.decisions.indices { copy.decisions[index].line = 0 }
        return copy
    }

    @Test(arguments: ["corpus/jo2024/manifest.yaml", "corpus/pjl09-200/manifest.yaml"])
    func handWrittenManifestsReadBackTheSame(file: String) throws {
        let manifest = try ManifestReader.read(path: Corpus.packageRoot + "/" + file)
        let yaml = ManifestWriter.yaml(manifest)
        let again = try ManifestReader.read(Array(yaml.utf8), file: "written.yaml")
        #expect(Self.facts(again) == Self.facts(manifest))
        #expect(ManifestWriter.yaml(again) == yaml)
    }

    @Test func awkwardValuesAreQuoted() throws {
        var reading = ManifestReading(
            id: "a", chamber: .senat, stage: "1ère lecture", number: "7", url: "https://x/y?a=1#b")
        reading.note = "note: with # and \"quotes\", a tab\tand - dash"
        reading.amendmentLists = [
            AmendmentListAddress(url: "https://x/{a},b", format: .ameliCSV, origin: .scheme, within: "yes")
        ]
        let manifest = Manifest(id: "true", title: "- starts with a dash: and a colon", readings: [reading])
        let again = try ManifestReader.read(Array(ManifestWriter.yaml(manifest).utf8), file: "m.yaml")
        #expect(Self.facts(again) == Self.facts(manifest))
    }

    @Test func amendmentListsAndOriginsAreRead() throws {
        let yaml = """
            id: x
            title: t
            readings:
              - id: senat-220
                stage: 1ère lecture
                url: https://www.senat.fr/leg/pjl22-220.html
                origin: dossier
                amendment-lists:
                  - {url: https://www.senat.fr/encommission/2022-2023/220/liste_discussion.json, format: senat-discussion-json, origin: scheme}
                  - {url: https://example.org/list.csv, format: ameli-csv}
            """
        let manifest = try ManifestReader.read(Array(yaml.utf8), file: "m.yaml")
        let reading = try #require(manifest.readings.first)
        #expect(reading.origin == .dossier)
        #expect(reading.amendmentLists.map(\.format) == [.senatDiscussion, .ameliCSV])
        #expect(reading.amendmentLists.map(\.origin) == [.scheme, nil])
        #expect(reading.amendmentLists.first?.line == 9)
        let bad = yaml.replacingOccurrences(of: "format: ameli-csv", with: "format: pdf")
        let error = #expect(throws: ReadError.self) { try ManifestReader.read(Array(bad.utf8), file: "m.yaml") }
        #expect(error?.file == "m.yaml:10")
    }
}
