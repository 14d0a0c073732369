import TestSupport
import Testing

@testable import NavetteCore

/// Dispositifs copied from the corpus (amendment-application dataset, AN amendment pages), each
/// with the edits it must give. The `&nbsp;` and markdown residue are kept as the files have them.
@Suite struct InstructionParserTests {
    // MARK: Whole article

    @Test("Supprimer cet article (AN 27, AN 585, Sénat COM-10)")
    func deleteArticle() throws {
        let edit = try singleEdit("Supprimer cet article.")
        #expect(edit.operation == .delete)
        #expect(edit.target.isWholeArticle)
    }

    @Test("Rédiger ainsi cet article, inner quotes kept (non-cumul CL51)")
    func rewriteArticle() throws {
        let edit = try singleEdit(
            "Rédiger ainsi cet article&nbsp;:\n\nAu dernier alinéa de l'article&nbsp;4 de l'ordonnance n° 58‑1210 du 13 décembre 1958 portant loi organique relative à l'indemnité des membres du Parlement, les mots&nbsp;: «&nbsp;ou qui préside une telle société&nbsp;» sont supprimés."
        )
        guard case .rewrite(let alineas) = edit.operation else {
            Issue.record("\(edit.operation)")
            return
        }
        #expect(alineas.count == 1)
        #expect(alineas[0].hasPrefix("Au dernier alinéa de l'article\u{A0}4"))
        #expect(alineas[0].hasSuffix("«\u{A0}ou qui préside une telle société\u{A0}» sont supprimés."))
        #expect(edit.target.isWholeArticle)
    }

    @Test("Rétablir cet article dans la rédaction suivante, quotes of the amendment removed (CL38)")
    func restoreArticle() throws {
        let edit = try singleEdit(
            "Rétablir cet article dans la rédaction suivante&nbsp;:\n\n«&nbsp;L'article L.O.&nbsp;148 du même code est abrogé.&nbsp;»"
        )
        #expect(edit.operation == .rewrite(alineas: ["L'article L.O.\u{A0}148 du même code est abrogé."]))
    }

    @Test("À l'article 10 names the whole article (art. 11 Constitution, amendment 16)")
    func articleByNumber() throws {
        let edit = try singleEdit(
            "À l'article&nbsp;10, substituer aux mots&nbsp;:\n\n«&nbsp;de la même procédure, de reproduire les données collectées par voie électronique&nbsp;»\n\nles mots&nbsp;:\n\n«&nbsp;des mêmes opérations, de reproduire des données collectées&nbsp;»."
        )
        #expect(edit.target.isWholeArticle)
        guard case .replaceWords(let words, let text) = edit.operation else {
            Issue.record("\(edit.operation)")
            return
        }
        #expect(words.text == "de la même procédure, de reproduire les données collectées par voie électronique")
        #expect(text == "des mêmes opérations, de reproduire des données collectées")
    }

    // MARK: Words

