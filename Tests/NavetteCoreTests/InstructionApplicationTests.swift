import Foundation
import NavetteFormats
import TestSupport
import Testing

@testable import NavetteCore

/// Amendments of the amendment-application dataset applied to their `article_avant`, compared with
/// the dataset's `article_apres` (typography folded, whitespace removed, as the benchmark does).
@Suite struct InstructionApplicationTests {
    static let dataset = "amendment-application/données/"

    static func comparable(_ alineas: [String]) -> String {
        Folding.fold(alineas.joined(separator: " ")).filter { !$0.isWhitespace }
    }

    static func apply(_ folder: String) throws -> (outcome: AmendmentSequence.Outcome, expected: [String]) {
        let read = try AmendmentApplicationDataset.read(folder, in: Corpus.path(dataset))
        return (AmendmentSequence.apply(read.amendments, to: read.before), read.after)
    }

    @Test(
        "Cases whose result equals article_apres",
        arguments: [
            // remplacer les mots; rédiger comme suit le troisième alinéa (2°) and le dernier alinéa (3°)
            "13-deuxieme_collectif_2009__05_1erelecture_senat_hemicycle__8",
            // Sénat: Après l'alinéa 5 / Insérer un alinéa: the new alinéa opens with a quote
            "13-plfss_2012__05_1erelecture_senat_hemicycle__31",
            // Alinéa 2, dernière phrase / Supprimer cette phrase: the closing quote stays
            "13-plfss_2012__05_1erelecture_senat_hemicycle__31_bis",
            // Alinéa 2, première phrase / Compléter cette phrase par les mots
            "13-plfss_2012__05_1erelecture_senat_hemicycle__62_ter",
            // three replacements in one alinéa; `la personne` at the start becomes `Le donneur d'ordre`
            "13-plfss_2012__05_1erelecture_senat_hemicycle__67",
            // après la seconde occurrence du mot « de », first phrase of a one-alinéa article
            "14-infrastructures_services_transports__05_1erelecture_assemblee_hemicycle__11_bis",
            // four amendments, one of them `procéder à la même substitution à l'alinéa 8`
            "14-art11_Constitution_pl__08_2emelecture_assemblee_hemicycle__1er",
            // supprimer les mots, procéder à la même suppression (leaves `par par`), substituer à l'alinéa 5
            "14-non-cumul_executif_local_depute_senateur__08_nouv.lect._assemblee_commission__3",
            // Compléter cet article par l'alinéa suivant, with quotes inside the quoted alinéa
            "14-non-cumul_executif_local_depute_senateur__09_nouv.lect._assemblee_hemicycle__1er_quater",
            // Rédiger ainsi l'article unique
            "14-securisation_transactions_ZAC_Gerland__01_1erelecture_assemblee_commission__1er",
        ])
    func exactCases(folder: String) throws {
        let (outcome, expected) = try Self.apply(folder)
        #expect(Self.comparable(outcome.alineas) == Self.comparable(expected))
        #expect(outcome.amendments.flatMap(\.results).allSatisfy { $0.isApplied })
    }

    @Test("Au début du deuxième alinéa, supprimer les mots: the next word takes the capital (collectif 2009, 8 A)")
    func capitalAfterDeletion() throws {
        let (outcome, expected) = try Self.apply("13-deuxieme_collectif_2009__05_1erelecture_senat_hemicycle__8_A")
        #expect(outcome.alineas[1].hasPrefix("\"Afin de financer la réalisation"))
        #expect(outcome.alineas == expected)
    }

    @Test("Supprimer cet article leaves nothing (collectif 2009, 8 C)")
    func articleDeleted() throws {
        let (outcome, expected) = try Self.apply("13-deuxieme_collectif_2009__05_1erelecture_senat_hemicycle__8_C")
        #expect(expected.isEmpty)
        #expect(outcome.alineas.isEmpty)
    }

