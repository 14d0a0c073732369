import Foundation
import TestSupport
import Testing

@testable import NavetteCore

/// `DispositifExtractor` on files that carry a header and an exposé, and on the dataset's
/// dispositifs, which it must leave whole.
@Suite struct InstructionExtractorTests {
    @Test(
        "AN pages: the header lines and the exposé are left out",
        arguments: [
            ("amendments/an/assemblee-nationale-0939-AN-406.txt", 4, "« 8 septembre 2024 »."),
            ("amendments/an/assemblee-nationale-0939-AN-27.txt", 1, "Supprimer cet article."),
            ("amendments/an/assemblee-nationale-0939-AN-585.txt", 1, "Supprimer cet article."),
            ("amendments/an/assemblee-nationale-0809-CION_LOIS-CL357.txt", 8, "« 30 septembre 2024 »."),
            ("amendments/an/nosdeputes-16-amendement-939-643.txt", 8, "« 8 septembre 2024 »."),
        ])
    func anPages(file: String, paragraphs: Int, last: String) throws {
        let dispositif = DispositifText.paragraphs(DispositifExtractor.dispositif(in: try Corpus.text(file)))
        #expect(dispositif.count == paragraphs)
        #expect(dispositif.last == last)
        #expect(
            !dispositif.contains {
                $0.hasPrefix("- Texte visé") || $0.hasPrefix("Photo de") || $0.hasPrefix("Publié le")
            })
    }

    @Test("A page without any instruction has no dispositif (the Datan page of vote 1267)")
    func noInstruction() throws {
        #expect(
            DispositifExtractor.dispositif(in: try Corpus.text("amendments/an/datan-legislature-16-vote_1267.head.txt"))
                .isEmpty)
    }

    @Test("Every dispositif of the dataset is kept whole")
    func datasetKeptWhole() throws {
        let root = Corpus.path("amendment-application/données")
        var cut: [String] = []
        var count = 0
        for folder in try FileManager.default.contentsOfDirectory(atPath: root) {
            for file in try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)
            where file.hasPrefix("amendement_") {
                let text = try Corpus.text("amendment-application/données/\(folder)/\(file)")
                count += 1
                if DispositifText.paragraphs(DispositifExtractor.dispositif(in: text))
                    != DispositifText.paragraphs(text)
                {
                    cut.append(folder + "/" + file)
                }
            }
        }
        #expect(count == 448)
        #expect(cut.isEmpty, "\(cut)")
    }
}

/// The dispositifs of a Sénat commission's Ameli export (PPL 2013-2014 n° 310, HTML in a
/// tab-separated windows-1252 file): another source than the dataset, read by the same parser.
@Suite struct InstructionAmeliTests {
    @Test("Nearly every dispositif of the Ameli export is understood (104 of 106 when written)")
    func ameliDispositifs() throws {
        let bytes = try Corpus.bytes("formats/senat-ameli-csv/jeu_complet_commission_2013-2014_310.csv")
        let text = try #require(String(data: Data(bytes), encoding: .windowsCP1252))
        let rows = text.components(separatedBy: "\r\n").dropFirst().map { $0.components(separatedBy: "\t") }
        let header = try #require(rows.first).map { $0.trimmingCharacters(in: .whitespaces) }
        let column = try #require(header.firstIndex(of: "Dispositif"))
        let dispositifs = rows.dropFirst().compactMap { $0.count > column ? $0[column] : nil }
            .filter { !DispositifText.paragraphs($0).isEmpty }
        let understood = dispositifs.filter { DispositifParser.parse($0).isUnderstood }
        #expect(dispositifs.count == 106)
        #expect(understood.count >= 102, "\(understood.count) of \(dispositifs.count)")
    }
}

/// Dispositifs as the Assemblée publishes them: HTML inside the legacy XML's CDATA, and the
/// 14th-legislature amendment page with Word's conditional comments.
@Suite struct InstructionHTMLDispositifTests {
    /// The text between `<open>` and `</close>` in a corpus file.
    static func between(_ open: String, _ close: String, in file: String) throws -> String {
        let text = try Corpus.text(file)
        let start = try #require(text.range(of: open)).upperBound
        let end = try #require(text.range(of: close, range: start..<text.endIndex)).lowerBound
        return String(text[start..<end])
    }

    @Test("AN XML AS1 (15th legislature): Supprimer l’alinéa 4")
    func legacyXMLDelete() throws {
        let dispositif = DispositifParser.parse(
            try Self.between(
                "<dispositif><![CDATA[", "]]></dispositif>",
                in: "formats/an-legacy-amendement-xml/an15-1408-CION-SOC-AS1.xml"))
        #expect(dispositif.edits.map(\.operation) == [.delete])
        #expect(dispositif.edits.map(\.target.alineas) == [[.number(4)]])
    }

    @Test("AN XML PLFSS 2017 n° 135: Compléter cet article par l’alinéa suivant (VI)")
    func legacyXMLComplete() throws {
        let dispositif = DispositifParser.parse(
            try Self.between(
                "<dispositif><![CDATA[", "]]></dispositif>",
                in: "formats/an-legacy-amendement-xml/an14-PLFSS2017-4072-amdt135.xml"))
        #expect(dispositif.isUnderstood)
        guard case .insertAlineas(let alineas, .after)? = dispositif.edits.first?.operation else {
            Issue.record("\(dispositif.edits)")
            return
        }
        #expect(alineas.count == 1)
        #expect(alineas[0].hasPrefix("VI.\u{A0}–\u{A0}Le\u{A0}I de l’article L.\u{A0}133‑1‑1"))
        #expect(alineas[0].hasSuffix("à compter du 1er\u{A0}janvier 2018."))
    }

    @Test("AN page, 14th legislature, n° 406: Supprimer le mot « républicaine » despite Word's markup")
    func anPage() throws {
        let html = try Self.between(
            "class=\"amddispotexte\" align=\"justify\">", "</div>",
            in: "formats/an-html/14_amendements_0922_AN_406.html")
        let dispositif = DispositifParser.parse(html)
        #expect(dispositif.edits.map(\.operation) == [.deleteWords(words: Words("républicaine"))])
    }
}
