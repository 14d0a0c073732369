import Foundation
import GRDB
import NavetteCore
import NavetteFormats
import NavetteStore
import TestSupport
import Testing

@Suite struct StoreTests {
    static func snapshot(_ store: NavetteStore, source: SourceRecord, bytes: [UInt8], changeKey: String? = nil) throws
        -> (SnapshotRecord, [ChangeRecord])
    {
        let sha = ContentHash.sha256(bytes)
        let changes =
            changeKey.map {
                [
                    ChangeRecord(
                        key: $0, sourceId: source.id!, dossier: source.dossier, kind: "article", subject: "7",
                        title: "t", fromSnapshotId: nil, toSnapshotId: 0, detail: "{}")
                ]
            } ?? []
        return try store.recordSnapshot(
            SnapshotRecord(sourceId: source.id!, sha256: sha, size: bytes.count, httpStatus: 200, etag: "\"e\""),
            bytes: bytes, parsed: ("reading", "1 article", "{}"),
            fetch: FetchRecord(sourceId: source.id!, outcome: .stored, etag: "\"\(sha.prefix(4))\""), changes: changes)
    }

    @Test func historyIsAppendOnlyContentAddressedAndInWALMode() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/deep/.navette/navette.sqlite"
        let store = try NavetteStore(path: path)
        let source = try store.source(
            url: "https://www.senat.fr/leg/pjl22-220.html", kind: "text", label: "senat-220", dossier: "jo2024")
        #expect(try store.source(url: source.url, kind: "text", label: "other", dossier: "jo2024").id == source.id)
        #expect(try store.source(url: source.url, kind: "text", label: "senat-220", dossier: "other").id != source.id)
        let text = try Corpus.bytes("jo2024/excerpts/senat-leg-pjl22-249.head.txt")
        let (first, _) = try Self.snapshot(store, source: source, bytes: text, changeKey: "k1")
        _ = try Self.snapshot(store, source: source, bytes: Array("other".utf8))
        let (third, again) = try Self.snapshot(store, source: source, bytes: text, changeKey: "k1")
        #expect(again.isEmpty, "a change key is recorded once")
        #expect(try store.latestSnapshot(sourceId: source.id!)?.id == third.id)
        #expect(third.sha256 == first.sha256)
        let counts = try store.counts()
        #expect(counts["snapshots"] == 3 && counts["contents"] == 2 && counts["changes"] == 1 && counts["fetches"] == 3)
        #expect(try store.content(sha256: first.sha256) == text)

        // A refused response must not provide the validators of the next request.
        try store.record(FetchRecord(sourceId: source.id!, outcome: .rejected, message: "no article", etag: "\"bad\""))
        #expect(try store.validators(sourceId: source.id!)?.etag == "\"\(third.sha256.prefix(4))\"")

        let change = try #require(try store.changes(dossier: "jo2024").first)
        try store.recordAlert(changeId: change.id!, channel: "stdout")
        try store.recordAlert(changeId: change.id!, channel: "stdout")
        #expect(try store.alerts(dossier: "jo2024").count == 1)
        #expect(try store.pendingChanges(dossier: "jo2024", channel: "stdout").isEmpty)
        #expect(try store.pendingChanges(dossier: "jo2024", channel: "atom x").map(\.key) == ["k1"])

        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        for sql in [
            "UPDATE snapshots SET size = 0", "DELETE FROM snapshots", "DELETE FROM contents",
            "UPDATE changes SET title = 'x'", "DELETE FROM alerts",
        ] {
            let error = #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: sql) } }
            #expect(error?.message?.hasPrefix("navette history is append-only") == true, "\(sql)")
        }
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func aStoreThatCannotBeOpenedSaysWhere() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(
            "not-a-db.sqlite", "this is not SQLite, it is text long enough to be looked at by SQLite's header check\n")
        let error = #expect(throws: StoreError.self) { try NavetteStore(path: file) }
        #expect(error?.description.hasPrefix("\(file): cannot open the store:") == true)
    }
}
