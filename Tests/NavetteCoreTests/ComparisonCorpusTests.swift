import Foundation
import NavetteFormats
import TestSupport
import Testing

@testable import NavetteCore

/// Comparisons on real texts: two renderings of article 7 of the Olympics bill (AN commission text
/// n° 939) and the before/after pairs of the amendment-application dataset.
@Suite struct ComparisonCorpusTests {
    static let dataset = "amendment-application/données"

    static func datasetPair(_ name: String) throws -> (old: [Alinea], new: [Alinea]) {
        let read = try AmendmentApplicationDataset.read(name, in: Corpus.path(dataset))
        return (read.before.map { Alinea($0) }, read.after.map { Alinea($0) })
    }

    /// The dataset's cases; when the dataset cannot be listed, one case that fails (never zero cases).
    static var datasetCases: [String] {
        let names = (try? AmendmentApplicationDataset.names(in: Corpus.path(dataset))) ?? []
        return names.isEmpty ? ["(no case: \(Corpus.path(dataset)) cannot be listed)"] : names
    }

    private func changes(_ entry: Comparison.Entry) -> [String] {
        entry.ops.filter { $0.op != .equal }.map { "\($0.op.rawValue):\($0.text)" }
    }

    /// Paragraphs I and II of article 7 in the two renderings of the same commission text: the raw
    /// one drops dashes and hyphens (`I.  À`, `L. 2521`) and stops earlier.
    @Test func twoRenderingsOfArticle7DifferOnlyWhereTheRawOneLostCharacters() throws {
        func article7(_ lines: [String]) -> [Alinea] {
            lines.map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.hasPrefix("I.") || $0.hasPrefix("II.") }
                .map { Alinea($0) }
        }
        let raw = article7(
            try Corpus.text("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt").components(separatedBy: "\n"))
        let html = article7(
            try Corpus.text("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N188.html.txt").components(separatedBy: "\n"))
        #expect(raw.count == 2 && html.count == 2)
        let comparison = Comparer.compare(old: raw, new: html)
        #expect(comparison.alineas.map(\.kind) == [.changed, .changed])
        #expect(changes(comparison.alineas[0]) == ["insert:– ", "delete:L. 2521 ", "insert:L. 252‑1 "])
        #expect(changes(comparison.alineas[1]) == ["insert:– ", "insert:et abrogeant la directive 95/46/CE"])
        // Everything else, curly apostrophes and œ included, is equal and shown as in the new text.
        #expect(comparison.alineas[0].ops.first?.text == "I. ")
        #expect(comparison.stats.wordsAdded == 1 + 5 && comparison.stats.wordsRemoved == 1)
    }

    /// With the dashes put back, the only difference left is the no-break hyphen: typography.
    @Test func theNoBreakHyphenAloneIsTypography() throws {
        let html = try Corpus.text("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N188.html.txt")
        let paragraph = try #require(html.components(separatedBy: "\n").first { $0.hasPrefix("I. –") })
        #expect(paragraph.contains("L. 252\u{2011}1"))
        let comparison = Comparer.compare(
            old: [Alinea(paragraph)], new: [Alinea(paragraph.replacing("\u{2011}", with: "-"))])
        #expect(comparison.alineas.map(\.kind) == [.typographic])
        #expect(comparison.alineas[0].ops.filter(\.isTypographic).map(\.text) == ["L. 252-1 "])
    }

    @Test func filiereBoisArticle() throws {
        let (old, new) = try Self.datasetPair("13-deuxieme_collectif_2009__05_1erelecture_senat_hemicycle__8")
        let comparison = Comparer.compare(old: old, new: new)
        #expect(comparison.alineas.map(\.kind) == [.changed, .unchanged, .changed, .changed])
        #expect(changes(comparison.alineas[0]) == ["delete:et ", "insert:de prêts "])
        #expect(
            changes(comparison.alineas[3]) == [
                "insert:des régions Aquitaine, Languedoc-Roussillon et Midi-Pyrénées ",
                "delete:du 24 janvier 2009", "insert:des 24 et 25 janvier 2009",
            ])
    }

    @Test func codeReferenceSpacingIsTypography() throws {
        let (old, new) = try Self.datasetPair("14-biologie_medicale_reforme__01_1erelecture_senat_commission__7")
        let comparison = Comparer.compare(old: old, new: new)
        let entry = try #require(comparison.alineas.first { $0.oldNumber == 55 })
        #expect(entry.kind == .typographic && entry.newNumber == 57)
        #expect(entry.ops.filter(\.isTypographic).map { [$0.old, $0.text] } == [["L.4352-3-2", "L. 4352-3-2"]])
        #expect(comparison.stats.alineasUnchanged == 85)
    }

    @Test func aQuotedSentenceMovedToItsOwnAlineaIsAMove() throws {
        let (old, new) = try Self.datasetPair("13-plfss_2012__05_1erelecture_senat_hemicycle__16")
        let comparison = Comparer.compare(old: old, new: new)
        #expect(comparison.stats.sentencesMoved == 1)
        let moved = comparison.alineas.flatMap(\.ops).filter { $0.move != nil }
        #expect(moved.map(\.op) == [.delete, .insert])
        #expect(moved.allSatisfy { $0.text == "\"Ce relèvement ne peut excéder 1,75 %. Le tarif\"." })
    }

    /// Every real pair: entries account for each alinéa once, and the ops give both texts back.
    @Test(arguments: datasetCases)
    func datasetPairsAreAccountedFor(name: String) throws {
        let (old, new) = try Self.datasetPair(name)
        let comparison = Comparer.compare(old: old, new: new)
        let entries = comparison.alineas
        #expect(entries.compactMap(\.oldNumber).sorted() == Array(1...max(1, old.count)).prefix(old.count).map { $0 })
        #expect(entries.compactMap(\.newNumber) == Array(1...max(1, new.count)).prefix(new.count).map { $0 })
        let stats = comparison.stats
        #expect(
            stats.alineasUnchanged + stats.alineasTypographic + stats.alineasChanged + stats.alineasMoved
                + stats.alineasRemoved == old.count)
        #expect(
            stats.alineasUnchanged + stats.alineasTypographic + stats.alineasChanged + stats.alineasMoved
                + stats.alineasAdded == new.count)
        for entry in entries where entry.kind != .unchanged {
            if let text = entry.new { #expect(entry.ops.filter { $0.op != .delete }.map(\.text).joined() == text) }
            if let text = entry.old {
                #expect(entry.ops.filter { $0.op != .insert }.map { $0.old ?? $0.text }.joined() == text)
            }
            #expect(!(entry.kind == .changed && entry.ops.allSatisfy { $0.op == .equal }))
        }
    }
}
