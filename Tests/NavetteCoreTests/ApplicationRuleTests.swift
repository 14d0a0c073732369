import Testing

@testable import NavetteCore

/// General rules of amendment application (issue 14), each on an article written for the test.
@Suite struct ApplicationRuleTests {
    static let article = [
        "I. – Le code de l’environnement est ainsi modifié :",
        "1° À l’article L. 214-3, le mot : « six » est remplacé par le mot : « trois » ;",
        "2° L’article L.O. 122-1 est abrogé ;",
        "3° Au second alinéa de l’article L. 220-1, les mots : « par décret » sont supprimés.",
        "II. – Le présent article entre en vigueur le 1er janvier 2027.",
    ]

    static func apply(_ dispositifs: [String], to article: [String] = article) -> AmendmentSequence.Outcome {
        let amendments = dispositifs.enumerated().map {
            AmendmentSequence.Amendment(name: "\($0.offset + 1)", dispositif: $0.element)
        }
        return AmendmentSequence.apply(amendments, to: article)
    }

    @Test("`Alinéas 2 et 4 : rédiger ainsi ces alinéas` rewrites those two, not the alinéa between them")
    func listedAlineasAreRewrittenEach() {
        let outcome = Self.apply([
            "Alinéas 2 et 4\n\nRédiger ainsi ces alinéas :\n\n« a) Le mot : « dix » est supprimé ; »"
        ])
        #expect(outcome.alineas.count == Self.article.count)
        #expect(outcome.alineas[1].hasPrefix("a) Le mot"))
        #expect(outcome.alineas[2] == Self.article[2])
        #expect(outcome.alineas[3].hasPrefix("a) Le mot"))
    }

    @Test("Two alinéas listed and two written: each listed alinéa gets its own")
    func listedAlineasGetTheirOwnText() {
        let outcome = Self.apply([
            "Alinéas 2 et 4\n\nRédiger ainsi ces alinéas :\n\n« 1° Premier ;\n\n« 3° Troisième. »"
        ])
        #expect(outcome.alineas[1] == "1° Premier ;")
        #expect(outcome.alineas[2] == Self.article[2])
        #expect(outcome.alineas[3] == "3° Troisième.")
    }

    @Test("A range `Alinéas 2 à 4` is still rewritten whole")
    func rangeIsRewrittenWhole() {
        let outcome = Self.apply(["Alinéas 2 à 4\n\nRédiger ainsi ces alinéas :\n\n« 1° Nouveau. »"])
        #expect(outcome.alineas == [Self.article[0], "1° Nouveau.", Self.article[4]])
    }

    @Test("A code reference matches written with or without its dots (`L 214-3`, `LO 122-1`)")
    func referenceMatchesWithoutItsDots() {
        let outcome = Self.apply([
            "À l’alinéa 2, substituer à la référence : « L 214-3 » la référence : « L 214-4 ».",
            "À l’alinéa 3, substituer à la référence : « LO 122-1 » la référence : « LO 122-2 ».",
        ])
        #expect(outcome.amendments.flatMap(\.results).allSatisfy { $0.isApplied })
        #expect(outcome.alineas[1].contains("l’article L 214-4, le mot"))
        #expect(outcome.alineas[2].contains("L’article LO 122-2 est abrogé"))
    }

    @Test("An amendment on words another amendment brings is applied after it, whatever the file order")
    func amendmentOnWordsBroughtLaterIsDeferred() {
        let outcome = Self.apply([
            "À l’alinéa 5, substituer aux mots : « 2027, sauf » les mots : « 2028, sauf ».",
            "À l’alinéa 5, après les mots : « 1er janvier 2027 », insérer les mots : « , sauf en Guyane ».",
        ])
        #expect(outcome.alineas[4] == "II. – Le présent article entre en vigueur le 1er janvier 2028, sauf en Guyane.")
        #expect(outcome.amendments.map(\.name) == ["1", "2"])
        #expect(outcome.amendments.flatMap(\.results).allSatisfy { $0.isApplied })
    }

    @Test("Words that no amendment brings stay reported as not found, and the text is left as it was")
    func wordsNowhereAreReported() {
        let outcome = Self.apply([
            "À l’alinéa 5, substituer aux mots : « 1er mars 2030 » les mots : « 1er avril 2030 »."
        ])
        #expect(outcome.alineas == Self.article)
        #expect(outcome.amendments[0].results.map(\.outcome) == [.failed(.wordsNotFound)])
    }

    @Test("Words that are not in the alinéa named but in the next one are reported, not applied there")
    func wordsInTheNextAlineaAreNotAGuess() {
        let outcome = Self.apply([
            "À l’alinéa 2, substituer à la référence : « L.O. 122-1 » la référence : « L.O. 122-9 »."
        ])
        #expect(outcome.alineas == Self.article)
        #expect(outcome.amendments[0].results.map(\.outcome) == [.failed(.wordsNotFound)])
    }

    @Test("`Après le mot X, rédiger ainsi la fin` with X twice: the last X, which rewrites the fewest words")
    func rewriteEndAfterTheLastOccurrence() {
        let article = ["Le conseil comprend des élus, dont deux maires, et des experts, dont un magistrat."]
        let outcome = Self.apply(
            ["Alinéa 1\n\nAprès le mot :\n\ndont\n\nrédiger ainsi la fin de cet alinéa :\n\ntrois avocats."],
            to: article)
        #expect(
            outcome.alineas == ["Le conseil comprend des élus, dont deux maires, et des experts, dont trois avocats."])
        #expect(outcome.amendments[0].results.map(\.outcome) == [.ambiguous(occurrences: 2)])
    }

    @Test("Identical amendments typed differently (capitals, dashes, apostrophes) add their paragraph once")
    func identicalAmendmentsApplyOnce() {
        let outcome = Self.apply([
            "Compléter cet article par un paragraphe ainsi rédigé :\n\nIII. – L’article L. 5 du même code est abrogé.",
            "Compléter cet article par un paragraphe ainsi rédigé :\n\nIII. - l'article L. 5 du Même code est abrogé.",
        ])
        #expect(outcome.alineas.count == Self.article.count + 1)
        #expect(outcome.alineas.last == "III. – L’article L. 5 du même code est abrogé.")
        #expect(outcome.amendments[1].identicalTo == "1")
    }
}
