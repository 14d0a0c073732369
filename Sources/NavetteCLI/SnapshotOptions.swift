import ArgumentParser
import NavetteWatch

/// Where a manifest's texts are read from: the store `navette sync` fills (default), as it was on a day
/// (`--as-of`), or local copies (`--mirror`).
struct SnapshotOptions: ParsableArguments {
    @Option(name: .long, help: "For a manifest: root of its local copies (e.g. ../shared/corpus), read instead of the store.")
    var mirror: String?

    @Option(name: .customLong("as-of"), help: "For a manifest: the store as it was at the end of this day (YYYY-MM-DD).")
    var asOf: String?
}

extension WatchError {
    /// Runs `body`, turning a `WatchError` into the CLI's one-line `UserError`.
    static func asUserError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as WatchError {
            throw UserError(error.description)
        }
    }
}
