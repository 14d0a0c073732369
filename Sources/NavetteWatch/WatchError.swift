/// NavetteWatch's one error, in one line.
public enum WatchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A `--map-host` rule that cannot be used: the message quotes it and says what was expected.
    case hostRule(String)
    /// Fetched bytes that must not become a snapshot (no text, no article, an empty feed): why.
    case rejected(String)
    /// A dossier that cannot be followed (an address not recognised, a page that cannot be fetched or
    /// read, a dossier that lists no reading); nothing was written.
    case follow(String)

    public var description: String {
        switch self {
        case .hostRule(let message), .rejected(let message), .follow(let message): message
        }
    }
}
