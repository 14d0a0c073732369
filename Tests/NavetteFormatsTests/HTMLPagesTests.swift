import Foundation
import NavetteCore
import TestSupport
import Testing

@testable import NavetteFormats

/// Reads a whole page of `corpus/texts` with the HTML reader, once per test run (tests run in
/// parallel and several read the same large pages).
enum HTMLPage {
    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var readings: [String: Reading] = [:]
    }
    private static let cache = Cache()

    static func read(_ path: String) throws -> Reading {
        if let reading = cache.lock.withLock({ cache.readings[path] }) { return reading }
        let reading = try BillHTMLReader.read(Corpus.bytes("texts/" + path), file: path)
        cache.lock.withLock { cache.readings[path] = reading }
        return reading
    }
}

/// Every whole page of `corpus/texts`: article counts and first/last labels counted from the pages'
/// `Article …` headings (lists such as `Articles 1er et 2` count each article they name).
@Suite struct HTMLPagesTests {
    @Test(arguments: [
        ("an/13-loppsi/pl1697-projet-de-loi-depot.html", 46, "1er", "46", 13),
        ("an/13-simplification-droit/pion1890-proposition-de-loi-depot.html", 150, "1er", "150", 18),
        ("an/13-simplification-droit/ta0376-texte-adopte-1ere-lecture.html", 206, "1er", "158", 20),
        ("an/13-misc/ta0373-ppl-fracture-numerique-modifiee.html", 43, "1er A", "12", 2),
        ("an/13-misc/pl2060-pjl-la-poste-adopte-par-le-senat.html", 33, "1er", "26", 3),
        ("an/15-plfss2018/pl0269-projet-de-loi-depot.html", 57, "1er", "57", 22),
        ("an/15-plfss2018/pl0387-modifie-par-le-senat.TRIMMED.html", 11, "1er", "25", 4),
        ("an/15-essoc/r0575-a0-texte-commission-1ere-lecture.html", 55, "1er", "43", 10),
        ("an/15-essoc/r1056-a0-texte-commission-nouvelle-lecture.html", 85, "1er", "46", 10),
        ("senat/15-plfss2018/pjl17-063-texte-transmis-au-senat.html", 76, "1er", "57", 22),
        ("senat/15-essoc/pjl17-659-texte-commission-nouvelle-lecture.TRIMMED.html", 8, "1er", "4 bis AA", 3),
        ("senat/edge-cases/pjl18-106-plfss2019.TRIMMED.html", 1, "1er", "1er", 1),
        ("senat/edge-cases/pjl18-218-plf2019-nouvelle-lecture.html", 171, "liminaire", "56 bis", 19),
    ])
    func wholePage(path: String, articles: Int, first: String, last: String, divisions: Int) throws {
        let reading = try HTMLPage.read(path)
        #expect(reading.articles.count == articles)
        #expect(reading.articles.first?.label == first)
        #expect(reading.articles.last?.label == last)
        #expect(reading.divisions.count == divisions)
        // Every division points at an article of the reading, in order.
        #expect(reading.divisions.map(\.firstArticle) == reading.divisions.map(\.firstArticle).sorted())
        #expect(reading.divisions.allSatisfy { $0.firstArticle < reading.articles.count })
    }

