/// Why a document could not be read: NavetteFormats' one error. Every message names the file and what
/// was expected, on one line (`description`).
public enum ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing at that path.
    case notFound(file: String)
    /// A directory where a file was expected.
    case isDirectory(file: String)
    /// A file whose bytes could not be read (permissions, vanished meanwhile).
    case unreadable(file: String)
    /// No content (or only white space) where `expected` was wanted.
    case empty(file: String, expected: String)
    /// Bytes that are not text where `expected` was wanted.
    case binary(file: String, expected: String)
    /// Content that is not what the reader expected: `message` says what was found and what was expected.
    case malformed(file: String, message: String)

    /// A file whose content is not what was expected.
    public init(file: String, _ message: String) {
        self = .malformed(file: file, message: message)
    }

    public var file: String {
        switch self {
        case .notFound(let file), .isDirectory(let file), .unreadable(let file), .empty(let file, _),
            .binary(let file, _), .malformed(let file, _):
            file
        }
    }

    /// What went wrong, without the file's name.
    public var message: String {
        switch self {
        case .notFound: "no such file or directory"
        case .isDirectory: "is a directory, expected a file"
        case .unreadable: "cannot be read (missing or not readable)"
        case .empty(_, let expected): "empty file, expected \(expected)"
        case .binary(_, let expected): "binary content, expected \(expected)"
        case .malformed(_, let message): message
        }
    }

    public var description: String { "\(file): \(message)" }
}