    @Test("substituer aux mots … les mots, on four paragraphs (AN CL357, text 809)")
    func substituteWordsCL357() throws {
        let text = try Corpus.text("amendments/an/assemblee-nationale-0809-CION_LOIS-CL357.txt")
        let dispositif = DispositifParser.parse(DispositifExtractor.dispositif(in: text))
        #expect(dispositif.isUnderstood)
        #expect(dispositif.edits.count == 2)
        let first = dispositif.edits[0]
        let second = dispositif.edits[1]
        #expect(first.target.alineas == [.number(1)])
        #expect(
            first.operation
                == .replaceWords(words: Words("jusqu’au 30 juin 2025"), by: "du 1er juillet 2024 au 30 septembre 2024"))
        #expect(second.target.alineas == [.number(34)])
        #expect(second.target.phrases == [.first(2)])
        #expect(second.operation == .replaceWords(words: Words("30 juin 2025"), by: "30 septembre 2024"))
    }

    @Test("substituer à la date, first phrase of alinéa 1 (AN 406, text 939)")
    func substituteDateAN406() throws {
        let text = try Corpus.text("amendments/an/assemblee-nationale-0939-AN-406.txt")
        let edit = try singleEdit(DispositifExtractor.dispositif(in: text))
        #expect(edit.target.alineas == [.number(1)])
        #expect(edit.target.phrases == [.first(1)])
        #expect(edit.operation == .replaceWords(words: Words("31 décembre 2024"), by: "8 septembre 2024"))
    }

    @Test("Inline form: substituer au mot : « x », le mot : « y » (non-cumul CL10)")
    func inlineSubstitution() throws {
        let edit = try singleEdit(
            "A l'alinéa&nbsp;5, substituer au mot&nbsp;: «&nbsp;général&nbsp;», le mot&nbsp;: «&nbsp;départemental&nbsp;»."
        )
        #expect(edit.target.alineas == [.number(5)])
        #expect(edit.operation == .replaceWords(words: Words("général"), by: "départemental"))
    }

    @Test("Two substitutions in one sentence (non-cumul CL13)")
    func twoSubstitutions() {
        let dispositif = DispositifParser.parse(
            "A l'alinéa&nbsp;12, substituer aux mots&nbsp;: «&nbsp;des conseils territoriaux&nbsp;», les mots&nbsp;: «&nbsp;du conseil territorial&nbsp;» et substituer aux mots&nbsp;: «&nbsp;des conseils exécutifs&nbsp;», les mots&nbsp;: «&nbsp;du conseil exécutif&nbsp;»."
        )
        #expect(
            dispositif.edits.map(\.operation) == [
                .replaceWords(words: Words("des conseils territoriaux"), by: "du conseil territorial"),
                .replaceWords(words: Words("des conseils exécutifs"), by: "du conseil exécutif"),
            ])
    }

    @Test("Sénat layout: header, bare words, par les mots (PLFSS 2012, amendment 340)")
    func senateReplace() throws {
        let edit = try singleEdit(
            "Alinéa 17\n\nRemplacer les mots :\n\nle 2 de l’article L. 137-5\n\npar les mots :\n\nle 3 de l’article L. 137-5"
        )
        #expect(edit.target.alineas == [.number(17)])
        #expect(
            edit.operation
                == .replaceWords(words: Words("le 2 de l’article L. 137-5"), by: "le 3 de l’article L. 137-5"))
    }

    @Test("Remplacer les taux in the text proposed by the I of this article (collectif 2009, amendment 8)")
    func rateInProposedText() {
        let dispositif = DispositifParser.parse(
            "I. - Dans le premier alinéa du texte proposé par le I de cet article pour l'article L. 423-14 de code de la construction et de l'habitation, remplacer les taux :\n\n30 %\n\npar le taux :\n\n50 %"
        )
        let edit = dispositif.edits[0]
        #expect(edit.target.parts == ["I"])
        #expect(edit.target.quotedText)
        #expect(edit.target.alineas == [.ordinal(.first(1))])
        #expect(edit.operation == .replaceWords(words: Words("30 %"), by: "50 %"))
    }

    @Test("supprimer les mots (art. 11 Constitution, amendment 23)")
    func deleteWords() throws {
        let edit = try singleEdit("À l'alinéa&nbsp;16, supprimer les mots&nbsp;:\n\n«&nbsp;à Mayotte et&nbsp;».")
        #expect(edit.target.alineas == [.number(16)])
        #expect(edit.operation == .deleteWords(words: Words("à Mayotte et")))
    }

    @Test("Au début du deuxième alinéa, supprimer les mots (collectif 2009, amendment 93)")
    func deleteAtStartOfOrdinalAlinea() throws {
        let edit = try singleEdit(
            "Au début du deuxième alinéa de cet article, supprimer les mots :\n\nLorsque cette taxe n’est pas perçue par le syndicat ou le département et"
        )
        #expect(edit.target.alineas == [.ordinal(.first(2))])
        #expect(edit.target.anchor == .start)
        #expect(
            edit.operation
                == .deleteWords(
                    words: Words("Lorsque cette taxe n’est pas perçue par le syndicat ou le département et")))
    }

    @Test("après le mot … insérer les mots (biologie médicale, amendment 23)")
    func insertWords() throws {
        let edit = try singleEdit(
            "À l'alinéa&nbsp;28, après le mot&nbsp;:\n\n«&nbsp;qualité&nbsp;»,\n\ninsérer les mots&nbsp;:\n\n«&nbsp;des examens de biologie médicale&nbsp;»."
        )
        #expect(edit.target.alineas == [.number(28)])
        #expect(
            edit.operation
                == .insertWords(text: "des examens de biologie médicale", side: .after, anchor: Words("qualité")))
    }

    @Test("Occurrences: la seconde, la dernière, la première (infrastructures 141, 180, 175)")
    func occurrences() throws {
        let second = try singleEdit(
            "À la première phrase, après la seconde occurrence du mot&nbsp;:\n\n«&nbsp;de&nbsp;»,\n\ninsérer les mots&nbsp;:\n\n«&nbsp;40 à&nbsp;»."
        )
        #expect(
            second.operation
                == .insertWords(text: "40 à", side: .after, anchor: Words("de", occurrence: .rank(.first(2)))))
        #expect(second.target.phrases == [.first(1)])
        let last = try singleEdit(
            "À l'alinéa&nbsp;29, après la dernière occurrence du mot&nbsp;:\n\n«&nbsp;à&nbsp;»\n\ninsérer les mots&nbsp;:\n\n«&nbsp;l'accord sur&nbsp;»."
        )
        #expect(
            last.operation
                == .insertWords(text: "l'accord sur", side: .after, anchor: Words("à", occurrence: .rank(.last(1)))))
        let first = try singleEdit(
            "À l'alinéa&nbsp;15, substituer à la première occurrence du mot&nbsp;:\n\n«&nbsp;et&nbsp;»\n\nle mot&nbsp;:\n\n«&nbsp;à&nbsp;»."
        )
        #expect(first.operation == .replaceWords(words: Words("et", occurrence: .rank(.first(1))), by: "à"))
    }

    @Test("(deux fois) and par deux fois: every occurrence (non-cumul COM-17, infrastructures 179)")
    func everyOccurrence() {
        let twice = DispositifParser.parse(
            "Alinéas 2 et 4\n\nAprès les mots :\n\nde l’article L.O. 136-1\n\ninsérer (deux fois) les mots :\n\n, de prolongation au-delà du délai de six mois d'une mission temporaire confiée par le Gouvernement en application de l’article L.O. 144"
        )
        #expect(twice.edits.map(\.target.alineas) == [[.number(2)], [.number(4)]])
        #expect(
            twice.edits.allSatisfy {
                if case .insertWords(_, _, let anchor) = $0.operation { return anchor.occurrence == .every }
                return false
            })
        let deleted = DispositifParser.parse(
            "À l'alinéa&nbsp;2, supprimer par deux fois les mots&nbsp;:\n\n«&nbsp;pour ce qui les concerne,&nbsp;».")
        #expect(
            deleted.edits.map(\.operation) == [
                .deleteWords(words: Words("pour ce qui les concerne,", occurrence: .every))
            ])
    }

    @Test("après le mot « Guyane », substituer au mot « et »: the occurrence after the anchor (CL11)")
    func anchoredSubstitution() throws {
        let edit = try singleEdit(
            "A l'alinéa&nbsp;8, après le mot&nbsp;: «&nbsp;Guyane&nbsp;», substituer au mot&nbsp;: «&nbsp;et&nbsp;», le mot&nbsp;: «&nbsp;ou&nbsp;»."
        )
        #expect(edit.operation == .replaceWords(words: Words("et", after: "Guyane"), by: "ou"))
    }

    @Test("Après le mot …, rédiger ainsi la fin de l'alinéa (transparence CL10)")
    func rewriteEnd() throws {
        let edit = try singleEdit(
            "Après le mot&nbsp;: «&nbsp;concubin&nbsp;», rédiger ainsi la fin de l'alinéa&nbsp;22&nbsp;: «&nbsp;du député concerné.&nbsp;»."
        )
        #expect(edit.target.alineas == [.number(22)])
        #expect(edit.operation == .rewriteEnd(after: Words("concubin"), text: "du député concerné."))
    }

    @Test("Après le mot : article, supprimer la fin du dernier alinéa (collectif 2009, amendment 8, V)")
    func deleteEnd() {
        let dispositif = DispositifParser.parse(
            "V. - Après le mot :\n\narticle\n\nsupprimer la fin du dernier alinéa du même texte.")
        #expect(dispositif.edits.map(\.operation) == [.rewriteEnd(after: Words("article"), text: nil)])
        #expect(dispositif.edits.first?.target.alineas == [.ordinal(.last(1))])
    }

    @Test("Rédiger ainsi le début de l'alinéa 8 … (le reste sans changement) (art. 11 Constitution, 20)")
    func rewriteStart() throws {
        let edit = try singleEdit(
            "Rédiger ainsi le début de l'alinéa&nbsp;8&nbsp;:\n\n«&nbsp;Lorsque plusieurs référendums sont organisés…(le reste sans changement)&nbsp;»."
        )
        #expect(edit.target.alineas == [.number(8)])
        #expect(edit.operation == .rewriteStart(text: "Lorsque plusieurs référendums sont organisés"))
    }

    @Test("En conséquence, procéder à la même substitution à l'alinéa 8 (art. 11 Constitution, 17)")
    func sameSubstitution() {
        let dispositif = DispositifParser.parse(
            "I.&nbsp;–&nbsp;À l'alinéa&nbsp;7, substituer aux mots&nbsp;:\n\n«&nbsp;de la même procédure&nbsp;»,\n\nles mots&nbsp;:\n\n«&nbsp;des mêmes opérations&nbsp;».\n\nII.&nbsp;– En conséquence, procéder à la même substitution à l'alinéa&nbsp;8."
        )
        #expect(dispositif.isUnderstood)
        #expect(dispositif.edits.map(\.target.alineas) == [[.number(7)], [.number(8)]])
        #expect(Set(dispositif.edits.map(\.operation)).count == 1)
    }
}

/// The one edit a dispositif must give, its whole text understood.
func singleEdit(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Edit {
    let dispositif = DispositifParser.parse(text)
    #expect(dispositif.isUnderstood, "\(dispositif.unparsed)", sourceLocation: sourceLocation)
    try #require(dispositif.edits.count == 1, "\(dispositif.edits)", sourceLocation: sourceLocation)
    return dispositif.edits[0]
}
