import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// AN formats: legacy per-amendment XML and discussion list, open-data referentiel liasse, and the
/// 14th-legislature amendment pages. Every value below was read in the corpus files.
@Suite struct AmendmentANReaderTests {
    static let legacy = "formats/an-legacy-amendement-xml/"

    @Test func legacyAmendment135() throws {
        let file = try AmendmentLoader.read(path: Corpus.path(Self.legacy + "an14-PLFSS2017-4072-amdt135.xml"))
        #expect(file.format == .anXML)
        let amendment = try #require(file.amendments.first)
        #expect(file.amendments.count == 1)
        #expect(amendment.number == "135")
        #expect(amendment.chamber == .assemblee)
        #expect(amendment.text.bill == "4072")
        #expect(amendment.text.stage == .seance)
        #expect(amendment.text.reading == "1ère lecture (1ère assemblée saisie)")
        #expect(amendment.text.legislature == "14")
        #expect(amendment.authors == ["M. Bapt"])
        #expect(
            amendment.authorsText
                == "M.\u{A0}Bapt, rapporteur au nom de la commission des affaires sociales (Recettes et équilibre général) et M.\u{A0}Bapt"
        )
        #expect(amendment.date == "2016-10-19")
        #expect(amendment.fate == .adopte)
        #expect(amendment.fateText == "Adopté")
        #expect(amendment.fateDate == "2016-10-26")
        #expect(amendment.target.kind == .article)
        #expect(amendment.target.article?.key == "9")
        #expect(amendment.target.alinea == 73)
        #expect(amendment.target.alineaPosition == .after)
        let paragraphs = amendment.dispositif.split(separator: "\n")
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first == "Compléter cet article par l’alinéa suivant\u{A0}:")
        #expect(
            paragraphs.last?.hasPrefix("«\u{A0}VI.\u{A0}–\u{A0}Le\u{A0}I de l’article L.\u{A0}133‑1‑1 s’applique")
                == true)
        #expect(paragraphs.last?.hasSuffix("à compter du 1er\u{A0}janvier 2018.\u{A0}»") == true)
        #expect(amendment.dispositifHTML?.contains("<sup>er</sup>") == true)
        #expect(amendment.expose?.split(separator: "\n").count == 3)
        #expect(amendment.expose?.hasPrefix("L’intégration des professions libérales") == true)
    }

    @Test func legacyAmendmentAS1HasTwentyNineSignatories() throws {
        let file = try AmendmentLoader.read(path: Corpus.path(Self.legacy + "an15-1408-CION-SOC-AS1.xml"))
        let amendment = try #require(file.amendments.first)
        #expect(amendment.number == "AS1")
        #expect(amendment.key == "as1")
        #expect(amendment.authors.count == 29)
        #expect(amendment.authors.prefix(3) == ["M. Aviragnet", "Mme Rabault", "Mme Bareigts"])
        #expect(amendment.authors.contains("M. Jean-Louis Bricout"))
        #expect(amendment.authors.last == "Mme Victory")
        #expect(amendment.text.stage == .commission)
        #expect(amendment.text.examinedBy == "Affaires sociales")
        #expect(amendment.text.bill == "1408")
        #expect(amendment.text.reading == "Nouvelle Lecture")
        #expect(amendment.fate == .retire)
        #expect(amendment.target.article?.key == "29")
        #expect(amendment.target.alinea == 4)
        #expect(amendment.dispositif == "Supprimer l’alinéa\u{A0}4.")
        #expect(amendment.expose?.split(separator: "\n").count == 4)
        #expect(amendment.url == "https://www.assemblee-nationale.fr/15/amendements/1408/CION-SOC/AS1.pdf")
    }

    @Test func discussionListGroupsIdenticalAmendments() throws {
        let file = try AmendmentLoader.read(path: Corpus.path(Self.legacy + "an14-PLFSS2017-4072-liste-discussion.xml"))
        #expect(file.format == .anDiscussionList)
        #expect(file.amendments.map(\.number) == ["177", "270", "723", "135", "192"])
        #expect(file.amendments.map(\.fate) == [.rejete, .rejete, .adopte, .adopte, .nonSoutenu])
        let first = file.amendments[0]
        #expect(first.identical == ["270"])
        #expect(file.amendments[1].identical == ["177"])
        #expect(first.group == "Les Républicains")
        #expect(first.authors == ["M. DOOR Jean-Pierre"])
        #expect(first.target.alineaLabel == "S")
        #expect(first.target.alinea == nil)
        #expect(file.amendments[2].authors == ["Gouvernement"])
        #expect(file.amendments[2].target.alinea == 5)
        #expect(file.amendments[2].target.alineaPosition == .after)
        let additional = file.amendments[4]
        #expect(additional.target.position == .after)
        #expect(additional.target.article?.key == "8")
        // 135's parentNumero "X" is no amendment number: ignored, and said.
        #expect(file.amendments[3].parent == nil)
        #expect(file.diagnostics.contains { $0.message.contains("parentNumero 'X'") })
        let commission = try AmendmentLoader.read(path: Corpus.path(Self.legacy + "an15-1408-CION-SOC-liste.xml"))
        #expect(commission.amendments.map(\.number) == ["AS1"])
        #expect(commission.amendments[0].group == "SOC")
        #expect(commission.amendments[0].text.stage == .commission)
        #expect(commission.amendments[0].target.alinea == 4)
    }

    @Test func openDataLiasse() throws {
        let file = try AmendmentLoader.read(
            path: Corpus.path("formats/an-opendata-amendement/zam-liasse-AMANR5L15-806-1168.xml"))
        #expect(file.format == .anOpenData)
        #expect(file.amendments.map(\.number) == ["28", "26", "AS103"])
        let (first, second, third) = (file.amendments[0], file.amendments[1], file.amendments[2])
        #expect(first.target.article?.key == "2")
        #expect(first.target.alinea == 24)
        #expect(first.fate == .unknown)
        #expect(first.fateText == "En traitement")
        #expect(first.authors == ["M. Brun"])
        #expect(first.date == "2018-06-07")
        #expect(first.text.bill == "806")
        #expect(first.text.reading == "Nouvelle Lecture")
        #expect(second.target.kind == .annex)
        #expect(second.target.alinea == 12)
        #expect(second.fate == .retire)
        #expect(second.parent == "28")
        #expect(
            second.dispositif.hasPrefix(
                "L’alinéa\u{A0}12 est complété par l’alinéa suivant\u{A0}:\n«\u{A0}L’article préliminaire"))
        #expect(third.authors == ["le Gouvernement"])
        #expect(third.target.article?.key == "40 quater")
        #expect(third.target.alinea == nil)
        #expect(third.fate == .adopte)
        #expect(third.fateDate == "2018-07-18")
        #expect(third.text.bill == "1168")
        #expect(third.text.stage == .commission)
        #expect(third.expose?.split(separator: "\n").count == 7)
        // The fixture's refTexteLegislatif (806) disagrees with the uid's text (1168): said, not hidden.
        #expect(file.diagnostics.contains { $0.message.contains("AS103") && $0.message.contains("refTexteLegislatif") })
    }

    @Test func pageOfAmendment406() throws {
        let file = try AmendmentLoader.read(path: Corpus.path("formats/an-html/14_amendements_0922_AN_406.html"))
        #expect(file.format == .anHTML)
        let amendment = try #require(file.amendments.first)
        #expect(amendment.number == "406")
        #expect(amendment.authors == ["Mme Louwagie", "Mme Marianne Dubois"])
        #expect(amendment.date == "2013-04-16")
        #expect(amendment.fate == .nonSoutenu)
        #expect(amendment.fateDate == "2013-04-18")
        #expect(amendment.target.label == "ARTICLE 1ER BIS C")
        #expect(amendment.target.article?.key == "1 bis c")
        #expect(amendment.target.alinea == 1)
        // Word's conditional comments and style blocks around the dispositif are dropped.
        #expect(amendment.dispositif == "Supprimer le mot\u{A0}:\n«\u{A0}républicaine\u{A0}».")
        #expect(amendment.expose?.hasPrefix("Le mariage civil est par essence un mariage républicain.") == true)
        #expect(amendment.text.bill == "922")
        #expect(amendment.text.stage == .seance)
        #expect(amendment.text.reading == "deuxième lecture")
        #expect(amendment.url == "https://www.assemblee-nationale.fr/14/amendements/0922/AN/406.asp")
    }

    @Test func pageOfCommissionAmendmentCL4() throws {
        let file = try AmendmentLoader.read(path: Corpus.path("formats/an-html/14_amendements_0996_CION_LOIS_CL4.html"))
        let amendment = try #require(file.amendments.first)
        #expect(amendment.number == "CL4")
        #expect(amendment.authors == ["M. Coronado", "M. Molac"])
        #expect(amendment.fate == .adopte)
        #expect(amendment.target.article?.key == "unique")
        #expect(amendment.dispositif == "Supprimer cet article.")
        #expect(amendment.text.stage == .commission)
        #expect(amendment.text.bill == "996")
        #expect(amendment.date == "2014-11-21")
    }
}
