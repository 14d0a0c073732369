import TestSupport
import Testing

@testable import NavetteFormats

/// The byte-level shortcuts of the HTML bill reader's line tests must answer as the character-level
/// definitions they stand in for, on lines full of the awkward cases: CR LF, combining marks after ASCII
/// letters and dashes, non-ASCII letters, every dash.
@Suite struct HeadingShortcutTests {
    static let pieces = [
        "a", "E", "x", " ", ".", "\r", "\n", "\r\n", "\u{301}", "\u{303}", "é", "É", "-", "–", "—", "‐", "©", "D",
        "d", "F", "V", "A", "\u{A0}", "’", "€", "🇫🇷", "\u{200D}", "\u{600}",
    ]

    static func lines(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(state: seed)
        return (0..<count).map { _ in (0..<random.next(24)).map { _ in pieces[random.next(pieces.count)] }.joined() }
    }

    @Test func hasCountIsCharacterCount() {
        for line in Self.lines(count: 20_000, seed: 17) {
            for count in [1, 3, 8, 17] {
                #expect(
                    BillTextAssembler.hasCount(line, count) == (line.count == count), "\(Array(line.unicodeScalars))")
            }
        }
        #expect(BillTextAssembler.hasCount("Exposé des motifs", 17))
        #expect(BillTextAssembler.hasCount("EXPOSE DES MOTIFS", 17))
        #expect(!BillTextAssembler.hasCount("EXPOSE DES MOTIFS.", 17))
        #expect(BillTextAssembler.hasCount("EXPOSE DES\r\nMOTIFS", 17))
    }

    @Test func startsTheEndIsMembershipInItsLetters() {
        for line in Self.lines(count: 20_000, seed: 19) {
            guard let first = line.first else { continue }
            #expect(
                BillTextAssembler.startsTheEnd(first) == "DdFfVv©A".contains(first), "\(Array(line.unicodeScalars))")
        }
    }

    @Test func aLineWithoutDashBytesHasNoDashCharacter() {
        var withDash = 0
        for line in Self.lines(count: 20_000, seed: 23) {
            let dash = line.firstIndex(where: { "-–—".contains($0) })
            if dash != nil { withDash += 1 }
            #expect(DivisionHeading.holdsDashBytes(line) || dash == nil, "\(Array(line.unicodeScalars))")
            #expect(
                DivisionHeading.holdsDashBytes(line)
                    == line.unicodeScalars.contains { "-–—".unicodeScalars.contains($0) })
        }
        #expect(withDash > 5_000)
    }
}
