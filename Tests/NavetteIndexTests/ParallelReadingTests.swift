import Foundation
import NavetteCore
import NavetteIndex
import NavetteStore
import TestSupport
import Testing

/// Several reading threads give the index, the warnings and the counts that one gives, batch for batch.
@Suite struct ParallelReadingTests {
    @Test func threeReadersIndexWhatOneIndexes() throws {
        let directory = try TemporaryDirectory()
        let paths = [
            Corpus.path("amendments"), Corpus.path("formats/current/an-amendements-json"),
            Corpus.path("lafabrique/pjl09-200/viz"), IndexSearchTests.ameli,
        ]
        var runs: [(IngestSummary, [String])] = []
        for readers in [1, 3] {
            let index = try AmendmentIndex(path: directory.path + "/readers-\(readers).sqlite")
            var options = IngestOptions(batchSize: 7)
            options.readers = readers
            let summary = try AmendmentIngester(index: index, options: options).ingest(paths: paths)
            // Ties of date broken by id: the order rows were inserted in.
            let rows = try index.search(AmendmentQuery(text: "", limit: 100_000)).map {
                "\($0.amendment.number) \($0.amendment.file ?? "") \($0.sha256)"
            }
            runs.append((summary, rows))
        }
        let (one, three) = (runs[0], runs[1])
        #expect(one.1.count > 1000)
        #expect(one.1 == three.1)
        #expect(one.0.warnings == three.0.warnings)
        #expect(one.0.batches == three.0.batches)
        #expect(one.0.counts == three.0.counts)
        #expect(one.0.otherFiles > 0)
        #expect(one.0.filesRead == three.0.filesRead)
        #expect(one.0.otherFiles == three.0.otherFiles)
        #expect(one.0.amendmentsRead == three.0.amendmentsRead)
    }
}
