import Foundation
import NavetteCore
import NavetteIndex
import NavetteStore
import TestSupport
import Testing

/// Search on real amendments: the Sénat's Ameli CSV of text 310 (2013-2014) and the AN and Sénat
/// amendments on the 2023 Olympics bill.
@Suite struct IndexSearchTests {
    static let ameli = Corpus.path("formats/senat-ameli-csv/jeu_complet_commission_2013-2014_310.csv")

    /// A fresh index of `paths` in a scratch directory.
    static func index(_ paths: [String], in directory: TemporaryDirectory) throws -> AmendmentIndex {
        let index = try AmendmentIndex(path: directory.path + "/store/navette.sqlite")
        _ = try AmendmentIngester(index: index).ingest(paths: paths)
        return index
    }

    @Test func aKnownAmendmentIsFoundByAWordOfItsDispositifItsArticleAndItsGroup() throws {
        let directory = try TemporaryDirectory()
        let index = try Self.index([Self.ameli], in: directory)
        #expect(try index.counts().amendments == 127)

        // COM-48 by M. Raoul, adopted: "Alinéa 3 Remplacer le mot : modération par le mot : sobriété",
        // the shortest of the six that say it, ranks first.
        let byWord = try index.search(AmendmentQuery(text: "sobriete"))
        #expect(byWord.count == 6)
        let first = try #require(byWord.first)
        #expect(first.amendment.number == "COM-48")
        #expect(first.amendment.fate == .adopte)
        #expect(first.amendment.authors == ["M. RAOUL"])
        #expect(first.amendment.target.article?.key == "1")
        #expect(first.amendment.target.alinea == 3)
        #expect(first.amendment.url == "https://www.senat.fr/amendements/commissions/2013-2014/310/Amdt_COM-48.html")
        #expect(first.excerpt.parts.contains { $0.found && $0.text == "sobriété" })
        // A phrase: COM-1 rect. strikes "à la sobriété" from the title.
        let phrase = try index.search(AmendmentQuery(text: "\"à la sobriété\" radioélectriques"))
        #expect(phrase.map(\.amendment.number) == ["COM-1 rect."])

        // "après le mot « mobile » insérer les mots « à l'oreille »", on alinéas 5 and 6 of article 5.
        let byArticle = try index.search(AmendmentQuery(text: "oreille", article: "5"))
        #expect(Set(byArticle.map(\.amendment.number)) == ["COM-28 rect.", "COM-29", "COM-120"])
        #expect(try index.search(AmendmentQuery(text: "oreille", article: "1er")).isEmpty)

        let byGroup = try index.search(AmendmentQuery(text: "", group: "ump", fate: .adopte))
        #expect(Set(byGroup.map(\.amendment.number)) == ["COM-32", "COM-33"])
        #expect(try index.count(AmendmentQuery(text: "", group: "Groupe UMP")) == 7)
        let tally = try index.tally(AmendmentQuery(text: "", group: "ump"))
        #expect(tally.total == 7)
        #expect(tally.rows.contains { $0.group == "Groupe UMP" && $0.fate == .tombe && $0.count == 3 })
    }

    @Test func foldingFindsHyphenatedAccentedAndCapitalisedForms() throws {
        let directory = try TemporaryDirectory()
        let index = try Self.index([Corpus.path("amendments")], in: directory)
        // The AN amendments write "vidéosurveillance", the Sénat's question préalable "vidéo-surveillance".
        let spellings = ["vidéosurveillance", "VIDEOSURVEILLANCE", "vidéo-surveillance", "Vidéo\u{2011}surveillance"]
        var found: [Set<String>] = []
        for spelling in spellings {
            found.append(Set(try index.search(AmendmentQuery(text: spelling)).map(\.amendment.number)))
        }
        #expect(found.allSatisfy { $0 == found[0] })
        #expect(found[0].isSuperset(of: ["27", "585", "CL357", "1"]))
        let senate = try #require(try index.search(AmendmentQuery(text: "VIDEOSURVEILLANCE", bill: "249")).first)
        #expect(senate.amendment.chamber == .senat)
        // The excerpt shows the text as printed, the hyphenated word marked whole.
        #expect(senate.excerpt.parts.contains { $0.found && $0.text == "vidéo-surveillance" })
    }

    @Test func vidéoprotectionLigaturesAndApostrophesFold() throws {
        let directory = try TemporaryDirectory()
        let index = try AmendmentIndex(path: directory.path + "/navette.sqlite")
        let texts = [
            "1": "Les systèmes de vidéo-protection sont déployés.",
            "2": "AUTORISATION DE VIDEOPROTECTION PRÉALABLE",
            "3": "La vidéoprotection algorithmique est interdite.",
            "4": "Les caméras de vidéo\u{2011}protection mobiles.",
            "5": "Le Cœur de l’œuvre et l’ŒUVRE elle-même.",
            "6": "Une protection vidéo des bâtiments.",
        ]
        let amendments = texts.map { number, text in
            Amendment(
                number: number, chamber: .assemblee, text: AmendedText(bill: "1", legislature: "17"), dispositif: text)
        }
        try index.write([
            IndexedFile(
                origin: AmendmentOrigin(file: "/generated", sha256: "0"), fingerprint: "0", amendments: amendments)
        ])
        func numbers(_ query: String) throws -> Set<String> {
            Set(try index.search(AmendmentQuery(text: query)).map(\.amendment.number))
        }
        for query in ["vidéoprotection", "vidéo-protection", "VIDEOPROTECTION", "Vidéo-Protection", "videoprotection"] {
            #expect(try numbers(query) == ["1", "2", "3", "4"], "query \(query)")
        }
        // The parts of a hyphenated word are words too; a phrase of them finds the hyphenated form.
        #expect(try numbers("\"vidéo protection\"") == ["1", "4"])
        #expect(try numbers("protection vidéo") == ["1", "4", "6"])
        #expect(try numbers("oeuvre") == ["5"])
        #expect(try numbers("ŒUVRE") == ["5"])
        #expect(try numbers("coeur") == ["5"])
        #expect(try numbers("l'oeuvre") == ["5"])
        #expect(try numbers("vidéo*") == ["1", "2", "3", "4", "6"])
        #expect(try numbers("vidéoprotection -algorithmique") == ["1", "2", "4"])
        #expect(try numbers("algorithmique OR mobiles") == ["3", "4"])
        // FTS5's syntax characters in a query are words, never a syntax error.
        #expect(try numbers("vidéoprotection: ^( \"") == ["1", "2", "3", "4"])
        #expect(try numbers("« — »").count == 6)
    }
}
