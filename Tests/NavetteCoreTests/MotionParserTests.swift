import NavetteCore
import TestSupport
import Testing

@Suite struct MotionParserTests {
    static let paris15 = "motions/paris15-voeu-videosurveillance-automatisee-2023-03-06.full.txt"

    @Test func paris15VoeuReadsIntoFourDemands() throws {
        let motion = MotionParser.parse(try Corpus.text(Self.paris15), source: Self.paris15)
        #expect(motion.body == "Conseil du 15e arrondissement")
        #expect(motion.date == "2023-03-06")
        #expect(motion.outcome == .rejete)
        #expect(motion.title == "Vœu relatif à la\u{a0}vidéosurveillance automatisée")  // NBSP kept as published
        #expect(motion.considerants.count == 9)
        #expect(motion.demands.map(\.kind) == [.withdrawArticle, .stopFunding, .evaluation, .evaluation])
        #expect(
            motion.demands.map(\.addressee) == [
                "La Ville de Paris et la Mairie du 15e", "La Ville de Paris",
                "La Ville de Paris\u{a0} et la Marie du 15e",
                "La Ville de Paris et la Mairie du 15e",
            ])
        #expect(motion.demands[2].askedOf == "l’État")
        #expect(motion.demands[0].article == "7")
        #expect(motion.demands[1].article == nil)
        let features = motion.demands[0].citedFeatures
        #expect(features.contains(CitedFeature(kind: .endDate, value: "2025-06-30", quote: "jusqu’au 30 juin 2025")))
        #expect(
            features.contains {
                $0.kind == .scope && $0.value == "manifestations sportives, récréatives ou culturelles"
            })
        #expect(
            features.contains { $0.kind == .detectedEvents && $0.value.hasPrefix("comme des mouvements de foules") })
    }

    @Test func excerptWithoutOperativePartSaysSo() throws {
        let path = "motions/paris15-eelv-voeu-videosurveillance-automatisee-2023-03-06.head.txt"
        let motion = MotionParser.parse(try Corpus.text(path), source: path)
        #expect(motion.demands.isEmpty)
        #expect(motion.outcome == .unknown)
        #expect(motion.diagnostics.contains { $0.message.hasPrefix("no operative part found") })
        #expect(motion.considerants.count >= 1)
    }

    @Test func frenchDates() {
        #expect(
            FrenchDate.all(in: "du 1er juillet 2024 au 30 septembre 2024").map(\.iso) == ["2024-07-01", "2024-09-30"])
        #expect(FrenchDate.first(in: "Séance du 6 mars 2023") == "2023-03-06")
        #expect(FrenchDate.first(in: "jusqu’au 31 décembre 2024,") == "2024-12-31")
    }

    @Test func daysAsUsersTypeThem() {
        #expect(FrenchDate.day("2025-10-20") == "2025-10-20")
        #expect(FrenchDate.day("20 octobre 2025") == "2025-10-20")
        #expect(FrenchDate.day("2025-1-20") == nil)
        #expect(FrenchDate.day("hier") == nil)
    }
}
