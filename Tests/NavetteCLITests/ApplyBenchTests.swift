import Testing
import TestSupport
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
    }
}
