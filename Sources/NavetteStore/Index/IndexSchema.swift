internal import GRDB

/// The amendment index's tables, in the same SQLite file as the watch history but migrated on their
/// own (GRDB ignores the other migrator's identifiers): `amendments` (one row per amendment, current
/// state), `amendments_fts` (FTS5 over dispositif and exposé, external content kept in step by
/// triggers), `amendment_history` (what changed when an amendment was read again) and
/// `index_sources` (the files and zip members already ingested, so that a run resumes).
enum IndexSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("index v1: amendments, amendments_fts, amendment_history, index_sources") { db in
            try db.create(table: "amendments") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("identity", .text).notNull().unique()
                table.column("number", .text).notNull()
                table.column("chamber", .text).notNull()
                table.column("legislature", .text)
                table.column("bill", .text).indexed()
                table.column("stage", .text)
                table.column("examinedBy", .text)
                table.column("reading", .text)
                table.column("title", .text)
                table.column("targetKind", .text).notNull()
                table.column("targetLabel", .text)
                table.column("article", .text).indexed()
                table.column("position", .text).notNull()
                table.column("alinea", .integer)
                table.column("authors", .text).notNull()
                table.column("authorsKey", .text).notNull()
                table.column("politicalGroup", .text)
                table.column("groupKey", .text).indexed()
                table.column("date", .text).indexed()
                table.column("fate", .text).notNull().indexed()
                table.column("fateText", .text)
                table.column("fateDate", .text)
                table.column("dispositif", .text).notNull()
                table.column("expose", .text)
                table.column("url", .text)
                table.column("parent", .text)
                table.column("identical", .text)
                table.column("sourceFile", .text).notNull()
                table.column("sourceMember", .text)
                table.column("sha256", .text).notNull()
                table.column("indexedAt", .datetime).notNull()
                table.column("updatedAt", .datetime).notNull()
            }
            try db.create(virtualTable: "amendments_fts", using: FTS5()) { table in
                table.synchronize(withTable: "amendments")
                table.tokenizer = FrenchTokenizer.tokenizerDescriptor()
                table.column("dispositif")
                table.column("expose")
            }
            try db.create(table: "amendment_history") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("amendmentId", .integer).notNull().indexed().references("amendments")
                table.column("changedAt", .datetime).notNull()
                // `{"fate": ["rejeté", "adopté"]}`: each changed field, before and after.
                table.column("changes", .text).notNull()
                table.column("sourceFile", .text).notNull()
                table.column("sourceMember", .text)
                table.column("sha256", .text).notNull()
            }
            try db.create(table: "index_sources") { table in
                table.column("file", .text).notNull()
                // `""` for a file that is not an archive.
                table.column("member", .text).notNull()
                // What says the bytes are unchanged without reading them: CRC-32 and size of a zip
                // member, size and modification time of a file.
                table.column("fingerprint", .text).notNull()
                table.column("amendments", .integer).notNull()
                table.column("indexedAt", .datetime).notNull()
                table.primaryKey(["file", "member"])
            }
        }
        return migrator
    }
}
