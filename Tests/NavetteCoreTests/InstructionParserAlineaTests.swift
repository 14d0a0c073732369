import TestSupport
import Testing

@testable import NavetteCore

/// Dispositifs on alinéas, phrases and several edits at once, and the text residue of the files they
/// come from (same corpus as `InstructionParserTests`).
@Suite struct InstructionParserAlineaTests {

    @Test("Rédiger comme suit the troisième / dernier alinéa (collectif 2009, amendments 4 and 5)")
    func rewriteOrdinalAlineas() throws {
        let third = try singleEdit(
            "Rédiger comme suit le troisième alinéa (2°) de cet article :\n\n2° Ces prêts sont d'une durée inférieure ou égale à cinq ans et doivent être contractés avant le 31 décembre 2011 ;"
        )
        #expect(third.target.alineas == [.ordinal(.first(3))])
        #expect(third.target.parts.isEmpty)
        #expect(
            third.operation
                == .rewrite(alineas: [
                    "2° Ces prêts sont d'une durée inférieure ou égale à cinq ans et doivent être contractés avant le 31 décembre 2011 ;"
                ]))
        let last = try singleEdit(
            "Rédiger comme suit le dernier alinéa (3°) de cet article :\n\n3° Ces prêts sont affectés au financement d'opérations."
        )
        #expect(last.target.alineas == [.ordinal(.last(1))])
    }

    @Test("Alinéas 5 et 6: Remplacer ces alinéas par deux alinéas (biologie médicale COM-6)")
    func replaceAlineas() throws {
        let edit = try singleEdit(
            "Alinéas 5 et 6\n\nRemplacer ces alinéas par deux alinéas ainsi rédigés :\n\n« _Art. L. 6211-13_.- Lorsque la totalité de la phase pré-analytique ne peut être réalisée dans le laboratoire.\n\n« Les catégories de professionnels de santé sont fixées par arrêté du ministre chargé de la santé. »"
        )
        #expect(edit.target.alineas == [.number(5), .number(6)])
        #expect(
            edit.operation
                == .rewrite(alineas: [
                    "Art. L. 6211-13.- Lorsque la totalité de la phase pré-analytique ne peut être réalisée dans le laboratoire.",
                    "Les catégories de professionnels de santé sont fixées par arrêté du ministre chargé de la santé.",
                ]))
    }

    @Test("Supprimer: alinéas 9 à 11, l'alinéa 5, le IV, la dernière phrase de l'alinéa 3")
    func deletions() throws {
        #expect(
            try singleEdit("Alinéas 9 à 11\n\nSupprimer ces alinéas.").target.alineas == [
                .number(9), .number(10), .number(11),
            ])
        #expect(try singleEdit("Supprimer l'alinéa&nbsp;5.").target.alineas == [.number(5)])
        let part = try singleEdit("Supprimer le IV de cet article.")
        #expect(part.target.parts == ["IV"])
        #expect(part.operation == .delete)
        let phrase = try singleEdit("Supprimer la dernière phrase de l'alinéa 3.")
        #expect(phrase.target.alineas == [.number(3)])
        #expect(phrase.target.phrases == [.last(1)])
    }

    @Test("Après l'alinéa 17, insérer l'alinéa suivant, and the Sénat's Après l'alinéa 5 / Insérer")
    func insertAlineas() throws {
        let assemblee = try singleEdit(
            "Après l'alinéa&nbsp;17, insérer l'alinéa suivant&nbsp;:\n\n«&nbsp;Le cas échéant, l'évaluation rendue publique de la valeur des biens détenus en communauté correspond à la moitié de leur valeur vénale.&nbsp;»"
        )
        #expect(assemblee.target.alineas == [.number(17)])
        #expect(
            assemblee.operation
                == .insertAlineas(
                    alineas: [
                        "Le cas échéant, l'évaluation rendue publique de la valeur des biens détenus en communauté correspond à la moitié de leur valeur vénale."
                    ], side: .after))
        let senat = try singleEdit(
            "Après l'alinéa 5\n\nInsérer un alinéa ainsi rédigé :\n\n« Ces dispositions sont sans préjudice de prêts et avances. »"
        )
        #expect(senat.target.alineas == [.number(5)])
        #expect(
            senat.operation
                == .insertAlineas(alineas: ["Ces dispositions sont sans préjudice de prêts et avances."], side: .after))
        let before = try singleEdit(
            "Avant l'alinéa&nbsp;2, insérer un alinéa ainsi rédigé&nbsp;:\n\nI. bis.&nbsp;-&nbsp;Au premier alinéa de l'article L.O. 146 du même code, les mots&nbsp;:&nbsp;«&nbsp;directeur général adjoint&nbsp;»&nbsp;sont remplacés par les mots&nbsp;:&nbsp;«&nbsp;directeur général délégué&nbsp;»."
        )
        guard case .insertAlineas(let alineas, .before) = before.operation else {
            Issue.record("\(before.operation)")
            return
        }
        #expect(alineas.count == 1)
    }

    @Test("Compléter cet article par un paragraphe; compléter l'alinéa par les mots, par une phrase")
    func complete() throws {
        let paragraph = try singleEdit(
            "Compléter cet article par un paragraphe ainsi rédigé :\n\n… – Le présent article entre en vigueur six mois après la promulgation de la présente loi."
        )
        #expect(paragraph.target.isWholeArticle)
        #expect(
            paragraph.operation
                == .insertAlineas(
                    alineas: [
                        "… – Le présent article entre en vigueur six mois après la promulgation de la présente loi."
                    ], side: .after))
        let words = try singleEdit(
            "Compléter l'alinéa&nbsp;2 par les mots&nbsp;:\n\n«&nbsp;, de vice-président et membre&nbsp;».")
        #expect(words.operation == .addWords(text: ", de vice-président et membre", at: .end, sentence: false))
        let sentence = try singleEdit(
            "Compléter l'alinéa 3 par une phrase ainsi rédigée: « Le député peut joindre des observations à chacune de ses déclarations. »."
        )
        #expect(sentence.target.alineas == [.number(3)])
        #expect(
            sentence.operation
                == .addWords(
                    text: "Le député peut joindre des observations à chacune de ses déclarations.", at: .end,
                    sentence: true))
        let part = try singleEdit(
            "Compléter le a) du 2° du I de cet article par les mots :\n\net au 1° du I, après les mots : « code de l'action sociale et des familles », sont insérés les mots : «, une résidence » ;"
        )
        #expect(part.target.parts == ["I", "2°", "a)"])
    }

    @Test("Au début de cet article, ajouter un paragraphe; au début de l'alinéa, insérer les mots")
    func prepend() throws {
        let paragraph = try singleEdit(
            "Au début de cet article, ajouter un paragraphe ainsi rédigé :\n\nI. – Au troisième alinéa du I de l’article 3 de la loi n° 62-1292 du 6 novembre 1962 précitée, les mots : « à l’article L.O. 135-1 » sont remplacés par les mots : « aux articles L.O. 136-4 et L.O. 136-5 »."
        )
        #expect(paragraph.target.isWholeArticle)
        guard case .insertAlineas(let alineas, .before) = paragraph.operation else {
            Issue.record("\(paragraph.operation)")
            return
        }
        #expect(alineas.count == 1)
        #expect(alineas[0].hasPrefix("I. – Au troisième alinéa"))
        let words = try singleEdit(
            "I.&nbsp;–&nbsp;Au début de l'alinéa&nbsp;53, insérer les mots&nbsp;:\n\n«&nbsp;Pour la déclaration de situation patrimoniale,&nbsp;»."
        )
        #expect(
            words.operation
                == .addWords(text: "Pour la déclaration de situation patrimoniale,", at: .start, sentence: false))
    }

    @Test("Several edits: I. – Alinéa 6 …, II. – Alinéa 7 … (PLFSS 2012, amendment 293)")
    func severalEdits() {
        let dispositif = DispositifParser.parse(
            "I. - Alinéa 6\n\nRemplacer le taux :\n\n8 %\n\npar le taux :\n\n11 %\n\nII. - Alinéa 7\n\nRemplacer le taux :\n\n5 %\n\npar le taux :\n\n8 %"
        )
        #expect(dispositif.edits.map(\.target.alineas) == [[.number(6)], [.number(7)]])
        #expect(
            dispositif.edits.map(\.operation) == [
                .replaceWords(words: Words("8 %"), by: "11 %"), .replaceWords(words: Words("5 %"), by: "8 %"),
            ])
    }

    @Test("Sub-amendment: Amendement n° 78 rectifié, alinéa 9 (transparence, 132)")
    func subAmendment() {
        let dispositif = DispositifParser.parse(
            "Amendement n° 78 rectifié, alinéa 9\n\nAprès le mot :\n\nintérêts\n\ninsérer les mots :\n\nmatériels et personnels"
        )
        #expect(dispositif.parent == "78 rectifié")
        #expect(dispositif.edits.first?.target.alineas == [.number(9)])
    }

    @Test("Après la deuxième phrase / Insérer une phrase ainsi rédigée (infrastructures, amendment 24)")
    func insertSentence() {
        let dispositif = DispositifParser.parse(
            "Alinéa 2\n\n1° Deuxième phrase\n\nRemplacer les mots :\n\ndoit être\n\npar le mot :\n\nest\n\n2° Après la deuxième phrase\n\nInsérer une phrase ainsi rédigée :\n\nLe mineur peut cependant être consigné concomitamment avec un ou des membres de sa famille."
        )
        #expect(dispositif.isUnderstood)
        #expect(dispositif.edits.map(\.target.alineas) == [[.number(2)], [.number(2)]])
        #expect(dispositif.edits.map(\.target.phrases) == [[.first(2)], [.first(2)]])
        #expect(
            dispositif.edits.map(\.operation) == [
                .replaceWords(words: Words("doit être"), by: "est"),
                .addWords(
                    text: "Le mineur peut cependant être consigné concomitamment avec un ou des membres de sa famille.",
                    at: .end, sentence: true),
            ])
    }

    @Test("Supprimer les mots … et les mots … (transparence, Sénat, amendment 8)")
    func twoDeletions() {
        let dispositif = DispositifParser.parse(
            "Supprimer les mots :\n\net dans les cinq années précédant cette date\n\net les mots :\n\n, qu’il envisage de conserver"
        )
        #expect(
            dispositif.edits.map(\.operation) == [
                .deleteWords(words: Words("et dans les cinq années précédant cette date")),
                .deleteWords(words: Words(", qu’il envisage de conserver")),
            ])
    }

    @Test("What is not understood is kept, verbatim (PLFSS 2012, amendment 210: a table row by row, rest unchanged)")
    func unparsedKept() throws {
        let text = try Corpus.text(
            "amendment-application/données/13-plfss_2012__05_1erelecture_senat_hemicycle__15/amendement_210")
        let dispositif = DispositifParser.parse(text)
        #expect(!dispositif.isUnderstood)
        // The rewrite gives only some rows of the table: it cannot be placed, so the whole statement
        // stays not understood (its remainder mark with it); the insertion and the gage are read.
        #expect(dispositif.unparsed.count == 1)
        #expect(dispositif.unparsed.first?.hasPrefix("Rédiger ainsi cet alinéa :") == true)
        #expect(dispositif.unparsed.first?.hasSuffix("(Le reste sans changement).") == true)
        #expect(dispositif.edits.filter { !$0.isUnparsed }.count == 2)
    }

    // MARK: Text residue

    @Test("HTML and markdown residue: entities, <sup>, glued emphasis, lost apostrophes")
    func residue() {
        #expect(
            DispositifText.paragraphs("« A compter du 1<sup>er</sup>novembre 2020, les laboratoires »") == [
                "« A compter du 1er novembre 2020, les laboratoires »"
            ])
        #expect(
            DispositifText.paragraphs("aux articles 269 à 283 _quater_et 285 _septies_du code des douanes") == [
                "aux articles 269 à 283 quater et 285 septies du code des douanes"
            ])
        #expect(DispositifText.paragraphs("III _bis_. – Le fonds national") == ["III bis. – Le fonds national"])
        #expect(
            DispositifText.paragraphs("la création d?une taxe additionnelle") == [
                "la création d’une taxe additionnelle"
            ])
        #expect(DispositifText.paragraphs("À l'alinéa&nbsp;4,\n\n  \n") == ["À l'alinéa\u{A0}4,"])
    }
}
