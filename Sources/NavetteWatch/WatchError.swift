/// NavetteWatch's one error, in one line.
public enum WatchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A `--map-host` rule that cannot be used: the message quotes it and says what was expected.
    case hostRule(String)
    /// Fetched bytes that must not become a snapshot for what a reader found in them (no article, an
    /// empty feed, nothing where the previous snapshot gave something): why. On a source that was
    /// read before, a layout change.
    case rejected(String)
    /// Fetched bytes refused for what they are (an image, a PDF): no layout change.
    case notText(String)
    /// A dossier that cannot be followed (an address not recognised, a page that cannot be fetched or
    /// read, a dossier that lists no reading); nothing was written.
    case follow(String)
    /// The snapshots a manifest's texts are to be read from cannot be had (no store, --as-of with
    /// --mirror, options that do not apply): what to do instead.
    case snapshots(String)

    /// True for bytes refused for what a reader found in them, which may mean the source's layout changed.
    public var isLayoutChange: Bool {
        if case .rejected = self { true } else { false }
    }

    public var description: String {
        switch self {
        case .hostRule(let message), .rejected(let message), .notText(let message), .follow(let message),
            .snapshots(let message):
            message
        }
    }
}
