import NavetteCore
import TestSupport
import Testing

@testable import navette_bench

/// The amendment-application benchmark as a regression guard: the share of exact results must stay
/// at the level reached (83 of 187 cases when this test was written), give or take a small margin.
@Suite struct ApplyBenchTests {
    @Test("navette bench amendments on the whole dataset keeps its exact rate")
    func exactRate() throws {
        let bench = try AmendmentBench.run(directory: Corpus.path("amendment-application/données"))
        #expect(bench.cases.count == 187)
        #expect(bench.exactCount >= 80, "exact: \(bench.exactCount)/\(bench.cases.count)")
        let dispositifs = bench.cases.flatMap(\.outcome.amendments)
        #expect(dispositifs.count == 448)
        #expect(dispositifs.filter { $0.dispositif.isUnderstood }.count >= 435)
        // Three cases of the dataset have an empty `article_apres` while no amendment deletes the article.
        #expect(bench.cases.filter(\.lacksReference).count == 3)
    }
}

/// An empty `article_apres` is the dataset's way of saying the article was deleted; when no amendment
/// deletes it, the case has no reference text and the bench leaves it out of its measures.
@Suite struct BenchReferenceTests {
    static let article = ["I. – Le code rural est ainsi modifié :", "1° L’article L. 411-1 est abrogé."]

    static let completion =
        "Compléter cet article par un alinéa ainsi rédigé :\n\n« 2° L’article L. 411-2 est abrogé. »"

    static func outcome(_ dispositif: String) -> AmendmentSequence.Outcome {
        AmendmentSequence.apply([.init(name: "1", dispositif: dispositif)], to: article)
    }

    @Test("Empty expected text and no deletion of the article: no reference text")
    func emptyWithoutDeletionLacksReference() {
        let added = Self.outcome(Self.completion)
        #expect(AmendmentBench.lacksReference(expected: [], outcome: added))
        #expect(AmendmentBench.lacksReference(expected: ["", " "], outcome: added))
    }

    @Test("Empty expected text after `Supprimer cet article`, or any expected text: a reference")
    func deletionOrTextIsAReference() {
        #expect(!AmendmentBench.lacksReference(expected: [], outcome: Self.outcome("Supprimer cet article.")))
        let added = Self.outcome(Self.completion)
        #expect(!AmendmentBench.lacksReference(expected: Self.article, outcome: added))
    }
}
