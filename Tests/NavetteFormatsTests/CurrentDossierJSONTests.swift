import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// The Assemblée's open-data dossier and document JSON of the 16th legislature
/// (`formats/current/an-dossiers-json/`): the projet de loi ratifying ordonnance n° 2022-839.
@Suite struct CurrentDossierJSONTests {
    static let folder = "formats/current/an-dossiers-json/"
    static let title =
        "Projet de loi ratifiant l'ordonnance n° 2022-839 du 1er juin 2022 relative aux agents de l'Office national des forêts"

    @Test func theDossierGivesItsOneReading() throws {
        let bytes = try Corpus.bytes(Self.folder + "DLR5L16N46008.json")
        #expect(DossierFeedFormat.detect(bytes) == .assembleeJSON)
        let feed = try DossierFeedReader.read(bytes, file: "DLR5L16N46008.json")
        #expect(feed.title == Self.title)
        #expect(feed.diagnostics.isEmpty)
        let reading = try #require(feed.readings.first)
        #expect(feed.readings.count == 1)
        #expect(reading.number == "PRJLSNR5S379B0807")
        #expect(reading.chamber == .senat)
        #expect(reading.stage == "1ère lecture")
        #expect(reading.step == "depot")
        #expect(reading.date == "2022-07-20")
        #expect(reading.url == "https://www.assemblee-nationale.fr/dyn/opendata/PRJLSNR5S379B0807.html")
    }

    @Test func theDocumentIsTheTextAsTabled() throws {
        let bytes = try Corpus.bytes(Self.folder + "PRJLSNR5S379B0807.json")
        #expect(DossierFeedFormat.detect(bytes) == .assembleeDocumentJSON)
        let feed = try DossierFeedReader.read(bytes, file: "PRJLSNR5S379B0807.json")
        #expect(feed.title?.hasPrefix("projet de loi ratifiant l'ordonnance n° 2022-839 du 1er juin 2022") == true)
        let text = try #require(feed.readings.first)
        #expect(feed.documents.count == 1)
        #expect(text.key == "PRJLSNR5S379B0807")
        #expect(text.kind == .text)
        #expect(text.number == "807")
        #expect(text.chamber == .senat)
        #expect(text.step == "depot")
        #expect(text.date == "2022-07-20")
        #expect(text.summary == "dossier DLR5L16N46008")
    }

    @Test func aDocumentWithoutUIDIsOneLine() throws {
        let bytes = Array("{\"document\": {\"@xmlns\": \"http://schemas.assemblee-nationale.fr/referentiel\"}}".utf8)
        let error = try #require(throws: ReadError.self) { try DossierFeedReader.read(bytes, file: "doc.json") }
        #expect(error.description == "doc.json: no \"document\" object with a uid, expected an AN open-data document")
    }
}
