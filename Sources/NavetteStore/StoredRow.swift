internal import GRDB

/// A record type of the store: a plain Codable value with its table, and its row id when it has one.
/// The public record types carry no GRDB conformance, so that no GRDB type shows in NavetteStore's
/// public API; `StoredRow` gives them to GRDB.
protocol StoredRecord: Codable {
    static var table: String { get }
    /// The row id, set once the record is inserted.
    var rowID: Int64? { get set }
}

/// A record whose id SQLite assigns on insertion.
protocol IdentifiedRecord: StoredRecord {
    var id: Int64? { get set }
}

extension IdentifiedRecord {
    var rowID: Int64? {
        get { id }
        set { id = newValue }
    }
}

/// A record as GRDB reads and writes it: the value's own coding, column by column, in its table.
struct StoredRow<Value: StoredRecord>: Codable, FetchableRecord, MutablePersistableRecord {
    var value: Value

    static var databaseTableName: String { Value.table }

    init(_ value: Value) { self.value = value }

    init(from decoder: any Decoder) throws { value = try Value(from: decoder) }

    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }

    mutating func didInsert(_ inserted: InsertionSuccess) { value.rowID = inserted.rowID }
}

extension StoredRecord {
    /// Inserts the record; an identified record gets its row id.
    mutating func insert(_ db: Database) throws {
        var row = StoredRow(self)
        try row.insert(db)
        self = row.value
    }
}
