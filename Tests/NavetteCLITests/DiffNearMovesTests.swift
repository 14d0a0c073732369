import NavetteCore
import NavetteRender
import TestSupport
import Testing

@testable import NavetteCLI

/// Alinéas and sentences moved and lightly edited, on PLFSS 2018 as deposited at the Assemblée against
/// the text transmitted to the Sénat (read once by `DiffTypographyTests`): each shows as a move with its
/// word diff, not as a deletion and an insertion.
@Suite struct DiffNearMovesTests {
    static func article(_ label: String) throws -> ArticleDiff {
        try #require(try DiffTypographyTests.plfss().articles.first { $0.label == label })
    }

    /// The two chambers space `7°` and `« publié »` with no-break spaces or plain ones: plain here.
    static func spaced(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\u{A0}" || $0 == "\u{202F}" ? " " : Character($0) })
    }

    static func plfssText() throws -> String {
        spaced(try DiffOutput.render([try DiffTypographyTests.plfss()], format: .text, full: false, colour: false))
    }

    /// Article 8: the old 7° (alinéa 33) came up to alinéa 24 as 5° bis, its words otherwise the same.
    @Test func movedAndEditedAlinea() throws {
        let article = try Self.article("8")
        #expect(article.comparison.stats.alineasMoved == 1)
        let moved = try #require(article.comparison.alineas.first { $0.kind == .moved })
        #expect(moved.oldNumber == 33 && moved.newNumber == 24)
        let changes = moved.ops.filter { $0.op != .equal }.map { "\($0.op):" + Self.spaced($0.text) }
        #expect(changes == ["delete:7° ", "insert:5° bis "])
        #expect(Self.spaced(moved.old ?? "").hasPrefix("7° L’article L. 243-6-6 devient l’article L. 243-6-8"))
        #expect(Self.spaced(moved.new ?? "").hasPrefix("5° bis L'article L. 243-6-6 devient l'article L. 243-6-8"))
        let text = try Self.plfssText()
        #expect(text.contains("> 33→24 (moved from alinéa 33) [-7°-] {+5° bis+} L'article L. 243-6-6"))
    }

    /// Article 38: "et, à chaque occurrence, le mot : « publié » est remplacé…" left the old alinéa 14
    /// for the end of the one before, losing "à chaque occurrence" on its way.
    @Test func movedAndEditedSentence() throws {
        let article = try Self.article("38")
        #expect(article.comparison.stats.sentencesMoved == 1)
        let ops = article.comparison.alineas.flatMap(\.ops).filter { $0.move != nil }
        #expect(ops.map(\.op) == [.insert, .delete])
        let (insertion, deletion) = (ops[0], ops[1])
        #expect(insertion.move == deletion.move)
        #expect(Self.spaced(deletion.text).hasPrefix("et, à chaque occurrence, le mot : « publié » est remplacé"))
        #expect(Self.spaced(insertion.text).hasPrefix("et le mot : « publié » est remplacé par le mot"))
        // Its word diff gives the inserted text back, and names the words it lost.
        let edits = try #require(insertion.edits)
        #expect(edits.filter { $0.op != .delete }.map(\.text).joined() == insertion.text)
        let changed = edits.filter { $0.op != .equal }
        #expect(changed.count == 1 && changed.first?.op == .delete)
        #expect(changed.first?.text.contains(", à chaque occurrence,") == true)
        let text = try Self.plfssText()
        #expect(text.contains("{+et [-, à chaque occurrence,-] le mot : « publié » est remplacé"))
    }
}
