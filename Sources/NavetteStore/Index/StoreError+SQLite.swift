import GRDB

extension StoreError {
    /// One line for a SQLite failure on the store at `path`, saying what the user can do about it.
    /// A failed write rolls its transaction back: the store keeps what it held before.
    init(path: String, _ error: any Error) {
        guard let error = error as? DatabaseError else {
            self.init("\(path): \(error)")
            return
        }
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_READONLY:
            self.init("\(path): the store is read-only (\(detail)); nothing was written")
        case .SQLITE_FULL:
            self.init("\(path): the disk is full (\(detail)); the batch in progress was not written")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            self.init("\(path): cannot open the store (\(detail)); check the path and its permissions")
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            self.init("\(path): not a navette store, or a damaged one (\(detail))")
        case .SQLITE_IOERR:
            self.init("\(path): input/output error (\(detail)); nothing more was written")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self.init("\(path): the store is busy (another navette is writing it); try again")
        default:
            self.init("\(path): \(detail)")
        }
    }
}
