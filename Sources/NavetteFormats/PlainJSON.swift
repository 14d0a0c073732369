import Foundation

/// The quick way to read the JSON the open-data files hold: objects, arrays, strings and nulls only
/// (the Assemblée's amendment dump writes every number and boolean as a string).
///
/// Gives what `JSONSerialization` gives (`[String: Any]`, `[Any]`, `String`, `NSNull`) or nil, and
/// then `JSONSerialization` reads the bytes: for a number, `true`/`false`, a key written twice, text
/// that is not UTF-8, a lone surrogate escape, a byte-order mark, deep nesting or anything malformed,
/// so that its values and its error messages stay the reference. Why: on Linux, `JSONSerialization`
/// builds an intermediate tree, then Foundation objects from it, a fifth of the time of indexing a dump.
struct PlainJSON {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The object the bytes hold, or nil when `JSONSerialization` must decide.
    static func object(_ bytes: [UInt8]) -> [String: Any]? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = PlainJSON(buffer)
            reader.skipSpace()
            guard reader.peek == UInt8(ascii: "{"), let object = reader.object(depth: 0) else { return nil }
            reader.skipSpace()
            return reader.index == buffer.count ? object : nil
        }
    }

    private static let maximumDepth = 64

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) -> Any? {
        switch peek {
        case UInt8(ascii: "{"): return object(depth: depth + 1)
        case UInt8(ascii: "["): return array(depth: depth + 1)
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "n"):
            guard index + 4 <= bytes.count, bytes[index + 1] == UInt8(ascii: "u"),
                bytes[index + 2] == UInt8(ascii: "l"),
                bytes[index + 3] == UInt8(ascii: "l")
            else { return nil }
            index += 4
            return NSNull()
        default: return nil
        }
    }

    /// At `{`.
    private mutating func object(depth: Int) -> [String: Any]? {
        var object: [String: Any] = [:]
        let read = elements(closing: UInt8(ascii: "}"), depth: depth) { reader in
            guard reader.peek == UInt8(ascii: "\""), let key = reader.string() else { return false }
            reader.skipSpace()
            guard reader.peek == UInt8(ascii: ":") else { return false }
            reader.index += 1
            reader.skipSpace()
            guard let value = reader.value(depth: depth) else { return false }
            return object.updateValue(value, forKey: key) == nil
        }
        return read ? object : nil
    }

    /// At `[`.
    private mutating func array(depth: Int) -> [Any]? {
        var array: [Any] = []
        let read = elements(closing: UInt8(ascii: "]"), depth: depth) { reader in
            guard let value = reader.value(depth: depth) else { return false }
            array.append(value)
            return true
        }
        return read ? array : nil
    }

    /// At `{` or `[`: reads the elements separated by commas up to `closing`, each by `element`;
    /// false when one cannot be read or the separators are wrong.
    private mutating func elements(closing: UInt8, depth: Int, _ element: (inout PlainJSON) -> Bool) -> Bool {
        guard depth <= Self.maximumDepth else { return false }
        index += 1
        skipSpace()
        if peek == closing {
            index += 1
            return true
        }
        while true {
            skipSpace()
            guard element(&self) else { return false }
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case closing:
                index += 1
                return true
            default: return false
            }
        }
    }

    /// At `"`: the string, its escapes decoded; nil for a control character, a bad escape or bad UTF-8.
    private mutating func string() -> String? {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            if byte < 0x20 { return nil }
            index += 1
        }
        return nil
    }

    /// The rest of a string that holds escapes, its first bytes from `start` to `index`.
    private mutating func escapedString(from start: Int) -> String? {
        var text = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(validating: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escaped = peek else { return nil }
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    text += Array(String(scalar).utf8)
                default: return nil
                }
            case 0..<0x20: return nil
            default: text.append(byte)
            }
        }
        return nil
    }

    /// After `\u`: the scalar of four hex digits, or of a surrogate pair written as two escapes.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hexQuad() else { return nil }
        if (0xD800..<0xDC00).contains(high) {
            guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { return nil }
            index += 2
            guard let low = hexQuad(), (0xDC00..<0xE000).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }
        return Unicode.Scalar(high)  // nil for a lone low surrogate
    }

    private mutating func hexQuad() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