    @Test("A paragraph « … – » inserted after IV, before V, is numbered IV bis (PLFSS 2012, 36 bis)")
    func numberedInsertion() throws {
        let (outcome, expected) = try Self.apply("13-plfss_2012__05_1erelecture_senat_hemicycle__36_bis")
        let inserted = try #require(outcome.alineas.first { $0.hasPrefix("IV bis.") })
        #expect(inserted.contains("Six mois avant la fin de l’expérimentation"))
        #expect(Self.comparable(outcome.alineas) == Self.comparable(expected))
    }

    @Test(
        "Words missing from the alinéa named are reported, not looked for in a neighbour (transparence, nouvelle lecture, 3)"
    )
    func wordsInANeighbourAreNotAGuess() throws {
        let (outcome, _) = try Self.apply("14-transparence_vie_publique_pjl__11_nouv.lect._assemblee_hemicycle__3")
        let result = try #require(outcome.amendments.first?.results.first)
        #expect(result.outcome == .failed(.wordsNotFound))
        let before = try AmendmentApplicationDataset.read(
            "14-transparence_vie_publique_pjl__11_nouv.lect._assemblee_hemicycle__3", in: Corpus.path(Self.dataset)
        ).before
        #expect(outcome.alineas == before)
    }

    @Test("An AN sub-amendment without header changes its amendment first (transparence, nouvelle lecture, 1er)")
    func implicitSubAmendment() throws {
        let (outcome, _) = try Self.apply("14-transparence_vie_publique_pjl__11_nouv.lect._assemblee_hemicycle__1er")
        let sub = try #require(outcome.amendments.first { $0.name == "amendement_33" })
        #expect(sub.appliedTo == "amendement_7")
        #expect(sub.results.allSatisfy { $0.isApplied })
        let amended = outcome.amendments.first { $0.name == "amendement_7" }?.dispositif.edits.first?.operation
        #expect(
            amended
                == .addWords(
                    text: "Sauf si le déclarant a lui-même rendu publique sa déclaration de situation patrimoniale,",
                    at: .start, sentence: false))
    }

    @Test("Identical amendments are applied once (non-cumul, Sénat commission, 3: COM-11 and COM-13)")
    func identicalAmendments() throws {
        let (outcome, _) = try Self.apply(
            "14-non-cumul_executif_local_depute_senateur__11_nouv.lect._senat_commission__3")
        let second = try #require(outcome.amendments.first { $0.name == "amendement_COM-13" })
        #expect(second.identicalTo == "amendement_COM-11")
        #expect(second.results.isEmpty)
    }

    @Test("Failures say why: an empty article has no I (collectif 2009, CMP, 11)")
    func failuresHaveReasons() throws {
        let (outcome, _) = try Self.apply("13-deuxieme_collectif_2009__08_cmp_senat_hemicycle__11")
        let results = outcome.amendments.flatMap(\.results)
        #expect(results.count == 3)
        #expect(results.allSatisfy { $0.outcome == .failed(.targetNotFound) })
        #expect(results.first?.detail == "no I in the article")
    }

    @Test("Alinéa numbers stay those of the text tabled: an insertion after alinéa 1 does not shift alinéa 2")
    func numbersOfTheTabledText() {
        var editor = ArticleEditor(alineas: ["I. – Premier.", "Deuxième alinéa.", "Troisième alinéa."])
        let insert = DispositifParser.parse(
            "Après l'alinéa&nbsp;1, insérer l'alinéa suivant&nbsp;:\n\n«&nbsp;Alinéa nouveau.&nbsp;»")
        let delete = DispositifParser.parse("Supprimer l'alinéa 2.")
        let results = editor.apply(insert.edits + delete.edits)
        #expect(results.allSatisfy { $0.isApplied })
        #expect(editor.texts == ["I. – Premier.", "Alinéa nouveau.", "Troisième alinéa."])
    }
}
