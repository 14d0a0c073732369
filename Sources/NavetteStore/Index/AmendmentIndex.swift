import Foundation
internal import GRDB
import NavetteCore

/// A legislature's amendments in the SQLite store: one row per amendment (its current state), full-text
/// search over dispositif and exposé, the history of what changed, and the files already read.
///
/// Writes go by batch, one transaction each: a batch lands with the files it read, or not at all.
/// A run killed in the middle leaves the batches before it, and the next run skips their files.
public final class AmendmentIndex: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating directory and file when needed) and migrates the index at `path`.
    /// `maximumPages` caps the file (`PRAGMA max_page_count`): tests simulate a full disk with it.
    public init(path: String, maximumPages: Int? = nil) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            db.add(tokenizer: FrenchTokenizer.self)
            // Searches read the FTS index's pages many times: mapped, they are not copied at each read.
            // Readers only: the writer's mapped pages would count in the ingester's resident memory
            // (600 MB for a legislature) for no gain, its lookups being one per amendment.
            if db.configuration.readonly { try db.execute(sql: "PRAGMA mmap_size = 1073741824") }
            if let maximumPages { try db.execute(sql: "PRAGMA max_page_count = \(maximumPages)") }
        }
        try StoreError.createDirectory(holding: path)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try IndexSchema.migrator.migrate(pool)
        } catch {
            throw StoreError(path: path, error)
        }
    }

    /// `.navette/navette.sqlite` in the current directory, or `$NAVETTE_STORE`.
    public static var defaultPath: String {
        if let value = ProcessInfo.processInfo.environment["NAVETTE_STORE"], !value.isEmpty { return value }
        return ".navette/navette.sqlite"
    }

    // MARK: Writing

    /// Writes one batch in one transaction: every amendment is inserted, updated (its changes kept in
    /// `amendment_history`) or left as it is, and every file is recorded as read.
    /// `beforeCommit` runs inside the transaction (tests fail there to check nothing lands).
    @discardableResult
    public func write(_ files: [IndexedFile], beforeCommit: (@Sendable () throws -> Void)? = nil) throws -> BatchCounts
    {
        do {
            return try pool.write { db in
                var writer = try BatchWriter(db: db, now: Date())
                for file in files {
                    let alone = file.amendments.count == 1
                    for amendment in file.amendments {
                        try writer.write(AmendmentRow(amendment, origin: file.origin, alone: alone, at: writer.now))
                    }
                    try writer.record(file)
                }
                try writer.flush()
                try beforeCommit?()
                return writer.counts
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, error)
        }
    }

    // MARK: Reading back

    /// The files and zip members already read, with their fingerprints: `sources[file]?[member]`
    /// (member `""` for a plain file).
    public func indexedSources() throws -> [String: [String: String]] {
        try read { db in
            var sources: [String: [String: String]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT file, member, fingerprint FROM index_sources")
            while let row = try rows.next() {
                sources[row[0] as String, default: [:]][row[1] as String] = row[2] as String
            }
            return sources
        }
    }

    /// How many amendments, history entries and files the index holds.
    public func counts() throws -> (amendments: Int, history: Int, sources: Int) {
        try read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM amendments") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM amendment_history") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM index_sources") ?? 0
            )
        }
    }

    /// The changes recorded for the amendments numbered `number` (as printed or as a key), oldest first.
    public func history(number: String) throws -> [AmendmentChange] {
        let key = AmendmentNumber(number).baseKey
        return try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.number, h.changedAt, h.changes, h.sourceFile, h.sourceMember
                    FROM amendment_history h JOIN amendments a ON a.id = h.amendmentId ORDER BY h.id
                    """)
            return rows.filter { AmendmentNumber($0["number"] as String).baseKey == key }.map { row in
                let json = (row["changes"] as String).data(using: .utf8) ?? Data()
                let object = (try? JSONSerialization.jsonObject(with: json)) as? [String: [Any]] ?? [:]
                let fields = object.mapValues { pair in pair.map { $0 as? String } }
                return AmendmentChange(
                    number: row["number"], changedAt: row["changedAt"], fields: fields,
                    source: [row["sourceFile"] as String, row["sourceMember"] as String?].compactMap { $0 }
                        .joined(separator: ":"))
            }
        }
    }

    /// Pages in the file (`PRAGMA page_count`), and bytes on disk with the write-ahead log.
    public func pageCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
    }

    public func bytesOnDisk() -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    /// `PRAGMA integrity_check` and the FTS index's own check: `["ok"]` for a sound index.
    public func integrityCheck() throws -> [String] {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO amendments_fts(amendments_fts) VALUES('integrity-check')")
            return try String.fetchAll(db, sql: "PRAGMA integrity_check")
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch { throw StoreError(path: path, error) }
    }
}

/// One file (or zip member) read for the index: where it came from and what it held.
public struct IndexedFile: Sendable {
    public var origin: AmendmentOrigin
    /// See `index_sources.fingerprint`: the ingester's quick "already read" key.
    public var fingerprint: String
    public var amendments: [Amendment]

    public init(origin: AmendmentOrigin, fingerprint: String, amendments: [Amendment]) {
        self.origin = origin
        self.fingerprint = fingerprint
        self.amendments = amendments
    }
}

/// What a batch did to the index.
public struct BatchCounts: Sendable, Equatable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0

    public init() {}

    public static func += (lhs: inout BatchCounts, rhs: BatchCounts) {
        lhs.inserted += rhs.inserted
        lhs.updated += rhs.updated
        lhs.unchanged += rhs.unchanged
    }
}

/// One recorded change of an indexed amendment: each field that changed, before and after.
public struct AmendmentChange: Sendable, Equatable {
    public var number: String
    public var changedAt: Date
    public var fields: [String: [String?]]
    public var source: String
}

extension AmendmentIndex {
    /// Up to `count` amendments picked evenly at random (the same `seed`, the same picks): the
    /// benchmark draws its queries from them.
    public func sample(_ count: Int, seed: UInt64) throws -> [Amendment] {
        try read { db in
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM amendments") ?? 0
            guard last > 0 else { return [] }
            var state = seed
            let ids = (0..<count).map { _ in
                // SplitMix64: a few lines, the same sequence everywhere.
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return Int64((z ^ (z >> 31)) % UInt64(last)) + 1
            }
            let rows = try AmendmentRow.fetchAll(db, keys: ids)
            return rows.map(\.amendment)
        }
    }

    /// Bytes on disk once the write-ahead log is folded into the file.
    public func checkpointedBytes() throws -> Int {
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        } catch {
            throw StoreError(path: path, error)
        }
        return bytesOnDisk()
    }
}
