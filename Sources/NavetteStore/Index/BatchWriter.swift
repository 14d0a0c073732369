import Foundation
internal import GRDB

/// Writes one batch's amendments inside the batch's transaction.
///
/// New amendments are staged in a temporary table and moved into `amendments` by one
/// `INSERT … SELECT` per batch. Why: FTS5 writes its pending terms out as a new segment at the end
/// of every statement that touched it, so one `INSERT` per amendment (each firing the FTS trigger)
/// wrote one tiny segment per amendment and merged them over and over (two fifths of the writer's
/// time); one statement per batch writes them once. An amendment already in the index, or met earlier
/// in the same batch, takes the careful path (staged rows first, then read, merge, update, history),
/// so rows, ids and history are those one `INSERT` per amendment gave.
struct BatchWriter {
    let db: Database
    /// `indexedAt`/`updatedAt` of the batch, converted once (GRDB formats a date with a
    /// `DateFormatter`, a tenth of the per-row cost when done for each row).
    let now: Date
    private let nowValue: DatabaseValue
    private var staged: Set<String> = []
    private(set) var counts = BatchCounts()

    init(db: Database, now: Date) throws {
        self.db = db
        self.now = now
        nowValue = now.databaseValue
        // No declared types: values keep their storage class until `amendments` applies its own affinities.
        let columns = AmendmentRow.insertedColumns.map { "\"\($0)\"" }.joined(separator: ", ")
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS amendments_staged (\(columns))")
        try db.execute(sql: "DELETE FROM temp.amendments_staged")
    }

    /// Inserts `row`, or lays it over the amendment of the same identity.
    mutating func write(_ row: AmendmentRow) throws {
        if try staged.contains(row.identity) || isIndexed(row.identity) {
            try flush()
            try upsert(row)
        } else {
            try db.cachedStatement(sql: Self.stageSQL).execute(
                arguments: StatementArguments(row.insertValues(now: nowValue)))
            staged.insert(row.identity)
        }
    }

    /// Moves the staged amendments into `amendments`, in the order they came.
    mutating func flush() throws {
        guard !staged.isEmpty else { return }
        try db.cachedStatement(sql: Self.moveSQL).execute()
        try db.cachedStatement(sql: "DELETE FROM temp.amendments_staged").execute()
        counts.inserted += staged.count
        staged.removeAll(keepingCapacity: true)
    }

    /// Records `file` as read, with its fingerprint.
    func record(_ file: IndexedFile) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO index_sources (file, member, fingerprint, amendments, indexedAt)
                VALUES (?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            file.origin.file, file.origin.member ?? "", file.fingerprint, file.amendments.count, nowValue,
        ])
    }

    private func isIndexed(_ identity: String) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM amendments WHERE identity = ?)"),
            arguments: [identity]) ?? false
    }

    private mutating func upsert(_ row: AmendmentRow) throws {
        var row = row
        let statement = try db.cachedStatement(sql: "SELECT * FROM amendments WHERE identity = ?")
        guard let old = try AmendmentRow.fetchOne(statement, arguments: [row.identity]) else {
            try row.insert(db)
            counts.inserted += 1
            return
        }
        row = row.merged(over: old)
        let changes = row.changes(from: old)
        guard !changes.isEmpty else {
            counts.unchanged += 1
            return
        }
        try row.update(db)
        let json = String(
            decoding: try JSONSerialization.data(withJSONObject: changes, options: [.sortedKeys]), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT INTO amendment_history (amendmentId, changedAt, changes, sourceFile, sourceMember, sha256)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [old.id, row.updatedAt, json, row.sourceFile, row.sourceMember, row.sha256])
        counts.updated += 1
    }

    private static let stageSQL: String = {
        let columns = AmendmentRow.insertedColumns
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO temp.amendments_staged (\(names)) VALUES (\(marks))"
    }()

    private static let moveSQL: String = {
        let names = AmendmentRow.insertedColumns.map { "\"\($0)\"" }.joined(separator: ", ")
        return "INSERT INTO amendments (\(names)) SELECT \(names) FROM temp.amendments_staged ORDER BY rowid"
    }()
}

extension AmendmentRow {
    /// The columns a new row is written with (`id` is SQLite's to give).
    static let insertedColumns = [
        "identity", "number", "chamber", "legislature", "bill", "stage", "examinedBy", "reading", "title",
        "targetKind", "targetLabel", "article", "position", "alinea", "authors", "authorsKey", "politicalGroup",
        "groupKey", "date", "fate", "fateText", "fateDate", "dispositif", "expose", "url", "parent", "identical",
        "sourceFile", "sourceMember", "sha256", "indexedAt", "updatedAt",
    ]

    /// The values of `insertedColumns`, in order, without going through `Encodable`; `now` stands for
    /// both dates (a new row's are the batch's).
    func insertValues(now: DatabaseValue) -> [DatabaseValue] {
        let values: [(any DatabaseValueConvertible)?] = [
            identity, number, chamber, legislature, bill, stage, examinedBy, reading, title,
            targetKind, targetLabel, article, position, alinea, authors, authorsKey, politicalGroup,
            groupKey, date, fate, fateText, fateDate, dispositif, expose, url, parent, identical,
            sourceFile, sourceMember, sha256, now, now,
        ]
        return values.map { $0?.databaseValue ?? .null }
    }
}
