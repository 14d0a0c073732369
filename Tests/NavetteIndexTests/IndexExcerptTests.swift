import NavetteCore
import NavetteStore
import TestSupport
import Testing

/// The excerpts of search results show the text as printed, whatever part of a hyphenated word the
/// query found: the whole word is marked, nothing around it is lost, repeated or glued.
@Suite struct IndexExcerptTests {
    static let text = "Sur l’accès à la vidéo-surveillance des lieux publics, une vidéo\u{2011}protection mobile."

    static func index(in directory: TemporaryDirectory) throws -> AmendmentIndex {
        let index = try AmendmentIndex(path: directory.path + "/navette.sqlite")
        let amendment = Amendment(
            number: "1", chamber: .assemblee, text: AmendedText(bill: "1", legislature: "17"), dispositif: text)
        try index.write([
            IndexedFile(
                origin: AmendmentOrigin(file: "/generated", sha256: "0"), fingerprint: "0", amendments: [amendment])
        ])
        return index
    }

    @Test(arguments: [
        // Two words: both parts of the first hyphenated word, and "vidéo" in the second.
        ("vidéo surveillance", ["vidéo-surveillance", "vidéo\u{2011}protection"]),
        ("surveillance", ["vidéo-surveillance"]),
        ("vidéo", ["vidéo-surveillance", "vidéo\u{2011}protection"]),
        ("VIDEOSURVEILLANCE", ["vidéo-surveillance"]),
        ("vidéoprotection", ["vidéo\u{2011}protection"]),
        ("accès lieux", ["accès", "lieux"]),
    ])
    func theWholeHyphenatedWordIsMarkedInTheTextAsPrinted(query: String, marked: [String]) throws {
        let directory = try TemporaryDirectory()
        let result = try #require(try Self.index(in: directory).search(AmendmentQuery(text: query)).first)
        #expect(result.excerpt.plain == Self.text, "query \(query)")
        #expect(result.excerpt.parts.filter(\.found).map(\.text) == marked, "query \(query)")
    }
}
