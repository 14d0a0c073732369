import Foundation
import Yams

/// A YAML mapping read field by field, so that every problem names the file and the line: an unknown
/// field, a missing one, a value of the wrong kind, a date that does not exist.
struct YAMLFields {
    let file: String
    let line: Int
    private let pairs: [(key: String, value: Node, line: Int)]
    private let context: String

    init(_ node: Node, file: String, context: String, allowed: Set<String>) throws {
        self.file = file
        self.context = context
        self.line = node.mark?.line ?? 0
        guard case .mapping(let mapping) = node else {
            throw ReadError(file: "\(file):\(line)", "\(context) must be a mapping of fields")
        }
        var pairs: [(String, Node, Int)] = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            let keyLine = key.mark?.line ?? line
            guard allowed.contains(name) else {
                throw ReadError(
                    file: "\(file):\(keyLine)",
                    "unknown field '\(name)' in \(context); expected one of: \(allowed.sorted().joined(separator: ", "))"
                )
            }
            pairs.append((name, value, keyLine))
        }
        self.pairs = pairs
    }

    private func node(_ key: String) -> (Node, Int)? {
        pairs.first { $0.key == key }.map { ($0.value, $0.line) }
    }

    func string(_ key: String) throws -> String? {
        guard let (value, line) = node(key) else { return nil }
        if case .scalar(let scalar) = value {
            return scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" ? nil : scalar.string
        }
        throw ReadError(file: "\(file):\(line)", "'\(key)' in \(context) must be a text value")
    }

    func required(_ key: String) throws -> String {
        guard let value = try string(key) else {
            throw ReadError(file: "\(file):\(line)", "\(context) needs a '\(key)' field")
        }
        return value
    }

    func integer(_ key: String) throws -> Int? {
        guard let text = try string(key) else { return nil }
        guard let value = Int(text) else {
            throw ReadError(
                file: "\(file):\(node(key)!.1)", "'\(key)' in \(context) must be a whole number, not '\(text)'")
        }
        return value
    }

    /// A date written `yyyy-mm-dd` that exists in the calendar.
    func date(_ key: String) throws -> String? {
        guard let text = try string(key) else { return nil }
        guard ISODate.isValid(text) else {
            throw ReadError(
                file: "\(file):\(node(key)!.1)",
                "'\(key)' in \(context) is '\(text)', expected a real date written YYYY-MM-DD")
        }
        return text
    }

    func strings(_ key: String) throws -> [String] {
        guard let (value, line) = node(key) else { return [] }
        switch value {
        case .scalar(let scalar): return scalar.string.isEmpty ? [] : [scalar.string]
        case .sequence(let sequence):
            return try sequence.map { item in
                guard let text = item.string else {
                    throw ReadError(
                        file: "\(file):\(item.mark?.line ?? line)", "'\(key)' in \(context) must list text values")
                }
                return text
            }
        default:
            throw ReadError(file: "\(file):\(line)", "'\(key)' in \(context) must be a list")
        }
    }

    func stringMap(_ key: String) throws -> [String: String] {
        guard let (value, line) = node(key) else { return [:] }
        guard case .mapping(let mapping) = value else {
            throw ReadError(file: "\(file):\(line)", "'\(key)' in \(context) must be a mapping")
        }
        var result: [String: String] = [:]
        for (name, item) in mapping {
            guard let name = name.string, let text = item.string else {
                throw ReadError(
                    file: "\(file):\(name.mark?.line ?? line)", "'\(key)' in \(context) must map text to text")
            }
            result[name] = text
        }
        return result
    }

    /// The line of each item of a list field (the field's own line for a single value).
    func lines(_ key: String) -> [Int] {
        guard let (value, line) = node(key) else { return [] }
        guard case .sequence(let sequence) = value else { return [line] }
        return sequence.map { $0.mark?.line ?? line }
    }

    /// The items of a list field, each with its own context name.
    func list(_ key: String) throws -> [Node] {
        guard let (value, line) = node(key) else { return [] }
        guard case .sequence(let sequence) = value else {
            throw ReadError(file: "\(file):\(line)", "'\(key)' in \(context) must be a list")
        }
        return Array(sequence)
    }

    /// A value restricted to a closed set.
    func choice<Value>(_ key: String, _ choices: [String: Value]) throws -> Value? {
        guard let text = try string(key) else { return nil }
        guard let value = choices[text] else {
            throw ReadError(
                file: "\(file):\(node(key)!.1)",
                "'\(key)' in \(context) is '\(text)', expected one of: \(choices.keys.sorted().joined(separator: ", "))"
            )
        }
        return value
    }
}

/// YAML written by hand (manifests, motions) has no use for anchors, and an anchor's aliases can
/// expand exponentially (the "billion laughs"): any anchor is refused before the YAML is composed.
enum YAMLAnchors {
    /// An anchor begins a node: after the start of a line, a space, or a flow or block indicator
    /// (`[`, `{`, `,`, `?`, `:`, `-`), as in `{&a [x]: y}`, `- &a x` or `key: &a x`.
    private static let anchor = #"(^|[\s:\-\[\]{},?])&[^\s\[\]{},]"#

    /// - Throws: `ReadError` naming the file and the line of the first anchor.
    static func refuse(in text: String, file: String, what: String) throws {
        guard let range = text.range(of: anchor, options: .regularExpression) else { return }
        let line = text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        throw ReadError(file: "\(file):\(line)", "YAML anchors and aliases are not accepted in \(what)")
    }
}

/// Calendar validation without time zones: `2023-02-29` is not a date, `2024-02-29` is.
enum ISODate {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