    /// Accents, ’, œ and NBSP survive whatever the bytes: windows-1252 or UTF-8 behind an
    /// iso-8859-1 meta tag, entities or not. No replacement character, no mojibake.
    @Test(arguments: [
        "an/13-loppsi/pl1697-projet-de-loi-depot.html",
        "an/13-simplification-droit/pion1890-proposition-de-loi-depot.html",
        "an/13-simplification-droit/ta0376-texte-adopte-1ere-lecture.html",
        "an/13-misc/ta0373-ppl-fracture-numerique-modifiee.html",
        "an/13-misc/pl2060-pjl-la-poste-adopte-par-le-senat.html", "an/15-plfss2018/pl0269-projet-de-loi-depot.html",
        "an/15-plfss2018/pl0387-modifie-par-le-senat.TRIMMED.html",
        "an/15-essoc/r0575-a0-texte-commission-1ere-lecture.html",
        "an/15-essoc/r1056-a0-texte-commission-nouvelle-lecture.html",
        "senat/15-plfss2018/pjl17-063-texte-transmis-au-senat.html",
        "senat/15-essoc/pjl17-659-texte-commission-nouvelle-lecture.TRIMMED.html",
        "senat/edge-cases/pjl18-106-plfss2019.TRIMMED.html", "senat/edge-cases/pjl18-218-plf2019-nouvelle-lecture.html",
    ])
    func charactersComeOutRight(path: String) throws {
        let reading = try HTMLPage.read(path)
        let text = reading.articles.flatMap(\.alineas).map(\.text).joined(separator: "\n")
        #expect(!text.contains("\u{FFFD}"))
        #expect(!text.contains("Ã") && !text.contains("â€"))
        #expect(text.contains("é") && text.contains("\u{A0}"))
        // AN pages print ’; Sénat pages print a straight apostrophe.
        #expect(text.contains(path.hasPrefix("an/") ? "’" : "'"))
    }

    @Test func bytesAreDecodedByContentNotByTheMetaTag() throws {
        #expect(
            TextDecoding.detect(try Corpus.bytes("texts/an/15-plfss2018/pl0269-projet-de-loi-depot.html"))
                == .windows1252)
        #expect(
            TextDecoding.detect(try Corpus.bytes("texts/an/15-essoc/r1056-a0-texte-commission-nouvelle-lecture.html"))
                == .windows1252)
        #expect(
            TextDecoding.detect(try Corpus.bytes("texts/an/15-essoc/r0575-a0-texte-commission-1ere-lecture.html"))
                == .utf8)
    }

    @Test(arguments: [
        (
            "an/13-loppsi/pl1697-projet-de-loi-depot.html", Chamber.assemblee, "2009-05-27", nil as String?,
            "depot" as String?
        ),
        (
            "an/13-simplification-droit/ta0376-texte-adopte-1ere-lecture.html", .assemblee, "2009-12-02",
            "1ère lecture", "hemicycle"
        ),
        (
            "an/15-essoc/r0575-a0-texte-commission-1ere-lecture.html", .assemblee, "2018-01-18", "1ère lecture",
            "commission"
        ),
        (
            "an/15-essoc/r1056-a0-texte-commission-nouvelle-lecture.html", .assemblee, "2018-06-13", "nouv. lect.",
            "commission"
        ),
        ("an/15-plfss2018/pl0269-projet-de-loi-depot.html", .assemblee, "2017-10-11", nil, "depot"),
        ("senat/15-plfss2018/pjl17-063-texte-transmis-au-senat.html", .senat, "2017-11-06", nil, "depot"),
        (
            "senat/15-essoc/pjl17-659-texte-commission-nouvelle-lecture.TRIMMED.html", .senat, "2018-07-11",
            "nouv. lect.", "commission"
        ),
        ("senat/edge-cases/pjl18-218-plf2019-nouvelle-lecture.html", .senat, "2018-12-19", "nouv. lect.", "depot"),
    ])
    func metadata(path: String, chamber: Chamber, date: String, stage: String?, step: String?) throws {
        let reading = try HTMLPage.read(path)
        #expect(reading.chamber == chamber)
        #expect(reading.date == date)
        #expect(reading.stage == stage)
        #expect(reading.step == step)
        #expect(reading.source == path)
    }

    @Test func titleComesFromThePageTitle() throws {
        #expect(
            try HTMLPage.read("senat/15-plfss2018/pjl17-063-texte-transmis-au-senat.html").title
                == "projet de loi de financement de la sécurité sociale pour 2018")
        #expect(
            try HTMLPage.read("an/13-loppsi/pl1697-projet-de-loi-depot.html").title
                == "N°\u{A0}1697 - Projet de loi d'orientation et de programmation pour la performance de la sécurité intérieure"
        )
    }
}
