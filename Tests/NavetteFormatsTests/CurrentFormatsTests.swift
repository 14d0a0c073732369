import Foundation
import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// Today's official formats (`formats/current/`, see its SOURCES.md): every file reads, texts into
/// articles, amendments into numbered amendments with a fate, dossiers into readings. The values
/// asserted here and in the suites named below are taken from the files.
///
/// Other suites on the same files: HTMLSenat2024Tests (senat-html), AmendmentANJSONTests
/// (an-amendements-json), CurrentDossierJSONTests (an-dossiers-json), PLFSS2026PlacementTests (1907).
@Suite struct CurrentFormatsTests {
    static let root = "formats/current/"

    /// What each folder holds. A folder not named here fails the walk: a new format must be placed.
    enum Family { case texts, amendments, dossiers }
    static let families: [String: Family] = [
        "an-opendata-html": .texts, "senat-html": .texts, "jorf-xml": .texts,
        "an-amendements-json": .amendments, "senat-ameli-csv": .amendments, "an-dossiers-json": .dossiers,
    ]

    @Test func everyFileReads() throws {
        let folder = Corpus.path(Self.root)
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + $0, isDirectory: &isDirectory)
                && !isDirectory.boolValue
                && $0 != "SOURCES.md"
        }
        #expect(files.count == 29)
        for file in files.sorted() {
            let family = try #require(Self.families[String(file.split(separator: "/")[0])], "\(file): no family")
            let path = folder + file
            switch family {
            case .texts:
                let reading = try DocumentLoader.readReading(path: path)
                // A TEXTE_VERSION holds the text's metadata; its articles are ARTICLE files.
                let isTextVersion = file.contains("JORFTEXT")
                #expect(reading.articles.isEmpty == isTextVersion, "\(file)")
                #expect(
                    reading.articles.allSatisfy { !$0.alineas.isEmpty && !$0.alineas.contains { $0.text.isEmpty } },
                    "\(file)")
            case .amendments:
                let amendments = try AmendmentLoader.read(path: path).amendments
                #expect(!amendments.isEmpty, "\(file)")
                #expect(amendments.allSatisfy { !$0.number.isEmpty && $0.fateText?.isEmpty == false }, "\(file)")
            case .dossiers:
                let feed = try DossierFeedReader.read(try Corpus.bytes(Self.root + file), file: file)
                #expect(feed.readings.count == 1, "\(file)")
            }
        }
    }

    /// PLF 2022, the budget template: `<h6>Article 1 :<br/>title</h6>` in a layout table, alinéas
    /// numbered inline `(1)`, an exposé des motifs after each article.
    @Test func plf2022ReadsEveryArticleWithItsNumberedAlineas() throws {
        let reading = try DocumentLoader.readReading(
            path: Corpus.path(Self.root + "an-opendata-html/PRJLANR5L15B4482.html"))
        #expect(reading.articles.map(\.label) == ["liminaire"] + (1...48).map(String.init))
        // The alinéa counts are the last inline numbers of each article (an unnumbered article has one).
        #expect(reading.articles.map(\.alineas.count).prefix(11) == [2, 5, 26, 8, 8, 30, 6, 16, 22, 96, 47])
        #expect(reading.articles.map(\.alineas.count).suffix(3) == [14, 129, 2])
        let article1 = try #require(reading.article("1"))
        #expect(article1.heading == "Autorisation de percevoir les impôts existants")
        #expect(
            article1.alineas.map(\.text) == [
                "I.\u{A0}–\u{A0}La perception des ressources de l'État et des impositions de toute nature affectées à des personnes morales autres que l'État est autorisée pendant l’année\u{A0}2022 conformément aux lois et règlements et aux dispositions de la présente loi.",
                "II.\u{A0}–\u{A0}Sous réserve de dispositions contraires, la présente loi s’applique\u{A0}:",
                "1°\u{A0}À l’impôt sur le revenu dû au titre de l’année\u{A0}2021 et des années suivantes\u{A0};",
                "2°\u{A0}À l’impôt sur les sociétés dû au titre des exercices clos à compter du\u{A0}31\u{A0}décembre\u{A0}2021\u{A0};",
                "3°\u{A0}À compter du\u{A0}1er\u{A0}janvier\u{A0} 2022 pour\u{A0} les autres dispositions fiscales.",
            ])
        // Alinéa 2 of the article liminaire is a number alone, then the caption and the table it holds.
        let liminaire = try #require(reading.article("liminaire"))
        #expect(
            liminaire.alineas[1].text.hasPrefix(
                "(En points de produit intérieur brut)\nExécution 2020\tPrévision d’exécution 2021"))
        #expect(liminaire.alineas[1].text.contains("Solde structurel (1)\t-1,3\t-5,8\t-3,7"))
        #expect(
            reading.article("9")?.alineas.last?.text.hasPrefix("D.\u{A0}–\u{A0}Les\u{A0}14°, 15° et\u{A0}22° du\u{A0}I")
                == true)
        // The exposés des motifs are not alinéas.
        #expect(
            !reading.articles.flatMap(\.alineas).contains { $0.text.hasPrefix("Cet article autorise la perception") })
        #expect(reading.divisions.first?.label == "PREMIÈRE PARTIE")
    }

    @Test func ppl2039ReadsWithoutItsFootnotes() throws {
        let reading = try DocumentLoader.readReading(
            path: Corpus.path(Self.root + "an-opendata-html/PIONANR5L17B2039_ppl-type1_defaut-AN.html"))
        #expect(reading.articles.map(\.label) == ["1er", "2", "3"])
        #expect(reading.articles.map(\.alineas.count) == [42, 9, 1])
        #expect(
            reading.articles[0].alineas[0].text
                == "L’article\u{A0}140 de la loi n°\u{A0}2018‑1021 du\u{A0}23\u{A0}novembre\u{A0}2018 portant évolution du logement, de l’aménagement et du numérique est ainsi modifié\u{A0}:"
        )
        #expect(
            reading.articles[0].alineas[4].text
                == "–\u{A0}Après le mot\u{A0}: «\u{A0}habitat\u{A0}», sont insérés les mots\u{A0}: «\u{A0}la commune de Paris,\u{A0}»\u{A0};"
        )
        // The gage, alone: the footnotes at the end of the page (`<div id="_ftn1">`) are not read.
        #expect(
            reading.articles[2].alineas.map(\.text) == [
                "La perte de recettes pour l’État est compensée à due concurrence par la création d’une taxe additionnelle à l’accise sur les tabacs prévue au chapitre\u{A0}IV du titre\u{A0}Ier du livre\u{A0}III du code des impositions sur les biens et services."
            ])
        #expect(reading.chamber == .assemblee && reading.date == "2025-10-28")
    }

    @Test func pjl1614HasItsArticleUnique() throws {
        let reading = try DocumentLoader.readReading(
            path: Corpus.path(Self.root + "an-opendata-html/PRJLANR5L17B1614_pjl-type1_avec-bordures_AN.html"))
        #expect(reading.articles.map(\.label) == ["unique"])
        #expect(
            reading.articles[0].alineas.map(\.text) == [
                "Est autorisée l’approbation de l’avenant à la convention d’entraide judiciaire en matière pénale du\u{A0}28\u{A0}mai\u{A0}1996 entre le Gouvernement de la République française et le Gouvernement de la République fédérative du Brésil, signé à Brasilia le\u{A0}28\u{A0}mars\u{A0}2024, et dont le texte est annexé à la présente loi."
            ])
        #expect(reading.chamber == .assemblee && reading.date == "2025-06-23")
    }

    @Test func plfss2026HasFiftyFiveArticles() throws {
        let reading = try DocumentLoader.readReading(
            path: Corpus.path(Self.root + "an-opendata-html/PRJLANR5L17B1907_pjl-type1_defaut_AN.html"))
        #expect(reading.articles.map(\.label) == ["liminaire", "1er"] + (2...54).map(String.init))
        let article1 = try #require(reading.article("1er"))
        #expect(article1.alineas.count == 7)
        #expect(article1.alineas[0].text == "Au titre de l’année 2025, sont rectifiés\u{A0}:")
        #expect(reading.article("5")?.alineas.count == 30)
        #expect(reading.divisions.first?.label == "PREMIÈRE PARTIE")
    }

    @Test func jorfArticleAndTextVersion() throws {
        let article = try DocumentLoader.readReading(path: Corpus.path(Self.root + "jorf-xml/JORFARTI000054861515.xml"))
        let title =
            "Arrêté du 18 septembre 2026 relatif au versement d'un prêt du Fonds de développement économique et social à la SAS Fibre Excellence Saint-Gaudens"
        #expect(article.title == title)
        #expect(article.articles.map(\.label) == ["1"])
        #expect(
            article.articles[0].alineas.map(\.text) == [
                "L'Etat versera deux (2) millions d'euros, au titre du programme du fonds de développement économique et social (FDES), par l'entremise de BpiFrance Assurance Export, sous la forme d'un prêt au profit de la SAS Fibre Excellence Saint-Gaudens.",
                "Le prêt sera versé par BpiFrance Assurance Export au nom de l'Etat selon les modalités décrites dans le contrat de prêt entre la SAS Fibre Excellence Saint-Gaudens et BpiFrance Assurance Export.",
            ])
        // The text it belongs to: metadata only, said so.
        let text = try DocumentLoader.readReading(path: Corpus.path(Self.root + "jorf-xml/JORFTEXT000054861513.xml"))
        #expect(text.id == "JORFTEXT000054861513" && text.title == title && text.date == "2026-09-18")
        #expect(text.articles.isEmpty)
        #expect(
            text.diagnostics.map(\.message) == [
                "TEXTE_VERSION holds the metadata of the text, no article (articles are in ARTICLE files)"
            ])
        let registry = try DocumentLoader.readReading(
            path: Corpus.path(Self.root + "jorf-xml/JORFTEXT000054861494.xml"))
        #expect(
            registry.title
                == "Arrêté du 18 septembre 2026 relatif à l'alimentation, la mise à jour et la gestion du registre public des actions de groupe"
        )
    }

    /// The Ameli CSV of PLF 2020 under `current/` (the same bytes as `formats/senat-ameli-csv/`, whose
    /// suite asserts every field): two numbered amendments, a fate text, a dispositif.
    @Test func ameliCSVOfPLF2020() throws {
        let file = try AmendmentLoader.read(
            path: Corpus.path(Self.root + "senat-ameli-csv/jeu_complet_2019-2020_139.csv"))
        #expect(file.amendments.map(\.number) == ["I-2 rect.", "I-744"])
        #expect(file.amendments[0].fateText == "En attente de recevabilité financière")
        #expect(
            file.amendments[0].dispositif.hasPrefix(
                "I.\u{A0}–\u{A0}Après l’alinéa 86\nInsérer un alinéa ainsi rédigé\u{A0}:"))
        #expect(file.amendments[1].target.article?.key == "2 quinquies")
    }
}
