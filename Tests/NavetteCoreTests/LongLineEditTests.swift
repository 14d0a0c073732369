import TestSupport
import Testing

@testable import NavetteCore

/// Edits at many places of one line (`à chaque occurrence` in an alinéa of megabytes) are made in one
/// pass over a gap buffer, and quoted words are found by Knuth–Morris–Pratt: both must give exactly
/// what one array splice per place and a naive search gave.
@Suite struct LongLineEditTests {
    /// Words, spaces and the punctuation `Joining.mend` looks at, so that its seams are exercised.
    static let pieces = ["le", "Le", "mot", "de", " ", " ", " ", ",", ".", ";", "«", "»", "é", "\u{A0}", "par"]

    @Test func editsFromTheLastToTheFirstMatchOneSplicePerPlace() {
        var draws = SeededRandom(state: 15)  // the same texts on every run
        for _ in 0..<300 {
            let text = (0..<draws.next(60)).map { _ in Self.pieces[draws.next(Self.pieces.count)] }.joined()
            var array = Array(text.unicodeScalars)
            var buffer = ScalarGapBuffer(text)
            // Sorted ranges that do not overlap, each replaced by words or by nothing.
            var edits: [(Range<Int>, [Unicode.Scalar])] = []
            var position = 0
            while position < array.count, edits.count < 8 {
                let start = position + draws.next(array.count - position)
                let end = start + draws.next(min(6, array.count - start) + 1)
                let inserted = draws.next(3) == 0 ? "" : Self.pieces[draws.next(Self.pieces.count)]
                edits.append((start..<end, Array(inserted.unicodeScalars)))
                position = end + 1
            }
            for (range, inserted) in edits.reversed() {
                // A deletion's mend may take a repeated word before it, and with it a place named before.
                guard range.upperBound <= array.count else { continue }
                array.replaceSubrange(range, with: inserted)
                Joining.mend(&array, at: range.lowerBound, insertedCount: inserted.count)
                buffer.replaceSubrange(range, with: inserted)
                Joining.mend(&buffer, at: range.lowerBound, insertedCount: inserted.count)
                #expect(Array(buffer) == array, "\(text) \(range)")
            }
            #expect(buffer.string == String(String.UnicodeScalarView(array)))
        }
    }

    @Test func everyOccurrenceInALongLineIsReplaced() {
        let line = String(repeating: "Le traitement des images est autorisé ; ", count: 20_000)
        var editor = ArticleEditor(alineas: [line])
        let results = editor.apply(
            DispositifParser.parse("À l'alinéa 1, supprimer à chaque occurrence les mots : « des images ».").edits)
        #expect(results.allSatisfy { $0.isApplied })
        #expect(editor.texts == [line.replacing("des images ", with: "")])
    }

    @Test func overlappingOccurrencesAreFoundAndKeptFromTheLeft() {
        var found: [Int] = []
        let pattern = Array("aba".unicodeScalars)
        TextMatcher.forEachOccurrence(of: pattern, in: Array("ababababa".unicodeScalars)) { found.append($0) }
        #expect(found == [0, 2, 4, 6])
        // Kept: non-overlapping, from the left, as a naive scan keeps them.
        var matcher = TextMatcher("aaaaa")
        #expect(matcher.ranges(of: "aa") == [])  // inside a word: never a match
        var spaced = TextMatcher("x aa aa aaa y")
        #expect(spaced.ranges(of: "aa") == [2..<4, 5..<7])
    }
}
