import Foundation
import NavetteCore
import NavetteFormats
import TestSupport
import Testing

@Suite struct DossierAtomTests {
    static let file = "formats/senat-dosleg-atom/doslegpjl18-404.xml"

    @Test func senatFeedListsDocumentsAndTheSixTexts() throws {
        let feed = try DossierFeedReader.read(try Corpus.bytes(Self.file), file: Self.file)
        // Declared ISO-8859-15: the é of "Sénat" and "système" must come out right.
        #expect(feed.title == "Sénat - Organisation du système de santé")
        #expect(feed.documents.count == 43)
        #expect(
            feed.readings.map(\.title) == [
                "Texte n° 109", "Texte de la commission n° 525", "Texte n° 404", "Texte n° 245",
                "Texte de la commission n° 1767", "Texte n° 1681",
            ])
        #expect(feed.readings.map(\.step) == ["hemicycle", "commission", "depot", "hemicycle", "commission", "depot"])
        #expect(feed.readings.map(\.chamber) == [.senat, .senat, .senat, .assemblee, .assemblee, .assemblee])
        let adopted = try #require(feed.readings.first)
        // <updated>2019-06-10T22:00:00Z</updated> is 11 June in Paris, as the summary says.
        #expect(adopted.date == "2019-06-11")
        #expect(adopted.url == "http://www.senat.fr/leg/tas18-109.html")
        #expect(adopted.stage == "1ère lecture")
        #expect(adopted.summary == "Texte modifié par le Sénat le 11 juin 2019")
        #expect(feed.readings.last?.date == "2019-02-13")
        let kinds = Dictionary(grouping: feed.documents, by: \.kind).mapValues(\.count)
        #expect(kinds[.vote] == 24)
        #expect(kinds[.report] == 5)
        #expect(Set(feed.documents.map(\.key)).count == 43)
    }

    @Test func entryWithoutFrenchDateTakesTheParisDayOfUpdated() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
            <entry><title>Texte n° 12</title><link href="http://www.senat.fr/leg/tas18-012.html"/>
            <id>urn:x</id><updated>2019-06-10T22:30:00Z</updated><summary>Deuxième lecture - Sénat : Texte</summary></entry>
            </feed>
            """
        let feed = try SenatDossierAtomReader.read(Array(xml.utf8), file: "inline.xml")
        #expect(feed.readings.first?.date == "2019-06-11")
        #expect(feed.readings.first?.stage == "2ème lecture")
        #expect(feed.readings.first?.key == "urn:x")
    }

    @Test func anAtomFeedThatIsNotOneIsRefused() throws {
        let xml = #"<?xml version="1.0"?><rss version="2.0"><channel/></rss>"#
        #expect(throws: ReadError.self) { try SenatDossierAtomReader.read(Array(xml.utf8), file: "rss.xml") }
        #expect(DossierFeedFormat.detect(Array(xml.utf8)) == nil)
    }
}

@Suite struct DossierAssembleeJSONTests {
    static let file = "formats/an-opendata-dossier-json/DLR5L15N36030.json"

    @Test func plfss2018NavetteInOrder() throws {
        let feed = try DossierFeedReader.read(try Corpus.bytes(Self.file), file: Self.file)
        #expect(feed.title == "Sécurité sociale : loi de financement 2018")
        let texts = feed.readings.filter { $0.kind == .text }
        #expect(
            texts.map(\.number) == [
                "PRJLANR5L15B0269", "PRJLANR5L15BTA0029", "PRJLSNR5S299B0063", "PRJLSNR5S299BTA0020",
                "PRJLSNR5S299BTC0104",
                "PRJLANR5L15B0387", "PRJLANR5L15BTA0037", "PRJLSNR5S299B0121", "PRJLSNR5S299BTA0023",
                "PRJLANR5L15B0434",
                "PRJLANR5L15BTA0041",
            ])
        #expect(
            texts.map(\.stage) == [
                "1ère lecture", "1ère lecture", "1ère lecture", "1ère lecture", "CMP", "nouvelle lecture",
                "nouvelle lecture",
                "nouvelle lecture", "nouvelle lecture", "lecture définitive", "lecture définitive",
            ])
        let first = texts[0]
        #expect(first.date == "2017-10-11" && first.chamber == .assemblee && first.step == "depot")
        #expect(first.url == "https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L15B0269.html")
        let cmp = texts[4]
        #expect(cmp.chamber == .cmp && cmp.step == "commission" && cmp.date == "2017-11-22")
        #expect(texts[3].chamber == .senat && texts[3].step == "hemicycle" && texts[3].date == "2017-11-21")
        let law = try #require(feed.readings.last)
        #expect(law.kind == .law && law.number == "2017-1836" && law.date == "2017-12-30")
        #expect(law.url == "http://www.legifrance.gouv.fr/WAspad/UnTexteDeJorf?numjo=CPAX1725580L")
        #expect(feed.readings.filter { $0.kind == .law }.count == 1)
        let decision = try #require(feed.documents.first { $0.kind == .decision })
        #expect(decision.title == "Décision n° 2017-756 DC" && decision.date == "2017-12-21")
        // "TAP" texts (provisional adopted texts) are listed, not taken for readings.
        #expect(feed.documents.filter { $0.number?.contains("TAP") == true }.allSatisfy { $0.kind == .other })
        #expect(feed.documents.filter { $0.kind == .report }.count == 9)
    }

    @Test func jsonWithoutDossierIsRefused() throws {
        let error = #expect(throws: ReadError.self) {
            try AssembleeDossierJSONReader.read(Array(#"{"amendement": {}}"#.utf8), file: "a.json")
        }
        #expect(error?.description.contains("dossierParlementaire") == true)
    }
}

@Suite struct DossierSenatPageTests {
    /// senapy's verified outputs (independent of navette) give each step's address and date.
    @Test(arguments: ["simple", "confiance", "terrorismus", "multiple_texts", "multi-depot"])
    func textsAgreeWithSenapy(name: String) throws {
        let file = "formats/senat-dosleg-html/verified_dosleg-\(name)-input.html"
        let feed = try DossierFeedReader.read(try Corpus.bytes(file), file: file)
        let expected =
            try JSONSerialization.jsonObject(
                with: Data(try Corpus.bytes("formats/senat-dosleg-html/verified_dosleg-\(name)-output.json")))
            as! [String: Any]
        var dateDisagreements: [String] = []
        var matched = 0
        for step in expected["steps"] as! [[String: Any]] {
            guard let url = step["source_url"] as? String,
                ["/leg/", "/projets/", "/ta/", "/ta-commission/"].contains(where: url.contains)
            else { continue }
            let mine = feed.readings.filter {
                $0.url == url || $0.url == url.replacingOccurrences(of: "https://", with: "http://")
            }
            let reading = try #require(mine.first { $0.step == step["step"] as? String }, "\(name): \(url)")
            matched += 1
            if reading.date != step["date"] as? String { dateDisagreements.append(url) }
        }
        #expect(matched >= 5)
        // The page prints "Texte de la commission n° 2697 déposé le 1er avril 2015"; senapy says 2 April.
        #expect(
            dateDisagreements
                == (name == "multiple_texts" ? ["http://www.assemblee-nationale.fr/14/ta-commission/r2697-a0.asp"] : [])
        )
        let law = try #require(feed.readings.last)
        #expect(law.kind == .law && law.title == expected["law_name"] as? String)
        #expect(feed.documents.allSatisfy { $0.stage != nil })
    }

    @Test func plfss2017HasEveryStageAndTheSameAddressTwice() throws {
        let file = "formats/senat-dosleg-html/recents_dosleg-plfss2017.html"
        let feed = try DossierFeedReader.read(try Corpus.bytes(file), file: file)
        #expect(feed.title == "Financement de la sécurité sociale pour 2017")
        #expect(feed.readings.count == 12)
        var stages: [String] = []
        for stage in feed.readings.compactMap(\.stage) where stages.last != stage { stages.append(stage) }
        #expect(
            stages == [
                "1ère lecture", "CMP", "nouvelle lecture", "lecture définitive", "promulgation",
            ])
        // ta0842 is linked both as the text adopted in nouvelle lecture and as the one transmitted for
        // the lecture définitive (n° 4273): two documents, two keys.
        let shared = feed.readings.filter { $0.url == "http://www.assemblee-nationale.fr/14/ta/ta0842.asp" }
        #expect(shared.map(\.number) == ["842", "4273"])
        #expect(shared.map(\.stage) == ["nouvelle lecture", "lecture définitive"])
        let cmp = try #require(feed.readings.first { $0.stage == "CMP" })
        #expect(
            cmp.title == "Résultat des travaux de la commission n° 133" && cmp.chamber == .cmp
                && cmp.date == "2016-11-22")
        let decision = try #require(feed.documents.first { $0.kind == .decision })
        #expect(decision.date == "2016-12-22" && decision.chamber == .conseilConstitutionnel)
        // A list of sitting days ends with the last one.
        let debates = feed.documents.first { $0.url == "https://www.senat.fr/interventions/crisom_plfss2017_1.html" }
        #expect(debates?.date == "2016-11-22")
    }

    @Test func aPageWithoutTimelineIsRefused() throws {
        let html = "<html><body><h1>Plan du site</h1><ul><li><a href='/leg/x.html'>Texte</a></li></ul></body></html>"
        let error = #expect(throws: ReadError.self) {
            try SenatDossierPageReader.read(Array(html.utf8), file: "plan.html")
        }
        #expect(
            error?.description
                == "plan.html: no timeline (div id=\"timeline-N\"), expected a Sénat dossier législatif page")
    }
}
