import Foundation
import TestSupport
import Testing

@testable import NavetteCore

@Suite struct ComparisonScratchTests {
    @Test func timing() throws {
        let p = try ComparisonCorpusTests.datasetPair(
            "14-biologie_medicale_reforme__01_1erelecture_senat_commission__7")
        let clock = ContinuousClock()
        print("compare", clock.measure { _ = Comparer.compare(old: p.old, new: p.new) })
        print("tokenize all", clock.measure { for a in p.old { _ = Tokenizer.words(in: a.text) } })
        var interner = KeyInterner()
        print("tokenized all", clock.measure { for a in p.old { _ = TokenizedText(a.text, interner: &interner) } })
        print("fold all", clock.measure { for a in p.old { _ = Folding.fold(a.text) } })
        var b = ComparisonBuilder(old: p.old, new: p.new)
        print("align", clock.measure { _ = AlineaAlignment.align(&b) })
        print("chars", p.old.map(\.text.count).reduce(0, +), "alineas", p.old.count)
    }
}
