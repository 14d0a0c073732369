import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension NavetteStore {
    /// Runs `body` while holding the store's lock (`flock` on `<store>.lock` beside it), so that two
    /// syncs on one store take turns: the second waits up to `wait` seconds, then is told the store is
    /// busy. SQLite alone would keep the file sound, but both syncs would fetch and store the same
    /// snapshots. The lock goes with the process: a sync killed mid-way never leaves it held.
    public func exclusively<T>(wait: TimeInterval, _ body: () throws -> T) throws -> T {
        let lockPath = path + ".lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StoreError.cannotOpen(
                path: lockPath, reason: "cannot open the store's lock file (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        let deadline = Date().addingTimeInterval(wait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                throw StoreError.busy(path: path, seconds: Int(wait))
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
