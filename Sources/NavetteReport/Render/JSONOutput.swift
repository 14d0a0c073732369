import Foundation

/// JSON as navette writes it: pretty, keys sorted (a diff between two outputs is stable), slashes
/// unescaped, a final newline.
public enum JSONOutput {
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
