import Foundation
import TestSupport
import Testing

@Suite struct AmendmentsCommandTests {
    @Test func listsTheAmendmentsOnArticle7() throws {
        let result = try NavetteProcess.run(["amendments", Corpus.path("amendments"), "--article", "7"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        let amendments = lines.filter { $0.hasPrefix("  n° ") }
        #expect(amendments.count == 7)
        #expect(amendments.contains("  n° 27 | article 7 | sort inconnu | « Supprimer cet article. »"))
        #expect(
            amendments.contains(
                "  n° 585 | article 7 | sort inconnu | M. Benjamin Lucas-Lundy, M. Julien Bayou +1 | « Supprimer cet article. »"
            ))
        #expect(amendments.contains("  n° 217 | article 7 | rejeté | Mme Galzy"))
        #expect(lines.last == "7 amendments in 7 files")
        // What the excerpt lacks is said under the amendment's file.
        #expect(
            result.stdout.contains(
                "  warning: amendement 27: the excerpt does not print its number, taken from the file name"))
        #expect(!result.stdout.contains("amendement 406"))
    }

    @Test func jsonKeepsTheModel() throws {
        let path = Corpus.path("formats/senat-liste-discussion-json/liste_discussion_610.json")
        let result = try NavetteProcess.run(["amendments", path, "--format", "json"])
        #expect(result.status == 0)
        let files = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(files.count == 1)
        #expect(files[0]["format"] as? String == "senat-discussion-json")
        let amendments = try #require(files[0]["amendments"] as? [[String: Any]])
        #expect(amendments.count == 14)
        let sub = try #require(amendments.first { $0["number"] as? String == "COM-15" })
        #expect(sub["parent"] as? String == "COM-9")
        #expect(sub["fate"] as? String == "adopté")
        #expect((sub["target"] as? [String: Any])?["alinea"] as? Int == 3)
    }

    @Test func aFileThatIsNotAnAmendmentIsOneLineAndExit1() throws {
        let path = Corpus.path("lafabrique/pjl09-200/viz/procedure.json")
        let result = try NavetteProcess.run(["amendments", path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("navette: error: \(path): not an amendment file: expected "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func markdownIsRefused() throws {
        let result = try NavetteProcess.run(["amendments", Corpus.path("amendments"), "--format", "markdown"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("use text or json"))
    }
}
