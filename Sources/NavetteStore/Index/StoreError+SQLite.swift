internal import GRDB

extension StoreError {
    /// One line for a SQLite failure on the store at `path`, saying what the user can do about it.
    /// A failed write rolls its transaction back: the store keeps what it held before.
    /// A `StoreError` is passed on as it is; any other error becomes `.database`.
    init(path: String, _ error: any Error) {
        if let error = error as? StoreError {
            self = error
            return
        }
        guard let error = error as? DatabaseError else {
            self = .database(path: path, reason: "\(error)")
            return
        }
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_READONLY:
            self = .database(path: path, reason: "the store is read-only (\(detail)); nothing was written")
        case .SQLITE_FULL:
            self = .database(path: path, reason: "the disk is full (\(detail)); the batch in progress was not written")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            self = .database(
                path: path, reason: "cannot open the store (\(detail)); check the path and its permissions")
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            self = .database(path: path, reason: "not a navette store, or a damaged one (\(detail))")
        case .SQLITE_IOERR:
            self = .database(path: path, reason: "input/output error (\(detail)); nothing more was written")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .database(path: path, reason: "the store is busy (another navette is writing it); try again")
        default:
            self = .database(path: path, reason: "\(detail)")
        }
    }
}
