import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// Sénat Ameli CSV and discussion JSON, Italian Senate Akoma Ntoso, La Fabrique amendment lists.
@Suite struct AmendmentSenatReaderTests {
    static let ameli = "formats/senat-ameli-csv/"

    @Test func seanceCSVWithAHugeDispositif() throws {
        let file = try AmendmentLoader.read(path: Corpus.path(Self.ameli + "jeu_complet_2019-2020_139.csv"))
        #expect(file.format == .ameliCSV)
        #expect(file.amendments.map(\.number) == ["I-2 rect.", "I-744"])
        let first = file.amendments[0]
        #expect(first.key == "i2 rect")
        #expect(first.chamber == .senat)
        #expect(first.target.article?.key == "18")
        #expect(first.target.alinea == 86)
        #expect(first.authors == ["M. CUYPERS"])
        #expect(first.group == nil)
        #expect(first.date == "2019-11-21")
        #expect(first.fate == .unknown)
        #expect(first.fateText == "En attente de recevabilité financière")
        #expect(
            first.dispositif.hasPrefix(
                "I.\u{A0}–\u{A0}Après l’alinéa 86\nInsérer un alinéa ainsi rédigé\u{A0}:\n«\u{A0}–\u{A0}soit l’essence")
        )
        #expect(first.text.stage == .seance)
        #expect(first.text.bill == "139")
        #expect(first.text.legislature == "2019-2020")
        #expect(first.url == "https://www.senat.fr/amendements/2019-2020/139/Amdt_I-2.html")
        let second = file.amendments[1]
        #expect(second.target.kind == .article)
        #expect(second.target.position == .after)
        #expect(second.target.article?.key == "2 quinquies")
        #expect(second.group == "groupe socialiste et républicain")
        #expect(second.authors == ["M. ÉBLÉ"])
        // 390 <p> in 160,586 characters of HTML, read whole.
        #expect(second.dispositif.split(separator: "\n").count > 300)
        #expect(
            second.dispositif.hasPrefix(
                "Après l’article\u{A0}2\u{A0}quinquies\nInsérer un article\u{A0}additionnel ainsi rédigé\u{A0}:"))
    }

    /// A column the Sénat would add: the known ones are read, the file says once what it ignored.
    @Test func unknownColumnsAreReadPastWithOneWarning() throws {
        let bytes = try Corpus.bytes(Self.ameli + "jeu_complet_2019-2020_139.csv")
            .replacing(Array("\r\nNature".utf8), with: Array("\r\nColonne future\tNature".utf8))
            .replacing(Array("\r\nAmt\t".utf8), with: Array("\r\nx\tAmt\t".utf8))
        let file = try AmendmentLoader.read(bytes: bytes, file: "jeu_complet.csv")
        #expect(file.amendments.map(\.number) == ["I-2 rect.", "I-744"])
        #expect(file.amendments[0].target.alinea == 86)
        #expect(file.amendments[0].fateText == "En attente de recevabilité financière")
        #expect(
            file.diagnostics.map(\.message) == [
                "columns unknown to navette's Ameli CSV reader, ignored: Colonne future"
            ])
    }

    @Test func commissionCSVWithATabInsideAnObjet() throws {
        let file = try AmendmentLoader.read(path: Corpus.path(Self.ameli + "jeu_complet_commission_2013-2014_310.csv"))
        let amendments = file.amendments
        #expect(amendments.count == 127)
        #expect(amendments.first?.number == "COM-1 rect.")
        #expect(amendments.last?.number == "COM-127")
        let fates = Dictionary(grouping: amendments, by: \.fate).mapValues(\.count)
        #expect(fates == [.adopte: 61, .tombe: 28, .retire: 27, .rejete: 11])
        let kinds = Dictionary(grouping: amendments, by: \.target.kind).mapValues(\.count)
        #expect(kinds == [.article: 97, .unknown: 21, .division: 6, .title: 3])
        // COM-25's objet holds a raw tab: the record still has its sort, URL and Fiche in place.
        let tabbed = try #require(amendments.first { $0.number == "COM-25" })
        #expect(tabbed.fate == .retire)
        #expect(tabbed.target.article?.key == "4")
        #expect(tabbed.target.alinea == 7)
        #expect(tabbed.authors == ["M. HÉRISSON"])
        #expect(tabbed.dispositif == "A l'alinéa 7, substituer aux mots:\n\" sans fil à internet\"\nle mot: \" wifi\".")
        #expect(tabbed.expose?.contains("La dénomination \" accès sans fil à internet\"") == true)
        #expect(tabbed.url == "https://www.senat.fr/amendements/commissions/2013-2014/310/Amdt_COM-25.html")
        let title = amendments[0]
        #expect(title.target.kind == .title)
        #expect(title.group == "Groupe UMP")
        #expect(title.fate == .rejete)
        // Withdrawn before the sitting: only the number is left, said in a note.
        let withdrawn = try #require(amendments.first { $0.number == "COM-22" })
        #expect(withdrawn.fateText == "Cet amendement est retiré avant séance")
        #expect(withdrawn.fate == .retire)
        #expect(withdrawn.target.kind == .unknown)
        #expect(withdrawn.text.bill == "310")
        #expect(file.diagnostics.filter { $0.severity == .note && $0.message.hasPrefix("amendement COM-") }.count == 21)
        let com2 = try #require(amendments.first { $0.number == "COM-2 rect." })
        #expect(com2.fate == .tombe)
        #expect(com2.fateText == "Satisfait ou sans objet")
        #expect(com2.dispositif == "Supprimer les alinéas 2 et 3")
        #expect(amendments.first { $0.number == "COM-8" }?.target.label == "TITRE II")
    }

    @Test func discussionJSONOfAPLF() throws {
        let file = try AmendmentLoader.read(
            path: Corpus.path("formats/senat-liste-discussion-json/liste_discussion_103394.json"))
        #expect(file.format == .senatDiscussionJSON)
        #expect(file.amendments.count == 10)
        #expect(file.amendments.allSatisfy { $0.fate == .unknown })
        let first = file.amendments[0]
        #expect(first.number == "II-7")
        #expect(first.authors == ["Mme ESTROSI SASSONE"])
        #expect(first.target.article?.key == "52")
        #expect(first.target.alineaLabel == "Suppr.")
        #expect(first.text.bill == "146")
        #expect(first.text.stage == .seance)
        #expect(first.text.reading == "1ère lecture")
        #expect(first.url == "https://www.senat.fr/amendements/2018-2019/146/Amdt_II-7.html")
        let sexdecies = try #require(file.amendments.first { $0.number == "II-24" })
        #expect(sexdecies.target.article?.key == "56 sexdecies")
        #expect(sexdecies.target.alinea == 7)
    }

    @Test func discussionJSONWithASubAmendment() throws {
        let file = try AmendmentLoader.read(
            path: Corpus.path("formats/senat-liste-discussion-json/liste_discussion_610.json"))
        #expect(file.amendments.count == 14)
        let fates = Dictionary(grouping: file.amendments, by: \.fate).mapValues(\.count)
        #expect(fates == [.adopte: 8, .rejete: 4, .irrecevable: 2])
        let sub = try #require(file.amendments.first { $0.number == "COM-15" })
        #expect(sub.parent == "COM-9")
        #expect(sub.authors == ["M. BAS"])
        #expect(sub.target.alinea == 3)
        let rapporteur = try #require(file.amendments.first { $0.number == "COM-6" })
        #expect(rapporteur.authors == ["M. SUEUR"])
        #expect(rapporteur.authorsText == "M. SUEUR, rapporteur")
        #expect(rapporteur.text.stage == .commission)
        #expect(rapporteur.url == "https://www.senat.fr/amendements/commissions/2016-2017/610/Amdt_COM-6.html")
        #expect(file.amendments.last?.target.kind == .title)
    }

    @Test func akomaNtosoAmendments() throws {
        let folder = "formats/akn-senato-it/Leg17-Atto000010-10-362-388-395-849-874-B/"
        let floor = try AmendmentLoader.read(path: Corpus.path(folder + "emend/00981748-em.akn.xml"))
        #expect(floor.format == .akomaNtoso)
        let amendment = try #require(floor.amendments.first)
        #expect(amendment.number == "1.202")
        #expect(amendment.authors == ["GASPARRI", "MALAN", "GIOVANARDI", "GALIMBERTI"])
        #expect(amendment.date == "2016-07-14")
        #expect(amendment.text.stage == .seance)
        #expect(amendment.text.bill == "10-362-388-395-849-874-B")
        #expect(amendment.text.legislature == "17")
        #expect(amendment.target.article?.key == "1")
        #expect(amendment.target.alinea == 1)
        let paragraphs = amendment.dispositif.split(separator: "\n")
        #expect(paragraphs.count == 4)
        #expect(paragraphs.first == "Al comma 1, capoverso «Art. 613-bis», apportare le seguenti modificazioni:")
        #expect(paragraphs.last?.hasPrefix("«Il reato non sussiste quando") == true)
        #expect(amendment.url == "http://dati.senato.it/17/Emend/S/10-362-388-395-849-874-B/A/1.202")
        let short = try AmendmentLoader.read(path: Corpus.path(folder + "emend/00981749-em.akn.xml")).amendments[0]
        #expect(short.number == "1.203")
        #expect(short.authors == ["STEFANI", "CENTINAIO"])
        #expect(
            short.dispositif
                == "Al comma 1, capoverso «Art. 613-bis», primo comma, dopo le parole: «chiunque», inserire le seguenti: «gravi e»."
        )
        let commission = try AmendmentLoader.read(path: Corpus.path(folder + "emendc/00925161-em.akn.xml")).amendments[
            0]
        #expect(commission.number == "1.1")
        #expect(commission.text.stage == .commission)
        #expect(commission.date == "2015-07-14")
        #expect(commission.authors == ["Stefani", "Centinaio"])
    }

    @Test(arguments: [
        ("pjl09-200/viz/amendements_02_1erelecture_senat_hemicycle.json", 680, 117, 254),
        ("pjl09-200/viz/amendements_05_1erelecture_assemblee_hemicycle.json", 1246, 195, 488),
        ("ppl11-290/viz/amendements_02_1erelecture_assemblee_hemicycle.json", 37, 11, 11),
        ("ppl11-290/viz/amendements_09_nouv.lect._assemblee_hemicycle.json", 13, 6, 4),
    ])
    func laFabriqueCounts(_ path: String, _ count: Int, _ adopted: Int, _ rejected: Int) throws {
        let file = try AmendmentLoader.read(path: Corpus.path("lafabrique/" + path))
        #expect(file.format == .laFabrique)
        #expect(file.amendments.count == count)
        #expect(file.amendments.filter { $0.fate == .adopte }.count == adopted)
        #expect(file.amendments.filter { $0.fate == .rejete }.count == rejected)
        #expect(file.amendments.filter { $0.fate == .unknown }.allSatisfy { $0.fateText == "non-voté" })
        #expect(Set(file.amendments.map(\.key)).count == count)
    }

    @Test func laFabriqueValues() throws {
        let senat = try AmendmentLoader.read(
            path: Corpus.path("lafabrique/pjl09-200/viz/amendements_02_1erelecture_senat_hemicycle.json"))
        let article10 = senat.amendments.filter { $0.targets(article: "10") }
        #expect(article10.count == 14)
        let first = try #require(senat.amendments.first { $0.number == "279" })
        #expect(first.authors == ["M. Le Cam"])
        #expect(first.authorsText == "MM. Le Cam, …")
        #expect(first.group == "CRC")
        #expect(first.date == "2010-05-17")
        #expect(first.chamber == .senat)
        #expect(first.text.stage == .seance)
        #expect(first.url == "https://www.nossenateurs.fr/api/document/Amendement/17412")
        // "Après article 17" is a division additionnelle there.
        let division = try #require(senat.amendments.first { $0.number == "25" })
        #expect(division.target.kind == .division)
        #expect(division.target.position == .after)
        #expect(division.target.article?.key == "17")
        let renewed = try AmendmentLoader.read(
            path: Corpus.path("lafabrique/ppl11-290/viz/amendements_09_nouv.lect._assemblee_hemicycle.json"))
        let one = try #require(renewed.amendments.first { $0.number == "1" })
        #expect(one.authors == ["M. Vidalies"])
        #expect(one.group == "SRC")
        #expect(one.fate == .rejete)
        #expect(one.chamber == .assemblee)
        #expect(one.target.article?.key == "2")
        #expect(renewed.amendments.filter { $0.target.kind == .title }.count > 0)
    }
}
