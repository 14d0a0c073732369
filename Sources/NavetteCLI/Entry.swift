import ArgumentParser
import Foundation
import NavetteCore
import NavetteFormats
import NavetteReport
import NavetteStore
import NavetteWatch

/// Runs the command line and turns any error into what the user reads, in this one place: the
/// modules' errors and the CLI's own as one line on stderr with exit code 1; usage errors (and a
/// `--map-host` rule that cannot be used) as ArgumentParser prints them, with its codes.
public enum Entry {
    public static func main(
        _ root: any ParsableCommand.Type = NavetteCommand.self,
        arguments: [String] = Array(CommandLine.arguments.dropFirst())
    ) -> Never {
        do {
            var command = try root.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch {
            if let line = oneLine(error) {
                StandardError.write("navette: error: \(line)\n")
                exit(1)
            }
            if case WatchError.hostRule(let message) = error { root.exit(withError: ValidationError(message)) }
            root.exit(withError: error)
        }
    }

    /// The message of an error of navette's own, nil for ArgumentParser's and the unexpected.
    static func oneLine(_ error: any Error) -> String? {
        switch error {
        case let error as ReadError: error.description
        case let error as SelectionError: error.description
        case let error as StoreError: error.description
        case let error as ReportError: error.description
        case let error as UserError: error.description
        case WatchError.rejected(let message), WatchError.follow(let message): message
        default: nil
        }
    }
}

/// NavetteCLI's one error: what was asked cannot be done with what was given.
public enum UserError: Error, CustomStringConvertible {
    /// What was asked names nothing in the input (an article, a reading, a history, a file).
    case notFound(String)
    /// The input is not of the kind the command works on (a text where a dossier is needed).
    case unsuitable(String)

    public var description: String {
        switch self {
        case .notFound(let message), .unsuitable(let message): message
        }
    }
}

/// Standard error, written at once (messages and progress).
public enum StandardError {
    public static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Buffered standard output, written through `TextOutputStream`.
public struct StandardOutput: TextOutputStream {
    public init() {}

    public mutating func write(_ string: String) {
        FileHandle.standardOutput.write(Data(string.utf8))
    }
}
