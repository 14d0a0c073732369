import Foundation
import NavetteCore
import NavetteFormats
import NavetteReport
import TestSupport
import Testing

@testable import NavetteRender

/// `diff --format json` is written by `DiffJSON` (PrettyJSON), not by JSONEncoder: its bytes must stay
/// those the encoder gives for `DiffOutput.Document`, on real bills and on every shape of value.
@Suite struct DiffJSONTests {
    private func encoded(_ comparisons: [ReadingComparison]) throws -> String {
        try JSONOutput.encode(DiffOutput.Document(comparisons: comparisons))
    }

    @Test(arguments: ["lafabrique/pjl09-200", "lafabrique/pjl11-350", "lafabrique/ppl11-290"])
    func wholeBillsAsTheEncoderWritesThem(dossier: String) throws {
        let readings = try DocumentLoader.readDossier(path: Corpus.path(dossier)).readings
        let comparisons = zip(readings, readings.dropFirst()).map { ReadingComparison(old: $0, new: $1) }
        #expect(comparisons.count >= 3)
        let written = DiffJSON.document(comparisons)
        #expect(written.utf8.count > 5_000)
        #expect(written == (try encoded(comparisons)))
    }

    @Test func emptyDocumentAndEmptyLists() throws {
        #expect(DiffJSON.document([]) == (try encoded([])))
        let empty = ReadingComparison(from: "a", to: "b", articles: [])
        #expect(DiffJSON.document([empty, empty]) == (try encoded([empty, empty])))
    }

    /// Every ASCII byte (controls, quote, backslash, slash, DEL), multi-byte characters, U+2028, in every
    /// string field; every optional field present and absent; edits nested in edits.
    @Test func everyFieldAndCharacterAsTheEncoderWritesThem() throws {
        var random = SeededGenerator(seed: 12)
        let pieces =
            (0..<128).map { String(UnicodeScalar(UInt8($0))) }
            + ["é", "’", "\u{A0}", "\u{202F}", "\u{2028}", "\u{2029}", "🇫🇷", "e\u{301}", "\u{FEFF}", "œ", "/"]
        func text() -> String {
            (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &random) ? value() : nil }
        func ops(depth: Int) -> [Comparison.Op] {
            (0..<Int.random(in: 0...4, using: &random)).map { _ in
                var op = Comparison.Op(
                    [.equal, .insert, .delete].randomElement(using: &random)!, text(), old: maybe(text()),
                    isTypographic: Bool.random(using: &random), move: maybe(Int.random(in: 1...9, using: &random)))
                if depth < 2 { op.edits = maybe(ops(depth: depth + 1)) }
                return op
            }
        }
        func stats() -> Comparison.Stats {
            var stats = Comparison.Stats()
            stats.alineasAdded = Int.random(in: 0...3, using: &random)
            stats.wordsRemoved = Int.random(in: 0...300, using: &random)
            stats.sentencesMoved = Int.random(in: 0...2, using: &random)
            return stats
        }
        for _ in 0..<40 {
            let articles = (0..<Int.random(in: 0...5, using: &random)).map { _ in
                let entries = (0..<Int.random(in: 0...4, using: &random)).map { _ in
                    Comparison.Entry(
                        kind: Comparison.Entry.Kind.allCases.randomElement(using: &random)!,
                        oldNumber: maybe(Int.random(in: 1...40, using: &random)),
                        newNumber: maybe(Int.random(in: 1...40, using: &random)), old: maybe(text()),
                        new: maybe(text()), ops: ops(depth: 0))
                }
                var article = ArticleDiff(old: nil, new: nil)
                article.label = text()
                article.oldLabel = maybe(text())
                article.newLabel = maybe(text())
                article.oldStatus = maybe(ArticleStatus.allCases.randomElement(using: &random)!)
                article.newStatus = maybe(ArticleStatus.allCases.randomElement(using: &random)!)
                article.status = [.unchanged, .typographic, .changed, .added, .removed].randomElement(using: &random)!
                article.comparison = Comparison(alineas: entries, stats: stats())
                return article
            }
            var comparison = ReadingComparison(from: text(), to: text(), articles: articles)
            comparison.added = (0..<Int.random(in: 0...2, using: &random)).map { _ in text() }
            comparison.stats = stats()
            #expect(DiffJSON.document([comparison, comparison]) == (try encoded([comparison, comparison])))
        }
    }
}

/// A small deterministic generator (SplitMix64): the same values on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
