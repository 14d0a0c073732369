import Foundation
import NavetteFormats
import NavetteStore
import NavetteWatch
import TestSupport
import Testing

/// New readings in dossier feeds and amendment fates, found between two snapshots served locally.
@Suite struct DetectionTests {
    static let atomURL = "http://www.senat.fr/rss/doslegpjl18-404.xml"
    static let jsonURL = "https://www.assemblee-nationale.fr/dyn/opendata/DLR5L15N36030.json"
    static let amendmentURL = "https://www.nossenateurs.fr/20222023/amendement/249/70"

    static let manifest = """
        id: feeds
        title: Dossier feeds
        urls:
          senat-feed: \(atomURL)
          assemblee-opendata: \(jsonURL)
          legifrance: https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000035932811
        readings:
          - {id: senat-249, chamber: senat, stage: 1ère lecture}
        amendments:
          - {number: "70", reading: senat-249, url: "\(amendmentURL)", copy: amendments/senat/nossenateurs-amendement-20222023-249-70.txt}
        """

    /// The Atom feed as it was before its first `count` entries were published.
    static func atomBefore(_ count: Int) throws -> [UInt8] {
        let bytes = try Corpus.bytes("formats/senat-dosleg-atom/doslegpjl18-404.xml")
        var cut = bytes
        for _ in 0..<count {
            let start = try #require(cut.firstRange(of: Array("<entry>".utf8)))
            let end = try #require(cut[start.upperBound...].firstRange(of: Array("</entry>\n".utf8)))
            cut.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return cut
    }

    /// The AN dossier as it was before the Conseil constitutionnel and the promulgation.
    static func jsonBeforeDecision() throws -> [UInt8] {
        var object =
            try JSONSerialization.jsonObject(
                with: Data(try Corpus.bytes("formats/an-opendata-dossier-json/DLR5L15N36030.json"))) as! [String: Any]
        var dossier = object["dossierParlementaire"] as! [String: Any]
        var acts = dossier["actesLegislatifs"] as! [String: Any]
        let list = acts["acteLegislatif"] as! [[String: Any]]
        acts["acteLegislatif"] = list.filter { !["CC", "PROM"].contains($0["codeActe"] as? String) }
        dossier["actesLegislatifs"] = acts
        object["dossierParlementaire"] = dossier
        return [UInt8](try JSONSerialization.data(withJSONObject: object))
    }

    @Test func newReadingsDecisionsAndFatesAreFoundOnce() throws {
        let served = try ServedManifest.inline(Self.manifest)
        #expect(
            SourcePlan.sources(for: served.manifest).map(\.label) == [
                "dossier senat-feed", "dossier assemblee-opendata", "amendment 70",
            ])
        served.serve(Self.atomURL, try Self.atomBefore(3), contentType: "application/atom+xml")
        served.serve(Self.jsonURL, try Self.jsonBeforeDecision(), contentType: "application/json")
        let syncer = try served.syncer()
        let baseline = try syncer.run()
        #expect(baseline.count("stored") == 3 && baseline.changes.isEmpty)

        served.serve(
            Self.atomURL, try Corpus.bytes("formats/senat-dosleg-atom/doslegpjl18-404.xml"),
            contentType: "application/atom+xml")
        served.serve(
            Self.jsonURL, try Corpus.bytes("formats/an-opendata-dossier-json/DLR5L15N36030.json"),
            contentType: "application/json")
        let amendment = try Corpus.bytes("amendments/senat/nossenateurs-amendement-20222023-249-70.txt")
        served.serve(
            Self.amendmentURL, amendment.replacing("Amendement N° 70 (Rejeté)", with: "Amendement N° 70 (Adopté)"))
        let report = try syncer.run()
        #expect(report.count("stored") == 3)
        // The feed published a debate, a text and a vote: only the text is a new reading.
        #expect(
            report.changes.map(\.title) == [
                "New in dossier senat-feed: Texte n° 109 (2019-06-11)",
                "New in dossier assemblee-opendata: Décision n° 2017-756 DC (2017-12-21)",
                "New in dossier assemblee-opendata: Loi n° 2017-1836 de financement de la sécurité sociale pour 2018 (2017-12-30)",
                "Amendment 70: rejeté → adopté",
            ])
        let fate = try JSONDecoder().decode(ChangeDetail.self, from: Data(report.changes[3].detail.utf8)).fate
        #expect(fate?.old == "rejeté" && fate?.new == "adopté")
        let text = try JSONDecoder().decode(ChangeDetail.self, from: Data(report.changes[0].detail.utf8)).document
        #expect(text?.url == "http://www.senat.fr/leg/tas18-109.html" && text?.step == "hemicycle")

        // Served again unchanged (304) or identical: nothing new.
        let again = try syncer.run()
        #expect(again.changes.isEmpty && again.count("not modified") == 3)
    }

    @Test func headlineFateReaderReadsNosSenateurs() throws {
        let reader = HeadlineFateReader()
        let file = "amendments/senat/nossenateurs-amendement-20222023-249-70.txt"
        #expect(try reader.fate(of: "70", in: try Corpus.bytes(file), file: file) == "rejeté")
        // AN pages as stored in the corpus print no fate: none is invented.
        let an = "amendments/an/assemblee-nationale-0939-AN-150.txt"
        #expect(try reader.fate(of: "150", in: try Corpus.bytes(an), file: an) == nil)
        #expect(try reader.fate(of: "1", in: Array("Sort : Retiré\n".utf8), file: "x") == "retiré")
        #expect(
            try reader.fate(of: "1", in: Array("Amendement n° 12 (Non soutenu)\n".utf8), file: "x") == "non soutenu")
    }
}
