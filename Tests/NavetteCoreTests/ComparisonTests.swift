import Foundation
import Testing

@testable import NavetteCore

/// The hard cases of issue 3, on sentences of the 2023 Olympics bill (article 7) and of the
/// amendment-application dataset.
@Suite struct ComparisonTests {
    static let olympics30June =
        "I. – À titre expérimental et jusqu’au 30 juin 2025, à la seule fin d’assurer la sécurité de manifestations sportives, récréatives ou culturelles qui, par l’ampleur de leur fréquentation ou leurs circonstances, sont particulièrement exposées à des risques d’actes de terrorisme ou d’atteintes graves à la sécurité des personnes, les images collectées au moyen de systèmes de vidéoprotection autorisés sur le fondement de l’article L. 252‑1 du code de la sécurité intérieure peuvent faire l’objet de traitements algorithmiques."
    static let olympics31December = olympics30June.replacing("30 juin 2025", with: "31 décembre 2024")
    static let second =
        "II. – Les traitements mentionnés au I du présent article, y compris pendant leur conception, sont régis par les dispositions applicables du règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016."
    static let third =
        "III. – Le recours à un traitement algorithmique est autorisé par décret pris après avis de la Commission nationale de l’informatique et des libertés."
    static let fourth =
        "IV. – Le traitement algorithmique ne peut procéder à aucun rapprochement avec d’autres traitements de données à caractère personnel."

    private func compare(_ old: [String], _ new: [String]) -> Comparison {
        Comparer.compare(old: old.map { Alinea($0) }, new: new.map { Alinea($0) })
    }

    private func changes(_ entry: Comparison.Entry) -> [String] {
        entry.ops.filter { $0.op != .equal }.map { "\($0.op.rawValue):\($0.text)" }
    }

    @Test func identicalTextsGiveNoChange() {
        let comparison = compare([Self.olympics30June, Self.second], [Self.olympics30June, Self.second])
        #expect(comparison.alineas.map(\.kind) == [.unchanged, .unchanged])
        #expect(comparison.isUnchanged)
        #expect(comparison.stats.alineasUnchanged == 2)
        #expect(comparison.stats.wordsAdded == 0 && comparison.stats.wordsRemoved == 0)
    }

    @Test func theOlympicsEndDateIsExactlyOneDateChange() throws {
        let comparison = compare([Self.olympics30June], [Self.olympics31December])
        let entry = try #require(comparison.alineas.first)
        #expect(entry.kind == .changed)
        #expect(changes(entry) == ["delete:30 juin 2025", "insert:31 décembre 2024"])
        #expect(entry.ops.first?.text == "I. – À titre expérimental et jusqu’au ")
        #expect(comparison.stats.wordsAdded == 1 && comparison.stats.wordsRemoved == 1)
    }

    @Test func oneChangedWordGivesExactlyThatWord() throws {
        let old = "« 2° Ces prêts sont d’une durée inférieure ou égale à cinq ans ;"
        let new = "« 2° Ces prêts sont d’une durée inférieure ou égale à sept ans ;"
        let entry = try #require(compare([old], [new]).alineas.first)
        #expect(changes(entry) == ["delete:cinq ", "insert:sept "])
    }

    @Test func anInsertedAlineaLeavesTheOthersUnchanged() {
        let comparison = compare(
            [Self.olympics30June, Self.second, Self.fourth],
            [Self.olympics30June, Self.second, Self.third, Self.fourth])
        #expect(comparison.alineas.map(\.kind) == [.unchanged, .unchanged, .inserted, .unchanged])
        #expect(comparison.alineas.map(\.newNumber) == [1, 2, 3, 4])
        #expect(comparison.alineas.map(\.oldNumber) == [1, 2, nil, 3])
        #expect(comparison.stats.alineasAdded == 1 && comparison.stats.alineasChanged == 0)
    }

