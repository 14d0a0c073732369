import Foundation
import TestSupport
import Testing

/// `navette amendments … --against TEXT [--summary]` on real PLFSS 2026 amendments and text n° 1907.
@Suite struct AmendmentsAgainstCommandTests {
    static let text = Corpus.path("formats/current/an-opendata-html/PRJLANR5L17B1907_pjl-type1_defaut_AN.html")
    static let folder = "formats/current/an-amendements-json/"

    /// AS13 (article 28, alinéa 22), AS27 (article 38), 5 (after article 11) and 22 (article 9, alinéa 17).
    static func amendments() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for name in [
            "AMANR5L17PO420120B1907P0D1N000013.json", "AMANR5L17PO420120B1907P0D1N000027.json",
            "AMANR5L17PO838901B1907P0D1N000005.json", "AMANR5L17PO838901B1907P0D1N000022.json",
        ] {
            try directory.write("DLR5L17N52922/PRJLANR5L17B1907/" + name, try Corpus.bytes(folder + name))
        }
        return directory
    }

    @Test func eachAmendmentIsPlacedOrSaysWhyNot() throws {
        let directory = try Self.amendments()
        let result = try NavetteProcess.run(["amendments", directory.path, "--against", Self.text])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  n° AS13 |") && $0.hasSuffix("| placed on article 28, alinéa 22") })
        #expect(lines.contains { $0.hasPrefix("  n° AS27 |") && $0.hasSuffix("| placed on article 38") })
        #expect(
            lines.contains {
                $0.hasPrefix("  n° 5 |") && $0.hasSuffix("| not placeable: additional article (après l'article 11)")
            })
        #expect(lines.contains { $0.hasPrefix("  n° 22 |") && $0.hasSuffix("| placed on article 9, alinéa 17") })
    }

    @Test func theSummaryPrintsTheFigures() throws {
        let directory = try Self.amendments()
        let result = try NavetteProcess.run(["amendments", directory.path, "--against", Self.text, "--summary"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(
            rows.first
                == "\(URL(fileURLWithPath: directory.path).lastPathComponent) against PRJLANR5L17B1907_pjl-type1_defaut_AN.html (55 articles)"
        )
        #expect(rows.contains("amendments read 4"))
        #expect(rows.contains("placed on an article and an alinéa 2"))
        #expect(rows.contains("placed on a whole article (no alinéa named) 1"))
        #expect(rows.contains("additional article 1"))
        #expect(rows.contains("adopted 3"))
        // AS13 "Supprimer les alinéas 22 à 25" and AS27 "Supprimer cet article" apply to the text.
        #expect(rows.contains { $0.hasPrefix("apply cleanly to the text, each alone 2 (100 %)") })
    }

    @Test func summaryNeedsAText() throws {
        let result = try NavetteProcess.run(["amendments", Corpus.path(Self.folder), "--summary"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--summary needs --against TEXT"))
    }
}
