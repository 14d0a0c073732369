import TestSupport
import Testing

@testable import NavetteCore

/// The diff engine against a plain dynamic-programming LCS, and its bounds on large inputs.
@Suite struct ComparisonMyersTests {
    static func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for (j, y) in b.enumerated() {
                let above = row[j + 1]
                row[j + 1] = x == y ? diagonal + 1 : max(row[j + 1], row[j])
                diagonal = above
            }
        }
        return row[b.count]
    }

    /// The matches are a common subsequence: in order, on equal elements.
    static func isCommonSubsequence(_ matches: [MyersDiff.Match], _ a: [Int], _ b: [Int]) -> Bool {
        var i = 0
        var j = 0
        for match in matches {
            guard match.old >= i, match.new >= j, match.count > 0 else { return false }
            for k in 0..<match.count where a[match.old + k] != b[match.new + k] { return false }
            i = match.old + match.count
            j = match.new + match.count
        }
        return i <= a.count && j <= b.count
    }

    @Test func findsALongestCommonSubsequence() {
        var random = SeededRandom(state: 2023_380)
        for _ in 0..<400 {
            let a = (0..<random.next(40)).map { _ in random.next(4) }
            let b = (0..<random.next(40)).map { _ in random.next(4) }
            let matches = MyersDiff.matches(a, b)
            #expect(Self.isCommonSubsequence(matches, a, b))
            #expect(matches.reduce(0) { $0 + $1.count } == Self.lcsLength(a, b), "\(a) \(b)")
        }
    }

    @Test func staysValidPastItsCostBound() {
        var random = SeededRandom(state: 939)
        let a = (0..<9_000).map { _ in random.next(50) }
        let b = (0..<9_000).map { _ in random.next(50) }
        // Unrelated: past the bound, reported as replaced, still a valid script.
        #expect(Self.isCommonSubsequence(MyersDiff.matches(a, b), a, b))
        // A long text with scattered edits stays well within the bound: every untouched element matches.
        let text = Array(a.prefix(3_000))
        var edited = text
        for _ in 0..<40 { edited[random.next(edited.count)] = 50 + random.next(10) }
        let matches = MyersDiff.matches(text, edited)
        #expect(Self.isCommonSubsequence(matches, text, edited))
        #expect(matches.reduce(0) { $0 + $1.count } == Self.lcsLength(text, edited))
    }

    /// A long article rewritten from scratch takes the diagonal-pieces path and still accounts for
    /// every alinéa once.
    @Test func aLongRewrittenArticleIsAccountedFor() {
        let old = (0..<400).map {
            Alinea("\($0 + 1)° Les mots : « ancien \($0) » sont remplacés par les mots : « texte \($0 % 7) ».")
        }
        let new = (0..<380).map {
            Alinea(
                "\($0 + 1)° Au \($0)e alinéa, la référence : « nouveau \($0) » est supprimée ; les mots : « texte \($0 % 5) » demeurent."
            )
        }
        let comparison = Comparer.compare(old: old, new: new)
        #expect(comparison.alineas.compactMap(\.oldNumber).sorted() == Array(1...400))
        #expect(comparison.alineas.compactMap(\.newNumber) == Array(1...380))
        let stats = comparison.stats
        #expect(stats.alineasChanged + stats.alineasMoved + stats.alineasRemoved == 400)
        #expect(stats.alineasChanged + stats.alineasMoved + stats.alineasAdded == 380)
    }

    /// Past the bound (2,200 edited alinéas need more steps than it allows), the alinéas found once on
    /// each side anchor the alignment: each edited alinéa is changed where it stands, none is moved
    /// (they were all deleted, inserted, then paired as moves).
    @Test func manyEditedAlineasAreAnchoredPastTheBound() {
        let old = (0..<4_400).map { Alinea("Alinéa \($0).") }
        let new = (0..<4_400).map { Alinea($0 % 2 == 0 ? "Alinéa \($0) modifié." : "Alinéa \($0).") }
        let comparison = Comparer.compare(old: old, new: new)
        #expect(comparison.stats.alineasChanged == 2_200)
        #expect(comparison.stats.alineasUnchanged == 2_200)
        #expect(comparison.stats.alineasMoved == 0)
        #expect(comparison.alineas.allSatisfy { $0.oldNumber == $0.newNumber })
    }

    @Test func anchorsFollowALongestIncreasingSubsequence() {
        var random = SeededRandom(state: 1_000_000)
        for _ in 0..<300 {
            let values = (0..<random.next(30)).map { _ in random.next(20) }
            let chain = MyersDiff.longestIncreasing(values)
            #expect(zip(chain, chain.dropFirst()).allSatisfy { $0 < $1 && values[$0] < values[$1] })
            // The length a quadratic dynamic programme finds.
            var best = [Int](repeating: 1, count: values.count)
            for i in values.indices {
                for j in 0..<i where values[j] < values[i] { best[i] = max(best[i], best[j] + 1) }
            }
            #expect(chain.count == (best.max() ?? 0), "\(values)")
        }
    }
}
