import ArgumentParser
import Foundation
import NavetteFormats

/// Output formats shared by the subcommands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
    case json
    case html
}

/// `--input-format`: ArgumentParser lists the values in the help and refuses unknown ones.
extension DocumentFormat: ExpressibleByArgument {}

enum JSONOutput {
    /// Encodes with stable key order and unescaped slashes, for diffs and other tools.
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
