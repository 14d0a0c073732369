import Foundation
import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// Every amendment file of the corpus reads, by format detected from its content; other files are
/// refused with one line naming them.
@Suite struct AmendmentLoaderTests {
    /// Each corpus folder holding amendments, with the formats found there and their amendment counts.
    static let folders: [(String, [AmendmentFormat: Int])] = [
        ("formats/an-legacy-amendement-xml", [.anXML: 2, .anDiscussionList: 6]),
        ("formats/an-opendata-amendement", [.anOpenData: 3]),
        ("formats/current/an-amendements-json", [.anJSON: 17]),
        ("formats/an-html", [.anHTML: 2]),
        ("formats/akn-senato-it", [.akomaNtoso: 3]),
        ("formats/senat-ameli-csv", [.ameliCSV: 129]),
        ("formats/senat-liste-discussion-json", [.senatDiscussionJSON: 24]),
        ("lafabrique", [.laFabrique: 1976]),
        ("amendments/an", [.excerpt: 13]),
        ("amendments/senat", [.excerpt: 3]),
    ]

    @Test(arguments: folders.map(\.0))
    func everyAmendmentFileOfAFolderReads(_ folder: String) throws {
        let expected = try #require(Self.folders.first { $0.0 == folder }?.1)
        let files = try AmendmentLoader.read(paths: [Corpus.path(folder)])
        var counts: [AmendmentFormat: Int] = [:]
        for file in files {
            #expect(!file.amendments.isEmpty, "\(file.file) read no amendment")
            for amendment in file.amendments {
                #expect(!amendment.number.isEmpty)
                #expect(!amendment.key.isEmpty)
                #expect(amendment.file == file.file)
            }
            counts[file.format, default: 0] += file.amendments.count
        }
        #expect(counts == expected)
    }

