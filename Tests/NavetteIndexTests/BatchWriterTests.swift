import Foundation
import GRDB
import NavetteIndex
import TestSupport
import Testing

@testable import NavetteStore

/// The batch writer binds a new row's columns itself (not through `Encodable`, a tenth of the
/// writer's time): column for column, the values must be those GRDB's encoding of the row gives.
@Suite struct BatchWriterTests {
    @Test func boundValuesAreTheEncodedRow() throws {
        let directory = try TemporaryDirectory()
        let index = try AmendmentIndex(path: directory.path + "/navette.sqlite")
        let paths = [
            Corpus.path("formats/current/an-amendements-json"), IndexSearchTests.ameli, Corpus.path("amendments"),
            Corpus.path("formats/current/an-amendements-json"),
        ]
        let summary = try AmendmentIngester(index: index, options: IngestOptions(batchSize: 50)).ingest(paths: paths)
        #expect(summary.counts.unchanged > 10)  // the directory read twice in one run: the same rows, unchanged
        let rows = try index.pool.read { db in try AmendmentRow.fetchAll(db, sql: "SELECT * FROM amendments") }
        #expect(rows.count > 100)
        for row in rows {
            let bound = Dictionary(
                uniqueKeysWithValues: zip(
                    AmendmentRow.insertedColumns, row.insertValues(now: row.indexedAt.databaseValue)))
            var encoded = try row.databaseDictionary
            encoded["id"] = nil
            #expect(bound == encoded, "\(row.identity)")
            #expect(row.updatedAt == row.indexedAt)
        }
        #expect(try index.integrityCheck() == ["ok"])
    }
}