    @Test func aDeletedAlineaStaysWhereItWas() {
        let comparison = compare(
            [Self.olympics30June, Self.second, Self.third, Self.fourth],
            [Self.olympics31December, Self.second, Self.fourth])
        #expect(comparison.alineas.map(\.kind) == [.changed, .unchanged, .deleted, .unchanged])
        #expect(comparison.alineas[2].old == Self.third)
        #expect(comparison.stats.alineasRemoved == 1 && comparison.stats.alineasChanged == 1)
    }

    @Test func aMovedAlineaIsAMove() {
        let comparison = compare(
            [Self.olympics30June, Self.second, Self.third, Self.fourth],
            [Self.olympics30June, Self.third, Self.fourth, Self.second])
        #expect(comparison.alineas.filter { $0.kind == .moved }.map { [$0.oldNumber, $0.newNumber] } == [[2, 4]])
        #expect(comparison.alineas.filter { $0.kind != .moved }.allSatisfy { $0.kind == .unchanged })
        #expect(
            comparison.stats.alineasMoved == 1 && comparison.stats.alineasAdded == 0
                && comparison.stats.alineasRemoved == 0)
    }

    @Test func aMovedAndEditedAlineaIsAMoveWithItsChange() throws {
        let edited = Self.second.replacing(
            "pendant leur conception", with: "pendant leur conception et leur exploitation")
        let comparison = compare(
            [Self.olympics30June, Self.second, Self.third, Self.fourth],
            [Self.olympics30June, Self.third, Self.fourth, edited])
        let moved = try #require(comparison.alineas.first { $0.kind == .moved })
        #expect(moved.oldNumber == 2 && moved.newNumber == 4)
        #expect(changes(moved) == ["insert:et leur exploitation"])
    }

    @Test func aMovedSentenceIsAMove() throws {
        let sentence = "Ces traitements ont pour unique objet de détecter, en temps réel, des événements prédéterminés."
        let comparison = compare(
            [Self.third + " " + sentence, Self.fourth],
            [Self.third, Self.fourth + " " + sentence])
        #expect(comparison.alineas.map(\.kind) == [.changed, .changed])
        let deleted = try #require(comparison.alineas[0].ops.first { $0.op == .delete })
        let inserted = try #require(comparison.alineas[1].ops.first { $0.op == .insert })
        #expect(deleted.text == sentence && inserted.text == sentence)
        #expect(deleted.move != nil && deleted.move == inserted.move)
        #expect(comparison.stats.sentencesMoved == 1)
        #expect(comparison.stats.wordsAdded == 0 && comparison.stats.wordsRemoved == 0)
    }

    /// A sentence moved and lightly edited: one move, its word diff on the insertion, and only the
    /// edited words counted; JSON keeps the edits.
    @Test func aMovedAndEditedSentenceIsAMoveWithItsDiff() throws {
        let sentence = "Ces traitements ont pour unique objet de détecter, en temps réel, des événements prédéterminés."
        let edited = sentence.replacing("en temps réel", with: "en temps quasi réel")
        let comparison = compare(
            [Self.third + " " + sentence, Self.fourth],
            [Self.third, Self.fourth + " " + edited])
        let deleted = try #require(comparison.alineas[0].ops.first { $0.op == .delete })
        let inserted = try #require(comparison.alineas[1].ops.first { $0.op == .insert })
        #expect(deleted.text == sentence && inserted.text == edited)
        #expect(deleted.move != nil && deleted.move == inserted.move)
        let edits = try #require(inserted.edits)
        #expect(edits.filter { $0.op != .equal }.map { "\($0.op.rawValue):\($0.text)" } == ["insert:quasi "])
        #expect(comparison.stats.sentencesMoved == 1)
        #expect(comparison.stats.wordsAdded == 1 && comparison.stats.wordsRemoved == 0)
        let json = try JSONEncoder().encode(comparison)
        #expect(try JSONDecoder().decode(Comparison.self, from: json) == comparison)
    }

    @Test(arguments: [
        ("l’objet", "l'objet"),  // apostrophe
        ("31 décembre", "31\u{a0}décembre"),  // no-break space
        ("L. 252‑1", "L. 252-1"),  // no-break hyphen U+2011
        ("« récréative ou culturelle »", "«\u{a0}récréative ou culturelle\u{a0}»"),
    ])
    func typographicDifferencesAreTypography(variant: String, plain: String) throws {
        let text =
            "les images peuvent faire l’objet de traitements au 31 décembre sur le fondement de l’article L. 252‑1 du code, « récréative ou culturelle »."
        let comparison = compare([text], [text.replacing(variant, with: plain)])
        let entry = try #require(comparison.alineas.first)
        #expect(entry.kind == .typographic)
        #expect(comparison.isUnchanged)
        #expect(comparison.stats.alineasTypographic == 1 && comparison.stats.wordsAdded == 0)
        #expect(entry.ops.allSatisfy { $0.op == .equal })
        // The op that differs shows the difference, old and new.
        let shown = entry.ops.filter(\.isTypographic)
        #expect(!shown.isEmpty)
        #expect(shown.allSatisfy { $0.old != nil && $0.old != $0.text })
    }

    @Test func aRewrittenAlineaIsPairedWithItsPredecessor() throws {
        // 13-deuxieme_collectif_2009, article 8 (amendment-application dataset): alinéa 3 rewritten,
        // and a new alinéa inserted after it.
        let old = [
            "1° La garantie peut porter sur le principal de ces prêts bancaires, dans la limite de 80 % ;",
            "2° La durée de ces prêts est inférieure ou égale à cinq ans ;",
            "3° Ces prêts sont affectés au financement d'opérations permettant l'achat.",
        ]
        let new = [
            old[0],
            "2° Ces prêts sont d'une durée inférieure ou égale à cinq ans et doivent être contractés avant le 31 décembre 2011 ;",
            "2° bis Les prêts sont garantis par l'État dans des conditions fixées par décret ;",
            old[2],
        ]
        let comparison = compare(old, new)
        #expect(comparison.alineas.map(\.kind) == [.unchanged, .changed, .inserted, .unchanged])
        #expect(comparison.alineas[1].oldNumber == 2 && comparison.alineas[1].newNumber == 2)
        #expect(
            changes(comparison.alineas[1]) == [
                "delete:La durée de ces prêts est ", "insert:Ces prêts sont d'une durée ",
                "insert:et doivent être contractés avant le 31 décembre 2011 ",
            ])
    }

    /// pjl09-200, article 12 between the Sénat's deposit and its commission: a short alinéa extended by
    /// a much longer sentence, next to a new alinéa, is still the same alinéa (not a deletion, an
    /// insertion and a moved sentence).
    @Test func anAlineaExtendedByALongAdditionKeepsItsPredecessor() throws {
        let plan = "« Le plan précise les actions qui feront l’objet prioritairement des interventions de l’État."
        let extended =
            plan
            + " Dans les régions qui comprennent des territoires classés au titre de l’article 3 de la loi n° 85-30 du 9 janvier 1985 relative au développement et à la protection de la montagne, il comporte un volet spécifique à l’agriculture de montagne."
        let comparison = compare([Self.second, plan, Self.fourth], [Self.second, extended, Self.third, Self.fourth])
        #expect(comparison.alineas.map(\.kind) == [.unchanged, .changed, .inserted, .unchanged])
        let entry = comparison.alineas[1]
        #expect(entry.oldNumber == 2 && entry.newNumber == 2)
        #expect(changes(entry).count == 1 && changes(entry)[0].hasPrefix("insert:Dans les régions"))
        #expect(comparison.stats.sentencesMoved == 0)
    }

    @Test func opsPutBothTextsBackTogether() {
        let comparison = compare(
            [Self.olympics30June, Self.second, Self.third],
            [Self.olympics31December.replacing("l’", with: "l'"), Self.third + " Il est pris pour un an.", Self.fourth])
        for entry in comparison.alineas where entry.kind != .unchanged {
            if let new = entry.new { #expect(entry.ops.filter { $0.op != .delete }.map(\.text).joined() == new) }
            if let old = entry.old {
                #expect(entry.ops.filter { $0.op != .insert }.map { $0.old ?? $0.text }.joined() == old)
            }
        }
    }

    @Test func tinyEqualRunsBetweenChangesAreMerged() throws {
        let old = "les services de la police nationale sont informés"
        let new = "les agents habilités de la gendarmerie nationale sont informés"
        let entry = try #require(compare([old], [new]).alineas.first)
        // "de la" between two changes is folded into one readable replacement.
        #expect(changes(entry) == ["delete:services de la police ", "insert:agents habilités de la gendarmerie "])
    }

    @Test func anInsertionSlidesToAPunctuationBoundary() throws {
        let old = "les services de police municipale, les services internes de sécurité"
        let new = "les services de police municipale, les services d’incendie, les services internes de sécurité"
        let entry = try #require(compare([old], [new]).alineas.first)
        #expect(changes(entry) == ["insert:les services d’incendie, "])
    }

    @Test func emptyAndBlankAlineasAreHandled() {
        let comparison = compare(["", Self.second, "  "], [Self.second, "", "\u{a0}"])
        #expect(comparison.alineas.compactMap(\.oldNumber).sorted() == [1, 2, 3])
        #expect(comparison.alineas.compactMap(\.newNumber) == [1, 2, 3])
        #expect(comparison.alineas.flatMap(\.ops).allSatisfy { !$0.text.isEmpty || !($0.old ?? "").isEmpty })
        #expect(Comparer.compare(old: [], new: []).alineas.isEmpty)
    }

    @Test func articlesCompareAndMissingOnesAreInsertionsOrDeletions() {
        let seven = Article(label: "7", alineas: [Alinea(Self.olympics30June), Alinea(Self.second)])
        #expect(Comparison(old: nil, new: seven).alineas.map(\.kind) == [.inserted, .inserted])
        #expect(Comparison(old: seven, new: nil).stats.alineasRemoved == 2)
        let diff = ArticleDiff(old: seven, new: Article(label: "7", status: .supprime))
        #expect(diff.status == .changed)
        #expect(diff.comparison.stats.alineasRemoved == 2)
    }

    @Test func readingsCompareArticleByArticle() {
        let old = Reading(
            id: "939",
            articles: [
                Article(label: "6", alineas: [Alinea(Self.fourth)]),
                Article(label: "7", alineas: [Alinea(Self.olympics30June), Alinea(Self.second)]),
                Article(label: "8", alineas: [Alinea(Self.third)]),
            ])
        let new = Reading(
            id: "TA 96",
            articles: [
                Article(label: "6", alineas: [Alinea(Self.fourth)]),
                Article(label: "7", alineas: [Alinea(Self.olympics31December), Alinea(Self.second)]),
                Article(label: "7 bis (nouveau)", flags: [.nouveau], alineas: [Alinea(Self.third)]),
            ])
        let comparison = ReadingComparison(old: old, new: new)
        #expect(comparison.articles.map(\.label) == ["6", "7", "7 bis (nouveau)", "8"])
        #expect(comparison.articles.map(\.status) == [.unchanged, .changed, .added, .removed])
        #expect(comparison.added == ["7 bis (nouveau)"] && comparison.removed == ["8"])
        #expect(comparison.changedArticles.map(\.label) == ["7", "7 bis (nouveau)", "8"])
        let words = Tokenizer.words(in: Self.third).filter(\.isWordLike).count
        #expect(words == 24)
        #expect(comparison.stats.wordsAdded == 1 + words && comparison.stats.wordsRemoved == 1 + words)
        #expect(comparison.stats.alineasAdded == 1 && comparison.stats.alineasRemoved == 1)
    }
}
