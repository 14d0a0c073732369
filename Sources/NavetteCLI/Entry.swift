import ArgumentParser
import Foundation
import NavetteFormats

/// Runs the command line and maps errors to one line on stderr and an exit code: 1 for a document
/// that cannot be read, ArgumentParser's codes for usage errors.
public enum Entry {
    public static func main(
        _ root: any ParsableCommand.Type = NavetteCommand.self,
        arguments: [String] = Array(CommandLine.arguments.dropFirst())
    ) -> Never {
        do {
            var command = try root.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let error as ReadError {
            StandardError.write("navette: error: \(error)\n")
            exit(1)
        } catch let error as UserError {
            StandardError.write("navette: error: \(error)\n")
            exit(1)
        } catch {
            root.exit(withError: error)
        }
    }
}

/// A problem with what the user asked (an unknown article, a reading that is not there).
public struct UserError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

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
