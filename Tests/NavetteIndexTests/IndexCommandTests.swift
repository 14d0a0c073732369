import Foundation
import TestSupport
import Testing

/// `navette index amendments` and `navette amendments search` as a user runs them.
@Suite struct IndexCommandTests {
    @Test func indexThenSearchAsTextJSONCSVAndCount() throws {
        let directory = try TemporaryDirectory()
        let store = directory.path + "/amendments.sqlite"
        let indexed = try NavetteProcess.run(["index", "amendments", IndexSearchTests.ameli, "--store", store])
        #expect(indexed.status == 0, "\(indexed.stderr)")
        #expect(indexed.stdout.contains("127 amendments read from 1 files or members"))
        #expect(indexed.stdout.contains("127 new, 0 updated"))

        let text = try NavetteProcess.run(["amendments", "search", "sobriété", "--store", store, "--limit", "2"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("6 amendments match \"sobriété\" (the first 2 shown)\n"))
        #expect(
            text.stdout.contains("1. n° COM-48 · texte 310 (2013-2014) · article 1 · alinéa 3 · adopté · 2014-06-09\n"))
        #expect(text.stdout.contains("Alinéa 3 Remplacer le mot : modération par le mot : **sobriété**"))
        #expect(text.stdout.contains("https://www.senat.fr/amendements/commissions/2013-2014/310/Amdt_COM-48.html"))

        let json = try NavetteProcess.run([
            "amendments", "search", "oreille", "--article", "5", "--store", store, "--format", "json",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["total"] as? Int == 3)
        let hits = try #require(object["amendments"] as? [[String: Any]])
        #expect(Set(hits.compactMap { $0["number"] as? String }) == ["COM-28 rect.", "COM-29", "COM-120"])
        #expect(hits.allSatisfy { ($0["found"] as? [String]) == ["oreille"] })
        #expect(hits.allSatisfy { ($0["sha256"] as? String)?.count == 64 })

        let csv = try NavetteProcess.run([
            "amendments", "search", "", "--group", "UMP", "--fate", "adopté", "--store", store, "--format", "csv",
        ])
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first == "number,chamber,text,article,group,authors,date,fate,url,excerpt")
        #expect(lines.count == 3)

        let count = try NavetteProcess.run(["amendments", "search", "", "--group", "ump", "--count", "--store", store])
        #expect(count.stdout.hasPrefix("7 amendments by group and fate\n"))
        #expect(count.stdout.contains("Groupe UMP  tombé        3"))
    }

    @Test func listingFilesStillWorksBesideSearch() throws {
        let listed = try NavetteProcess.run(["amendments", IndexSearchTests.ameli, "--article", "5"])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("n° COM-28 rect. | article 5, alinéa 5 | tombé"))
        let help = try NavetteProcess.run(["amendments", "search", "--help"])
        #expect(help.stdout.contains("navette amendments search vidéoprotection"))
    }

    @Test func aStoreThatCannotBeWrittenOrAMissingIndexIsOneLineAndExit1() throws {
        let unwritable = try NavetteProcess.run([
            "index", "amendments", IndexSearchTests.ameli, "--store", "/proc/navette/x.sqlite",
        ])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.hasPrefix("navette: error: /proc/navette/x.sqlite: cannot create the directory"))
        #expect(unwritable.stderr.split(separator: "\n").count == 1)

        let directory = try TemporaryDirectory()
        let missing = try NavetteProcess.run(["amendments", "search", "x", "--store", directory.path + "/none.sqlite"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no index here; build one with navette index amendments"))

        let nothing = try NavetteProcess.run([
            "index", "amendments", "/nonexistent/dump.zip", "--store", directory.path + "/s.sqlite",
        ])
        #expect(nothing.status == 1)
        #expect(nothing.stderr == "navette: error: /nonexistent/dump.zip: no such file or directory\n")
    }
}

/// A real kill: the process is stopped with SIGKILL inside a batch's transaction, then run again.
@Suite struct IndexKillTests {
    @Test func killedInTheMiddleOfABatchTheNextRunContinuesWithoutDuplicates() throws {
        let directory = try TemporaryDirectory()
        let store = directory.path + "/navette.sqlite"
        let paths = [Corpus.path("amendments"), IndexSearchTests.ameli]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: NavetteProcess.executable)
        process.arguments = ["index", "amendments"] + paths + ["--store", store, "--batch", "1"]
        var environment = ProcessInfo.processInfo.environment
        environment["NAVETTE_FAULT_PAUSE_BEFORE_COMMIT"] = "5"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The fifth batch says it is paused before its commit: kill it there.
        var said = Data()
        let deadline = Date().addingTimeInterval(60)
        while !String(decoding: said, as: UTF8.self).contains("paused before commit"), Date() < deadline {
            said.append(errors.fileHandleForReading.availableData)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let resumed = try NavetteProcess.run(["index", "amendments"] + paths + ["--store", store])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("(4 already indexed, skipped)"))
        let whole = try NavetteProcess.run(
            ["index", "amendments"] + paths + ["--store", directory.path + "/whole.sqlite"])
        let count = { (text: String) in text.split(separator: "\n").last { $0.hasPrefix("the index holds") } }
        let held = try #require(count(whole.stdout))
        #expect(held.hasPrefix("the index holds 14"))
        #expect(count(resumed.stdout)?.split(separator: ":").first == held.split(separator: ":").first)
    }
}
