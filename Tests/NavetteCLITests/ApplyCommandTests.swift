import Foundation
import TestSupport
import Testing

/// `navette apply` run as a process on real files: a dataset case, and the AN amendments on article 7
/// of the Olympics bill (text 939) with their headers and exposés.
@Suite struct ApplyCommandTests {
    static let dataset = Corpus.path(
        "amendment-application/données/13-deuxieme_collectif_2009__05_1erelecture_senat_hemicycle__8")

    static var datasetArguments: [String] {
        ["apply", "--article", dataset + "/article_avant", "--amendment"]
            + ["amendement_3", "amendement_4", "amendement_5"].map { dataset + "/" + $0 }
    }

    /// Alinéa I of article 7 as the commission adopted it (AN text 939), taken from the séance
    /// record in the corpus and written to a temporary article file.
    static func article7() throws -> String {
        let record = try Corpus.text("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt")
        let first = try #require(record.components(separatedBy: "\n").first { $0.hasPrefix("I. ") })
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "navette-apply-article7-\(UUID().uuidString).txt"
        ).path
        try ("Article 7\n\n" + first + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("Text output: the article as amended, alinéa by alinéa")
    func textOutput() throws {
        let result = try NavetteProcess.run(Self.datasetArguments)
        #expect(result.status == 0, "\(result.stderr)")
        let alineas = result.stdout.components(separatedBy: "\n\n")
        #expect(alineas.count == 4)
        #expect(
            alineas[0].hasSuffix("d'un montant total de 600 millions d'euros de prêts dans les conditions suivantes :"))
        #expect(
            alineas[2]
                == "2° Ces prêts sont d'une durée inférieure ou égale à cinq ans et doivent être contractés avant le 31 décembre 2011 ;"
        )
        #expect(
            alineas[3].contains(
                "des régions Aquitaine, Languedoc-Roussillon et Midi-Pyrénées touchés par la tempête des 24 et 25 janvier 2009."
            ))
    }

    @Test("JSON output: each amendment, each edit, whether it applied")
    func jsonOutput() throws {
        let result = try NavetteProcess.run(Self.datasetArguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let amendments = try #require(object["amendments"] as? [[String: Any]])
        #expect(amendments.count == 3)
        #expect(amendments.allSatisfy { $0["understood"] as? Bool == true })
        let edits = amendments.compactMap { $0["edits"] as? [[String: Any]] }.flatMap { $0 }
        #expect(edits.count == 3)
        #expect(edits.allSatisfy { $0["applied"] as? Bool == true })
        let operation = try #require(edits.first?["operation"] as? [String: Any])
        let replace = try #require(operation["replaceWords"] as? [String: Any])
        #expect(replace["by"] as? String == "600 millions d'euros de prêts")
        #expect((object["alineas"] as? [String])?.count == 4)
    }

    @Test("AN 406 on article 7 (text 939): the header and exposé are left out, the end date becomes 8 September 2024")
    func olympicsEndDate() throws {
        let article = try Self.article7()
        defer { try? FileManager.default.removeItem(atPath: article) }
        let amendment = Corpus.path("amendments/an/assemblee-nationale-0939-AN-406.txt")
        let result = try NavetteProcess.run(["apply", "--article", article, "--amendment", amendment])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Article 7\n\nI. "))
        #expect(result.stdout.contains("À titre expérimental et jusqu’au 8 septembre 2024, à la seule fin"))
        #expect(!result.stdout.contains("31 décembre 2024"))
    }

    @Test("AN 150: part I applies to alinéa 1, part II aims at an alinéa 34 the excerpt lacks and says so")
    func partialApplication() throws {
        let article = try Self.article7()
        defer { try? FileManager.default.removeItem(atPath: article) }
        let amendment = Corpus.path("amendments/an/assemblee-nationale-0939-AN-150.txt")
        let result = try NavetteProcess.run([
            "apply", "--article", article, "--amendment", amendment, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((object["alineas"] as? [String])?.first)
        #expect(first.contains("À titre expérimental, du 26 juillet au 8 septembre 2024 et à la seule fin"))
        let edits = try #require(((object["amendments"] as? [[String: Any]])?.first?["edits"]) as? [[String: Any]])
        #expect(edits.map { $0["applied"] as? Bool } == [true, false])
        #expect(edits.last?["outcome"] as? String == "target not found")
        #expect(edits.last?["detail"] as? String == "no alinéa 34 (the article had 1)")
    }

    @Test("Errors: one line naming the file")
    func errors() throws {
        let missing = try NavetteProcess.run([
            "apply", "--article", "/nonexistent/article", "--amendment", Self.dataset + "/amendement_3",
        ])
        #expect(missing.status == 1)
        #expect(missing.stderr == "navette: error: /nonexistent/article: cannot be read (missing or not readable)\n")
        let vote = Corpus.path("amendments/an/datan-legislature-16-vote_1267.head.txt")
        let noDispositif = try NavetteProcess.run([
            "apply", "--article", Self.dataset + "/article_avant", "--amendment", vote,
        ])
        #expect(noDispositif.status == 1)
        #expect(noDispositif.stderr.hasPrefix("navette: error: \(vote): no dispositif found"))
        #expect(noDispositif.stderr.split(separator: "\n").count == 1)
    }
}
