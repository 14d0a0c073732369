import Foundation
import NavetteCore
import TestSupport
import Testing
import ZIPFoundation

@testable import NavetteFormats

/// The quick ways the amendment readers take (bytes instead of characters, no Foundation detour)
/// give exactly what the careful ways give, on the real dump's texts and on the awkward cases.
@Suite struct ReaderShortcutTests {
    /// Spaces next to combining marks, joiners and prepend marks; CR LF; no-break spaces; French.
    static let awkward = [
        "", " ", "\r\n", " a  b\t\tc \r\n d ", "e\u{301} \u{301}x", "a \u{200D}b", "a\u{600} b", "a \u{903}b",
        "l’ article  «  x  »", "x\u{A0} \u{202F} y", "…  fin ", "\u{1F600} \u{1F3FB}", "a \u{FE0F}b",
        "\t\u{301}x", "x \u{10000} y", "a \u{E0}b \u{153}c",
    ]

    @Test func collapseOnBytesIsCollapseOnCharacters() throws {
        var texts = Self.awkward
        for file in try Self.dumpFiles() {
            let object = try JSONSerialization.jsonObject(with: Data(Corpus.bytes(file))) as? [String: Any]
            let content = JSONPath.value(object, "amendement", "corps", "contenuAuteur")
            texts += [JSONPath.string(content, "dispositif"), JSONPath.string(content, "exposeSommaire")]
                .compactMap { $0 }
        }
        #expect(texts.count > 30)
        for text in texts {
            #expect(HTMLText.collapse(text) == HTMLText.collapseCharacters(text), "\(text.debugDescription)")
        }
    }

    /// Signatory lines cut byte by byte as character by character: every line of the PLFSS dump
    /// (4,464 amendments), and lines where a separator carries an accent or a name starts with one.
    @Test func authorSegmentsOnBytesAreSegmentsOnCharacters() throws {
        let files = try AmendmentLoader.read(paths: [Corpus.path("an-amendements-l17/PRJLANR5L17B1907-amendements.zip")]
        )
        var lines = files.flatMap(\.amendments).compactMap(\.authorsText)
        #expect(lines.count > 4000)
        lines +=
            Self.awkward + [
                "M. A, Mme B et M. C", "MM. A et B, rapporteurs", "M. A (Recettes et équilibre), Mme B",
                "M. A et\u{301} B",
                "M. A ,\u{301} B", "M. A, Émile B", "M. A, \u{1F600}B", "M. A, e\u{301}B", "Mme (A, B) et C",
                "M. A)), B",
                "M. A, ǅ B et ⅰ C, Ⅸ D", "Mme A et le Gouvernement", "M. A, de B", "M. A,", " et ", "M. A\r\n, B",
            ]
        for line in lines {
            let text = HTMLText.collapse(AuthorList.plainSpaces(line))
            #expect(AuthorList.segments(of: text) == AuthorList.segmentCharacters(of: text), "\(line.debugDescription)")
            let scalars = line.unicodeScalars.map { Folding.isSpace($0) ? " " : $0 }
            #expect(AuthorList.plainSpaces(line) == String(String.UnicodeScalarView(scalars)))
        }
    }