    /// Archives in a directory are skipped (named, they read: see `AmendmentArchiveTests`).
    @Test func theWholeCorpusHolds2180AmendmentsIn52Files() throws {
        let files = try AmendmentLoader.read(paths: [Corpus.root])
        #expect(files.count == 52)
        #expect(files.reduce(0) { $0 + $1.amendments.count } == 2180)
        // Bill texts, motions, debate records and the dataset's bare dispositifs are not taken for amendments.
        #expect(
            !files.contains {
                $0.file.contains("/jo2024/") || $0.file.contains("/motions/") || $0.file.contains("/texts/")
            })
        #expect(!files.contains { $0.file.contains("amendment-application") })
    }

    @Test(arguments: [
        ("formats/an-legacy-amendement-xml/an14-PLFSS2017-4072-amdt135.xml", AmendmentFormat.anXML),
        ("formats/an-legacy-amendement-xml/an15-1408-CION-SOC-liste.xml", .anDiscussionList),
        ("formats/an-opendata-amendement/zam-liasse-AMANR5L15-806-1168.xml", .anOpenData),
        ("formats/current/an-amendements-json/AMANR5L17PO838901B1907P0D1N000005.json", .anJSON),
        ("formats/an-html/14_amendements_0996_CION_LOIS_CL4.html", .anHTML),
        ("formats/akn-senato-it/Leg17-Atto000010-10-362-388-395-849-874-B/emendc/00925161-em.akn.xml", .akomaNtoso),
        ("formats/senat-ameli-csv/jeu_complet_2019-2020_139.csv", .ameliCSV),
        ("formats/senat-liste-discussion-json/liste_discussion_610.json", .senatDiscussionJSON),
        ("lafabrique/ppl11-290/viz/amendements_09_nouv.lect._assemblee_hemicycle.json", .laFabrique),
        ("amendments/an/nosdeputes-16-scrutin-1268.txt", .excerpt),
    ])
    func detectsTheFormatFromTheContent(_ path: String, _ format: AmendmentFormat) throws {
        let bytes = try Corpus.bytes(path)
        #expect(AmendmentFormat.detect(bytes) == format)
        // The name plays no part: the same bytes under another name read the same.
        let renamed = try AmendmentLoader.read(bytes: bytes, file: "renamed.dat")
        #expect(renamed.format == format)
        #expect(renamed.amendments.count == (try AmendmentLoader.read(path: Corpus.path(path))).amendments.count)
    }

    @Test(arguments: [
        ("texts/an/15-essoc/r0575-a0-texte-commission-1ere-lecture.html", "not an amendment file"),
        ("formats/an-html/14_dossiers_republique_numerique.html", "not an amendment file"),
        (
            "formats/akn-senato-it/Leg17-Atto000010-10-362-388-395-849-874-B/ddlpres/10_362_388_395_849_874_B/00912364-ft.akn.xml",
            "not an amendment file"
        ),
        ("lafabrique/pjl09-200/viz/amendements_links_02_1erelecture_senat_hemicycle.json", "co-signature links"),
        ("lafabrique/pjl09-200/viz/procedure.json", "not an amendment file"),
        ("jo2024/context/senat-cra-s20230124_8.head.txt", "not an amendment file"),
        ("motions/paris15-eelv-voeu-videosurveillance-automatisee-2023-03-06.head.txt", "not an amendment file"),
    ])
    func otherCorpusFilesAreRefused(_ path: String, _ reason: String) throws {
        let error = try #require(throws: ReadError.self) { try AmendmentLoader.read(path: Corpus.path(path)) }
        #expect(error.file == Corpus.path(path))
        #expect(error.message.contains(reason))
        #expect(!error.description.contains("\n"))
        #expect(error.description.hasPrefix(Corpus.path(path) + ": "))
    }

    @Test func csvWithTheWrongHeaderIsOneLineNamingTheFile() throws {
        let bytes = Array("sep=\t\r\nNom\tPrénom\tVille\r\nDupont\tJean\tParis\r\n".utf8)
        let error = try #require(throws: ReadError.self) { try AmendmentLoader.read(bytes: bytes, file: "liste.csv") }
        #expect(error.description.hasPrefix("liste.csv: header 'Nom | Prénom | Ville…' lacks numero"))
        #expect(error.message.contains("expected a Sénat Ameli CSV header"))
        #expect(!error.description.contains("\n"))
    }

    @Test func xmlThatIsNotAnAmendment() throws {
        let notAmendment = Array("<?xml version=\"1.0\"?><ARTICLE><META/></ARTICLE>".utf8)
        let error = try #require(throws: ReadError.self) {
            try AmendmentLoader.read(bytes: notAmendment, file: "art.xml")
        }
        #expect(error.description.hasPrefix("art.xml: not an amendment file: expected AN amendment XML"))
        let empty = Array("<?xml version=\"1.0\"?><amendement><etat>DI</etat></amendement>".utf8)
        let missing = try #require(throws: ReadError.self) { try AmendmentLoader.read(bytes: empty, file: "vide.xml") }
        #expect(missing.description == "vide.xml: an <amendement> without <numero>, expected an AN amendment")
        let truncated = Array("<?xml version=\"1.0\"?><amendement><numero>12</numero>".utf8)
        let broken = try #require(throws: ReadError.self) {
            try AmendmentLoader.read(bytes: truncated, file: "coupé.xml")
        }
        #expect(broken.description.hasPrefix("coupé.xml: malformed or truncated XML"))
        #expect(!broken.description.contains("\n"))
    }

    @Test func emptyAndMissingFiles() throws {
        let empty = try #require(throws: ReadError.self) {
            try AmendmentLoader.read(bytes: Array("  \n".utf8), file: "rien.txt")
        }
        #expect(empty.description == "rien.txt: empty file, expected amendments")
        let missing = try #require(throws: ReadError.self) {
            try AmendmentLoader.read(paths: ["/nonexistent/amdt.xml"])
        }
        #expect(missing.description == "/nonexistent/amdt.xml: no such file or directory")
        let json = try #require(throws: ReadError.self) {
            try AmendmentLoader.read(bytes: Array("{\"sujets\": 3}".utf8), file: "lf.json")
        }
        #expect(json.description == "lf.json: no \"sujets\" object, expected a La Fabrique amendements_*.json")
    }

    @Test func aDirectoryReportsItsBrokenAmendmentFileAndSkipsTheRest() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "navette-amdt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("a-135.xml")
        try Data(try Corpus.bytes("formats/an-legacy-amendement-xml/an14-PLFSS2017-4072-amdt135.xml")).write(to: good)
        try Data("<?xml version=\"1.0\"?><amendement><numero>12</numero>".utf8)
            .write(to: directory.appendingPathComponent("b-broken.xml"))
        try Data("Notes de séance\n".utf8).write(to: directory.appendingPathComponent("c-notes.txt"))
        let files = try AmendmentLoader.read(paths: [directory.path])
        #expect(files.map(\.amendments.count) == [1])
        let messages = files[0].diagnostics.map(\.message)
        #expect(
            messages.contains {
                $0.hasPrefix("could not be read: ") && $0.contains("b-broken.xml: malformed or truncated XML")
            })
        #expect(messages.contains { $0.hasSuffix("not amendments: c-notes.txt") })
        try FileManager.default.removeItem(at: good)
        let error = try #require(throws: ReadError.self) { try AmendmentLoader.read(paths: [directory.path]) }
        #expect(error.file.hasSuffix("b-broken.xml"))
    }
}
