internal import GRDB

/// The store's tables, built by migrations. Every history table refuses UPDATE and DELETE (triggers):
/// the history is append-only, and a good snapshot can never be replaced.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sources, contents, snapshots, parsed, fetches, changes, alerts") { db in
            try db.create(table: "sources") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("url", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("label", .text).notNull()
                table.column("dossier", .text).notNull().indexed()
                table.column("addedAt", .datetime).notNull()
                // Two dossiers sharing a store may follow the same address, each with its own history.
                table.uniqueKey(["url", "dossier"])
            }
            try db.create(table: "contents") { table in
                table.primaryKey("sha256", .text)
                table.column("bytes", .blob).notNull()
            }
            try db.create(table: "snapshots") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("sourceId", .integer).notNull().indexed().references("sources")
                table.column("sha256", .text).notNull().references("contents")
                table.column("size", .integer).notNull()
                table.column("fetchedAt", .datetime).notNull()
                table.column("httpStatus", .integer)
                table.column("etag", .text)
                table.column("lastModified", .text)
                table.column("finalURL", .text)
                table.column("contentType", .text)
            }
            try db.create(table: "parsed") { table in
                table.primaryKey("snapshotId", .integer).references("snapshots")
                table.column("kind", .text).notNull()
                table.column("summary", .text).notNull()
                table.column("json", .text).notNull()
            }
            try db.create(table: "fetches") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("sourceId", .integer).notNull().indexed().references("sources")
                table.column("at", .datetime).notNull()
                table.column("outcome", .text).notNull()
                table.column("httpStatus", .integer)
                table.column("message", .text)
                table.column("snapshotId", .integer).references("snapshots")
                table.column("etag", .text)
                table.column("lastModified", .text)
                table.column("attempts", .integer).notNull()
                table.column("milliseconds", .integer).notNull()
            }
            try db.create(table: "changes") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("key", .text).notNull().unique()
                table.column("sourceId", .integer).notNull().references("sources")
                table.column("dossier", .text).notNull().indexed()
                table.column("kind", .text).notNull()
                table.column("subject", .text).notNull()
                table.column("title", .text).notNull()
                table.column("fromSnapshotId", .integer).references("snapshots")
                table.column("toSnapshotId", .integer).notNull().references("snapshots")
                table.column("detectedAt", .datetime).notNull()
                table.column("detail", .text).notNull()
            }
            try db.create(table: "alerts") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("changeId", .integer).notNull().references("changes")
                table.column("channel", .text).notNull()
                table.column("sentAt", .datetime).notNull()
                table.uniqueKey(["changeId", "channel"])
            }
            for name in ["sources", "contents", "snapshots", "parsed", "fetches", "changes", "alerts"] {
                for action in ["UPDATE", "DELETE"] {
                    try db.execute(
                        sql: """
                            CREATE TRIGGER \(name)_no_\(action.lowercased()) BEFORE \(action) ON \(name)
                            BEGIN SELECT RAISE(ABORT, 'navette history is append-only: no \(action) on \(name)'); END
                            """)
                }
            }
        }
        return migrator
    }
}