    /// The quick JSON reader gives JSONSerialization's objects, or leaves the bytes to it: every member of
    /// the PLFSS dump (all read the quick way), every JSON file of the corpus, and crafted edge cases.
    @Test func plainJSONIsJSONSerialization() throws {
        func same(_ bytes: [UInt8]) throws -> Bool? {
            guard let quick = PlainJSON.object(bytes) else { return nil }
            let reference = try JSONSerialization.jsonObject(with: Data(bytes))
            let written = { (object: Any) in try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            }
            return try written(quick) == written(reference)
        }
        let archive = try Archive(
            url: URL(fileURLWithPath: Corpus.path("an-amendements-l17/PRJLANR5L17B1907-amendements.zip")),
            accessMode: .read)
        var members = 0
        for entry in archive where entry.path.hasSuffix(".json") {
            var bytes: [UInt8] = []
            _ = try archive.extract(entry) { bytes += $0 }
            #expect(try same(bytes) == true, "\(entry.path)")
            members += 1
        }
        #expect(members == 4464)
        let files = try FileManager.default.subpathsOfDirectory(atPath: Corpus.root).filter { $0.hasSuffix(".json") }
        #expect(files.count > 20)
        for file in files {
            let bytes = try Corpus.bytes(file)
            if (try? JSONSerialization.jsonObject(with: Data(bytes))) == nil { #expect(PlainJSON.object(bytes) == nil) }
            #expect(try same(bytes) != false, "\(file)")
        }
        let quick = [
            #"{"a": "\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r", "b": [null, {}, [], {"c": ["x"]}], "d": "é€😀"}"#,
            " \n{\"\":\"\"}\r\n", #"{"a":"\u0000"}"#,
        ]
        for text in quick { #expect(try same(Array(text.utf8)) == true, "\(text)") }
        let careful = [
            #"{"a": 1}"#, #"{"a": true}"#, #"{"a": "x", "a": "y"}"#, #"{"a": "\ud83d"}"#, #"{"a": "\ude00x"}"#,
            "\u{FEFF}{}", #"{"a": "x"} x"#, #"["a"]"#, "{\"a\": \"\t\"}", #"{"a": "\x"}"#, #"{"a": nul}"#, "{",
            String(repeating: #"{"a":"#, count: 100) + "{}" + String(repeating: "}", count: 100),
        ]
        for text in careful { #expect(PlainJSON.object(Array(text.utf8)) == nil, "\(text)") }
        #expect(PlainJSON.object([0x7B, 0x22, 0xC3, 0x22, 0x3A, 0x22, 0x22, 0x7D]) == nil)  // {"\xC3":""}
    }

    @Test func asciiSearchIsTheStandardLibrarysSearch() {
        let needles = ["du groupe ", " (", "article ", "adopte", "a", " - "]
        let texts =
            Self.awkward + [
                "les membres du groupe Socialistes", "x du groupe\u{301} y", "\u{600}du groupe z",
                "article 3 (nouveau)",
                "art. 2 - a", "non adopte", "e\u{301}article ", "a\u{301}", "article\u{200D} 4",
            ]
        for text in texts {
            for needle in needles {
                let quick: Range<String.Index>? = ASCIISearch.firstRange(of: needle, in: text)
                let standard: Range<String.Index>? = text.firstRange(of: needle)
                #expect(quick == standard, "\(text)")
                let tail = text.dropFirst(min(1, text.count))
                let quickTail: Range<String.Index>? = ASCIISearch.firstRange(of: needle, in: tail)
                let standardTail: Range<String.Index>? = tail.firstRange(of: needle)
                #expect(quickTail == standardTail, "\(text)")
            }
        }
    }

    /// Every scalar of the BMP at either end, and inside, trims as Foundation trims.
    @Test func trimmedIsFoundationsTrimming() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "a " + String(scalar) + " b" + String(scalar)
            #expect(JSONPath.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// The formats detected in the corpus: every amendment file keeps its format, other files none.
    @Test func detectionOnBytesKnowsTheCorpusFormats() throws {
        let expected: [(String, AmendmentFormat?)] = [
            ("formats/current/an-amendements-json/AMANR5L17PO420120B1907P0D1N000001.json", .anJSON),
            ("formats/an-opendata-amendement/zam-liasse-AMANR5L15-806-1168.xml", .anOpenData),
            ("formats/an-legacy-amendement-xml/an15-1408-CION-SOC-AS1.xml", .anXML),
            ("formats/an-legacy-amendement-xml/an14-PLFSS2017-4072-liste-discussion.xml", .anDiscussionList),
            ("formats/senat-ameli-csv/jeu_complet_2019-2020_139.csv", .ameliCSV),
            ("formats/senat-liste-discussion-json/liste_discussion_610.json", .senatDiscussionJSON),
            ("amendments/an/nosdeputes-16-amendement-939-150.txt", .excerpt),
            ("lafabrique/pjl09-200/viz/amendements_02_1erelecture_senat_hemicycle.json", .laFabrique),
            ("formats/legi-xml/LEGIARTI000006398122.xml", nil),
            ("formats/lafabrique-json/pjl12-688.json", nil),
        ]
        for (file, format) in expected {
            #expect(AmendmentFormat.detect(try Corpus.bytes(file)) == format, "\(file)")
        }
    }

    static func dumpFiles() throws -> [String] {
        let directory = "formats/current/an-amendements-json"
        let names = try FileManager.default.contentsOfDirectory(atPath: Corpus.path(directory))
        #expect(names.count >= 10)
        return names.sorted().map { directory + "/" + $0 }
    }
}
