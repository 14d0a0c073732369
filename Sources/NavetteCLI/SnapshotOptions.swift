import ArgumentParser

/// Where a manifest's texts are read from: the store `navette sync` fills (default), as it was on a day
/// (`--as-of`), or local copies (`--mirror`).
struct SnapshotOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "For a manifest: root of its local copies (e.g. ../shared/corpus), read instead of the store.")
    var mirror: String?

    @Option(
        name: .customLong("as-of"), help: "For a manifest: the store as it was at the end of this day (YYYY-MM-DD).")
    var asOf: String?
}
