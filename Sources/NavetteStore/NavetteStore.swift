import Foundation
internal import GRDB

/// The history of a watched dossier in SQLite (WAL mode, migrations). Writes are single transactions:
/// a snapshot lands with its bytes, what was read from it, its fetch log line and the changes it
/// brought, or not at all (a process killed in the middle leaves the previous state intact).
public final class NavetteStore: Sendable {
    public let path: String
    private let pool: DatabasePool

    /// Opens (creating directory and file when needed) and migrates the store at `path`.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        try StoreError.createDirectory(holding: path)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: error.localizedDescription)
        }
    }

    /// A read through GRDB, its errors as `StoreError` (no GRDB type leaves the store).
    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch { throw StoreError(path: path, error) }
    }

    /// A write transaction through GRDB, its errors as `StoreError`.
    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch { throw StoreError(path: path, error) }
    }

    /// `.navette/navette.sqlite` in the manifest's directory.
    public static func defaultPath(forManifest file: String) -> String {
        let directory = (file as NSString).deletingLastPathComponent
        return ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(".navette/navette.sqlite")
    }

    // MARK: Sources and snapshots

    /// The dossier's source with this address, added on first sight.
    public func source(url: String, kind: String, label: String, dossier: String) throws -> SourceRecord {
        try write { db in
            if let existing = try StoredRow<SourceRecord>.filter(Column("url") == url && Column("dossier") == dossier)
                .fetchOne(db)?.value
            {
                return existing
            }
            var record = SourceRecord(url: url, kind: kind, label: label, dossier: dossier)
            try record.insert(db)
            return record
        }
    }

    public func sources(dossier: String) throws -> [SourceRecord] {
        try read { db in
            try StoredRow<SourceRecord>.filter(Column("dossier") == dossier).order(Column("id")).fetchAll(db).map(
                \.value)
        }
    }

    /// The last good snapshot of a source.
    public func latestSnapshot(sourceId: Int64) throws -> SnapshotRecord? {
        try read { db in
            try StoredRow<SnapshotRecord>.filter(Column("sourceId") == sourceId).order(Column("id").desc).fetchOne(db)?
                .value
        }
    }

    public func parsed(snapshotId: Int64) throws -> ParsedRecord? {
        try read { db in try StoredRow<ParsedRecord>.fetchOne(db, key: snapshotId)?.value }
    }

    public func content(sha256: String) throws -> [UInt8]? {
        try read { db in
            try Data.fetchOne(db, sql: "SELECT bytes FROM contents WHERE sha256 = ?", arguments: [sha256]).map {
                [UInt8]($0)
            }
        }
    }

    /// ETag and Last-Modified for a conditional request: those of the last response whose bytes were
    /// kept or equal to what is kept, never those of a rejected one.
    public func validators(sourceId: Int64) throws -> (etag: String?, lastModified: String?)? {
        try read { db in
            let row = try StoredRow<FetchRecord>
                .filter(Column("sourceId") == sourceId)
                .filter(
                    [FetchRecord.Outcome.stored.rawValue, FetchRecord.Outcome.unchanged.rawValue].contains(
                        Column("outcome"))
                )
                .order(Column("id").desc).fetchOne(db)?.value
            guard let row, row.etag != nil || row.lastModified != nil else { return nil }
            return (row.etag, row.lastModified)
        }
    }

    /// Logs a fetch that stored nothing (failed, rejected, unchanged, not modified, skipped).
    public func record(_ fetch: FetchRecord) throws {
        var fetch = fetch
        try write { db in try fetch.insert(db) }
    }

    /// Stores a good snapshot with everything that goes with it, in one transaction. `changes` get
    /// the new snapshot's id; a change whose key is already known is not recorded again.
    /// `beforeCommit` runs inside the transaction (fault-injection tests kill the process there).
    @discardableResult
    public func recordSnapshot(
        _ snapshot: SnapshotRecord, bytes: [UInt8], parsed: (kind: String, summary: String, json: String),
        fetch: FetchRecord, changes: [ChangeRecord], beforeCommit: (@Sendable () -> Void)? = nil
    ) throws -> (snapshot: SnapshotRecord, changes: [ChangeRecord]) {
        try write { db in
            // The same bytes as the source's latest snapshot (another process stored them meanwhile).
            let latest = try StoredRow<SnapshotRecord>.filter(Column("sourceId") == snapshot.sourceId)
                .order(Column("id").desc).fetchOne(db)?.value
            if let latest, latest.sha256 == snapshot.sha256 { return (latest, []) }
            try db.execute(
                sql: "INSERT OR IGNORE INTO contents (sha256, bytes) VALUES (?, ?)",
                arguments: [snapshot.sha256, Data(bytes)])
            var stored = snapshot
            try stored.insert(db)
            let snapshotId = stored.id!
            var parsedRecord = ParsedRecord(
                snapshotId: snapshotId, kind: parsed.kind, summary: parsed.summary, json: parsed.json)
            try parsedRecord.insert(db)
            var log = fetch
            log.snapshotId = snapshotId
            try log.insert(db)
            var inserted: [ChangeRecord] = []
            for var change in changes {
                change.toSnapshotId = snapshotId
                if try StoredRow<ChangeRecord>.filter(Column("key") == change.key).fetchCount(db) > 0 { continue }
                try change.insert(db)
                inserted.append(change)
            }
            beforeCommit?()
            return (stored, inserted)
        }
    }

    /// Records changes found outside a snapshot's transaction (a reading added to the manifest, a
    /// source whose layout changed); a change whose key is already known is not recorded again.
    @discardableResult
    public func recordChanges(_ changes: [ChangeRecord]) throws -> [ChangeRecord] {
        try write { db in
            var inserted: [ChangeRecord] = []
            for var change in changes {
                if try StoredRow<ChangeRecord>.filter(Column("key") == change.key).fetchCount(db) > 0 { continue }
                try change.insert(db)
                inserted.append(change)
            }
            return inserted
        }
    }

    // MARK: History

    public func snapshots(sourceId: Int64) throws -> [SnapshotRecord] {
        try read { db in
            try StoredRow<SnapshotRecord>.filter(Column("sourceId") == sourceId).order(Column("id")).fetchAll(db).map(
                \.value)
        }
    }

    public func fetches(sourceId: Int64) throws -> [FetchRecord] {
        try read { db in
            try StoredRow<FetchRecord>.filter(Column("sourceId") == sourceId).order(Column("id")).fetchAll(db).map(
                \.value)
        }
    }

    public func changes(dossier: String) throws -> [ChangeRecord] {
        try read { db in
            try StoredRow<ChangeRecord>.filter(Column("dossier") == dossier).order(Column("id")).fetchAll(db).map(
                \.value)
        }
    }

    // MARK: Alerts

    /// Changes of the dossier not yet delivered on `channel`, oldest first.
    public func pendingChanges(dossier: String, channel: String) throws -> [ChangeRecord] {
        try read { db in
            try StoredRow<ChangeRecord>.fetchAll(
                db,
                sql: """
                    SELECT * FROM changes WHERE dossier = ?
                    AND NOT EXISTS (SELECT 1 FROM alerts WHERE alerts.changeId = changes.id AND alerts.channel = ?)
                    ORDER BY id
                    """, arguments: [dossier, channel]
            ).map(\.value)
        }
    }

    /// Records a delivery; a second delivery of the same change on the same channel is ignored.
    public func recordAlert(changeId: Int64, channel: String) throws {
        try write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO alerts (changeId, channel, sentAt) VALUES (?, ?, ?)",
                arguments: [changeId, channel, Date()])
        }
    }

    public func alerts(dossier: String) throws -> [AlertRecord] {
        try read { db in
            try StoredRow<AlertRecord>.fetchAll(
                db,
                sql:
                    "SELECT alerts.* FROM alerts JOIN changes ON changes.id = alerts.changeId WHERE changes.dossier = ? ORDER BY alerts.id",
                arguments: [dossier]
            ).map(\.value)
        }
    }

    // MARK: Maintenance

    /// `PRAGMA integrity_check`: `["ok"]` for a sound file.
    public func integrityCheck() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Row counts per table, for summaries and tests.
    public func counts() throws -> [String: Int] {
        try read { db in
            var counts: [String: Int] = [:]
            for table in ["sources", "contents", "snapshots", "parsed", "fetches", "changes", "alerts"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }
}

/// NavetteStore's one error: a store that cannot be opened, read or written, in one line naming its file.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The file cannot be created, opened or brought to the current schema.
    case cannotOpen(path: String, reason: String)
    /// The directory that is to hold the file cannot be created.
    case cannotCreateDirectory(path: String, directory: String, reason: String)
    /// SQLite refused a read or a write (a corrupt or locked file, a full disk, the append-only rule).
    case database(path: String, reason: String)
    /// Another process (a sync) has held the store's lock for longer than the wait allowed.
    case busy(path: String, seconds: Int)
    /// A day asked of the store (`--as-of`) that is not a real date written YYYY-MM-DD.
    case invalidDay(String)

    /// Creates the directory that is to hold the store file at `path`, when it is not there.
    static func createDirectory(holding path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotCreateDirectory(path: path, directory: directory, reason: error.localizedDescription)
        }
    }

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "\(path): cannot open the store: \(reason)"
        case .cannotCreateDirectory(let path, let directory, let reason):
            "\(path): cannot create the directory \(directory) (\(reason))"
        case .database(let path, let reason): "\(path): \(reason)"
        case .busy(let path, let seconds):
            "\(path): the store is busy: another sync has held it for more than \(seconds) s"
        case .invalidDay(let day): "--as-of '\(day)': expected a real date written YYYY-MM-DD"
        }
    }
}
