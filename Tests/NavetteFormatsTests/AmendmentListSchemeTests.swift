import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// The documented schemes, on the texts of the Olympics bill whose amendments matter (220, 249, 809, 939).
@Suite struct AmendmentListSchemeTests {
    @Test func senatDepositedTextIsAmendedInCommission() {
        let lists = AmendmentListScheme.lists(
            textURL: "https://www.senat.fr/leg/pjl22-220.html", chamber: .senat, step: "depot")
        #expect(
            lists.map(\.url) == [
                "https://www.senat.fr/amendements/commissions/2022-2023/220/jeu_complet_commission_2022-2023_220.csv",
                "https://www.senat.fr/encommission/2022-2023/220/liste_discussion.json",
            ])
        #expect(lists.allSatisfy { $0.origin == .scheme })
    }

    @Test func senatCommissionTextIsAmendedInSeance() {
        let lists = AmendmentListScheme.lists(
            textURL: "https://www.senat.fr/leg/pjl22-249.html", chamber: .senat, step: "commission")
        #expect(
            lists.map(\.url) == [
                "https://www.senat.fr/amendements/2022-2023/249/jeu_complet_2022-2023_249.csv",
                "https://www.senat.fr/enseance/2022-2023/249/liste_discussion.json",
            ])
        #expect(
            AmendmentListScheme.lists(
                textURL: "https://www.senat.fr/leg/tas22-044.html", chamber: .senat, step: "hemicycle"
            ).isEmpty)
    }

    @Test(arguments: [
        ("https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L16B0809.html", "PRJLANR5L16B0809"),
        ("https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L16BTC0939.html", "PRJLANR5L16BTC0939"),
        ("http://www.assemblee-nationale.fr/16/projets/pl0809.asp", "PRJLANR5L16B0809"),
        ("http://www.assemblee-nationale.fr/16/ta-commission/r0939-a0.asp", "PRJLANR5L16BTC0939"),
    ])
    func assembleeTextsPointIntoTheLegislatureDump(url: String, uid: String) {
        let lists = AmendmentListScheme.lists(textURL: url, chamber: .assemblee, step: "depot")
        #expect(
            lists.map(\.url) == [
                "https://data.assemblee-nationale.fr/static/openData/repository/16/loi/amendements_div_legis/Amendements.json.zip"
            ])
        #expect(lists.first?.within == uid && lists.first?.format == .assembleeJSON)
    }

    /// Issue 11, item 7: the repository's Olympics manifest carries every list address `follow` would
    /// derive from its readings' texts, and no other (texts 220, 249, 809 and 939 among them).
    @Test func theOlympicsManifestCarriesEveryDerivedList() throws {
        let manifest = try ManifestReader.read(path: Corpus.packageRoot + "/corpus/jo2024/manifest.yaml")
        var derived: [String: [String]] = [:]
        for reading in manifest.readings {
            let lists =
                reading.url.map { AmendmentListScheme.lists(textURL: $0, chamber: reading.chamber, step: reading.step) }
                ?? []
            #expect(reading.amendmentLists.map(\.url) == lists.map(\.url), "\(reading.id)")
            #expect(reading.amendmentLists.map(\.within) == lists.map(\.within), "\(reading.id)")
            if !lists.isEmpty { derived[reading.id] = lists.map { $0.within ?? $0.url } }
        }
        #expect(Set(derived.keys) == ["senat-220", "senat-249", "an-809", "an-939", "senat-458", "cmp-497"])
        #expect(derived["an-809"] == ["PRJLANR5L16B0809"] && derived["an-939"] == ["PRJLANR5L16BTC0939"])
    }
}
