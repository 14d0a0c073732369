import Foundation
internal import GRDB

extension AmendmentIndex {
    /// The index in the SQLite file at `path` when there is one holding amendments; nil when the file
    /// is absent, or is a store `navette sync` filled without `navette index amendments` (looked at
    /// read-only first: a store is never migrated, nor a file created, by merely looking for an index).
    /// A file that is not SQLite is an error naming it.
    public static func existing(at path: String) throws -> AmendmentIndex? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        let holds: Bool
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            holds = try queue.read { db in
                guard try db.tableExists("amendments"), try db.tableExists("amendments_fts") else { return false }
                return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM amendments)") ?? false
            }
            try queue.close()
        } catch {
            throw StoreError(path: path, error)
        }
        return holds ? try AmendmentIndex(path: path) : nil
    }
}
