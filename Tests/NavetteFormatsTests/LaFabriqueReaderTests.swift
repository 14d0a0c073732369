import Foundation
import NavetteCore
import NavetteFormats
import TestSupport
import Testing

@Suite struct LaFabriqueReaderTests {
    @Test func pjl09_200ReadsNineReadingsInOrder() throws {
        let dossier = try DocumentLoader.readDossier(path: Corpus.path("lafabrique/pjl09-200"))
        #expect(dossier.readings.map(\.articles.count) == [24, 45, 65, 65, 93, 102, 99, 96, 96])
        #expect(dossier.readings.first?.id == "00_1erelecture_senat_depot")
        #expect(
            dossier.readings.map(\.chamber) == [
                .senat, .senat, .senat, .assemblee, .assemblee, .assemblee, .cmp, .assemblee, .senat,
            ])
        #expect(dossier.readings[5].date == "2010-07-06")
        #expect(dossier.readings[6].stage == "CMP")
        #expect(dossier.concordance?["10 bis"] == "28")
        #expect(dossier.concordance?["11 quaterdecies b"] == "47")
        #expect(dossier.title == "Agriculture et pêche")
    }

    @Test func article1erOfTheAssemblyReadingEqualsTheSourceByteForByte() throws {
        let path = Corpus.path("lafabrique/pjl09-200/procedure/05_1erelecture_assemblee_hemicycle/texte/texte.json")
        let reading = try DocumentLoader.readReading(path: path)
        let article = try #require(reading.article("1er"))
        #expect(article.alineas.count == 66)
        // The source, parsed independently of the reader.
        let json =
            try JSONSerialization.jsonObject(
                with: Data(
                    try Corpus.bytes(
                        "lafabrique/pjl09-200/procedure/05_1erelecture_assemblee_hemicycle/texte/texte.json")))
            as! [String: Any]
        let source = (json["articles"] as! [[String: Any]]).first { $0["titre"] as? String == "1er" }!
        let alineas = (source["alineas"] as! [String: String]).sorted { $0.key < $1.key }.map(\.value)
        #expect(article.alineas.map(\.text) == alineas)
        #expect(Array(article.alineas[0].text.utf8) == Array(alineas[0].utf8))
    }

    @Test func statusesFlagsAndDivisions() throws {
        let reading = try DocumentLoader.readReading(
            path: Corpus.path("lafabrique/pjl09-200/procedure/05_1erelecture_assemblee_hemicycle/texte/texte.json"))
        #expect(reading.article("1er bis A")?.flags == [.nouveau])
        #expect(reading.article("11 ter A")?.status == .supprime)
        #expect(reading.article("12 bis")?.status == .conforme)
        #expect(reading.article("11 sexies")?.alineas.last?.placeholder == .partial(part: "II", status: .supprime))
        #expect(reading.divisions.map(\.label).prefix(3) == ["Titre Ier", "Titre II", "Titre II bis A"])
        let third = try #require(reading.article("3"))
        #expect(third.division.map { reading.divisions[$0].label } == "Titre II")
    }

    @Test func failedStepsAreReadingsWithoutArticles() throws {
        let dossier = try DocumentLoader.readDossier(path: Corpus.path("lafabrique/ppl11-290"))
        #expect(dossier.readings.count == 15)
        let senate = try #require(dossier.reading("05_1erelecture_senat_hemicycle"))
        #expect(senate.articles.isEmpty)
        #expect(senate.diagnostics.contains { $0.message.contains("no article") })
        #expect(dossier.concordance?["2 a"] == "1er")
    }
}
