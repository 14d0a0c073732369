import Foundation
import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// The Assemblée's open-data amendment JSON (17th legislature). Every value below was read in the
/// corpus files (`formats/current/an-amendements-json/`).
@Suite struct AmendmentANJSONTests {
    static let folder = "formats/current/an-amendements-json/"

    static func amendment(_ name: String) throws -> Amendment {
        let file = try AmendmentLoader.read(path: Corpus.path(folder + name))
        #expect(file.format == .anJSON)
        #expect(file.amendments.count == 1)
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
        return try #require(file.amendments.first)
    }

    @Test func aCommitteeAmendmentOnAnAlinea() throws {
        let amendment = try Self.amendment("AMANR5L17PO420120B1907P0D1N000013.json")
        #expect(amendment.number == "AS13")
        #expect(amendment.key == "as13")
        #expect(amendment.chamber == .assemblee)
        #expect(amendment.text.bill == "1907")
        #expect(amendment.text.stage == .commission)
        #expect(amendment.text.examinedBy == "CION-SOC")
        #expect(amendment.text.legislature == "17")
        #expect(amendment.authors.prefix(3) == ["Mme Runel", "M. Guedj", "M. Aviragnet"])
        #expect(amendment.group == "Socialistes et apparentés")
        #expect(amendment.date == "2025-10-16")
        #expect(amendment.target.kind == .article)
        #expect(amendment.target.article?.key == "28")
        #expect(amendment.target.position == .on)
        #expect(amendment.target.alinea == 22)
        #expect(amendment.target.alineaLabel == "Alinéa 22")
        #expect(amendment.dispositif == "Supprimer les alinéas 22 à 25.")
        #expect(amendment.dispositifHTML?.contains("alin&#x00E9;as 22") == true)
        #expect(
            amendment.expose?.hasPrefix("Cet amendement des députés socialistes et apparentés vise à ne pas") == true)
        #expect(amendment.fate == .adopte)
        #expect(amendment.fateDate == "2025-10-31")
        #expect(amendment.url == "https://www.assemblee-nationale.fr/dyn/17/amendements/1907/CION-SOC/AS13")
    }

    @Test func rectifiedAdditionalArticleByTheGovernment() throws {
        let amendment = try Self.amendment("AMANR5L17PO838901B1907P0D1N001436.json")
        #expect(amendment.number == "1436 (Rect)")
        #expect(amendment.key == "1436 rect")
        #expect(amendment.parsedNumber.baseKey == "1436")
        #expect(amendment.authors == ["le Gouvernement"])
        #expect(amendment.text.stage == .seance)
        #expect(amendment.target.article?.key == "21")
        #expect(amendment.target.position == .after)
        #expect(amendment.target.alinea == nil)
        #expect(
            amendment.dispositif.hasPrefix(
                "Après l’article\u{A0}L.\u{A0}1411‑6‑4 du code de la santé publique, il est inséré"))
        #expect(amendment.fate == .adopte)
    }

    @Test(arguments: [
        ("AMANR5L17PO838901B1907P0D1N000003.json", AmendmentFate.irrecevable, "Irrecevable 40 (Cavalier social)"),
        ("AMANR5L17PO838901B1907P0D1N000022.json", .tombe, "Tombé"),
        ("AMANR5L17PO838901B1907P0D1N000013.json", .retire, "Retiré"),
        ("AMANR5L17PO838901B1907P0D1N000026.json", .unknown, "A discuter"),
        ("AMANR5L17PO838901BTC1187P0D1N000001.json", .nonSoutenu, "Non soutenu"),
        ("AMANR5L17PO420120B1907P0D1N000001.json", .rejete, "Rejeté"),
    ])
    func fatesFromTheSortOrTheState(_ name: String, _ fate: AmendmentFate, _ printed: String) throws {
        let amendment = try Self.amendment(name)
        #expect(amendment.fate == fate)
        #expect(amendment.fateText == printed)
    }

    @Test func anInadmissibleAmendmentHasNoDispositif() throws {
        let amendment = try Self.amendment("AMANR5L17PO838901B1907P0D1N000003.json")
        #expect(amendment.dispositif.isEmpty)
        #expect(amendment.dispositifHTML == nil)
        #expect(amendment.group == "PO845454")
    }

    @Test func subAmendmentsNameTheirParentInTheSameSeries() throws {
        let committee = try Self.amendment("AMANR5L17PO420120B1907P0D1N001749.json")
        #expect(committee.parent == "AS964")
        let floor = try Self.amendment("AMANR5L17PO838901B1907P0D1N002611.json")
        #expect(floor.parent == "1233")
        #expect(floor.dispositif == "Supprimer l'alinéa 3.")
        #expect(try Self.amendment("AMANR5L17PO838901B1907P0D1N000005.json").parent == nil)
    }

    @Test func aCommissionTextKeepsItsPrintedNumber() throws {
        let amendment = try Self.amendment("AMANR5L17PO838901BTC1187P0D1N000001.json")
        #expect(amendment.text.bill == "TC1187")
        #expect(amendment.target.alinea == 2)
        #expect(amendment.dispositif.hasPrefix("À l’alinéa\u{A0}2, après le mot\u{A0}:\n«\u{A0}condamné\u{A0}»,"))
    }

    @Test func theFolderReadsSeventeenAmendments() throws {
        let files = try AmendmentLoader.read(paths: [Corpus.path(Self.folder)])
        #expect(files.count == 17)
        #expect(files.allSatisfy { $0.format == .anJSON && $0.amendments.count == 1 })
        #expect(Set(files.flatMap(\.amendments).map(\.fate)).count == 7)
    }

    @Test func unknownFieldsAreIgnoredWithOneWarningPerStream() throws {
        let text = try Corpus.text(Self.folder + "AMANR5L17PO838901B1907P0D1N002611.json")
        let extended = text.replacingOccurrences(of: "\"uid\":", with: "\"nouveauChamp\": \"x\", \"uid\":")
        let directory = try TemporaryDirectory()
        try directory.write("a/AMAN1.json", extended)
        try directory.write("b/AMAN2.json", extended)
        let single = try AmendmentLoader.read(path: directory.path + "/a/AMAN1.json")
        #expect(single.amendments.first?.number == "2611")
        #expect(
            single.diagnostics.map(\.message) == [
                "fields unknown to navette's AN amendment JSON reader, ignored: nouveauChamp"
            ])
        var warnings = 0
        let summary = try AmendmentStream.forEach(path: directory.path) { file in
            warnings += file.diagnostics.filter { $0.severity == .warning }.count
        }
        #expect(summary.files == 2)
        #expect(warnings == 1)
    }

    @Test func badJSONIsOneLineNamingTheFile() throws {
        let truncated = Array(
            "{\"amendement\": {\"@xmlns\": \"http://schemas.assemblee-nationale.fr/referentiel\"".utf8)
        let error = try #require(throws: ReadError.self) { try AmendmentLoader.read(bytes: truncated, file: "a.json") }
        #expect(error.description.hasPrefix("a.json: malformed JSON"))
        #expect(!error.description.contains("\n"))
        let empty = Array("{\"amendement\": {\"@xmlns\": \"http://schemas.assemblee-nationale.fr/referentiel\"}}".utf8)
        let file = try AmendmentLoader.read(bytes: empty, file: "b.json")
        #expect(file.amendments.isEmpty)
        #expect(file.diagnostics.first?.message.contains("without identification.numeroLong") == true)
    }
}
