import Foundation

/// Reading values out of the JSON the Assemblée's open data serialises from XML: an element that is
/// absent and one written `{"@xsi:nil": "true"}` both read as nil; numbers and booleans written as
/// strings (`"17"`, `"true"`) read as their text.
enum JSONPath {
    /// The value at `keys` under `root`, nil when a key is missing or the value is `xsi:nil`.
    static func value(_ root: Any?, _ keys: String...) -> Any? { value(root, keys) }

    static func value(_ root: Any?, _ keys: [String]) -> Any? {
        var current = root
        for key in keys {
            guard let object = current as? [String: Any] else { return nil }
            current = object[key]
        }
        return isNil(current) ? nil : current
    }

    /// The non-empty text at `keys` (numbers written as such included), trimmed.
    static func string(_ root: Any?, _ keys: String...) -> String? {
        switch value(root, keys) {
        case let text as String:
            let trimmed = trimmed(text)
            return trimmed.isEmpty ? nil : trimmed
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation's detour through
    /// UTF-16 (a tenth of the time reading a dump went there): the same set, tested scalar by scalar at
    /// the ends only, and the text returned as it is when no end needs trimming.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                ? scalar == " " || (0x09...0x0D).contains(scalar.value)
                : CharacterSet.whitespacesAndNewlines.contains(scalar)
        }
        guard let first = scalars.first, let last = scalars.last else { return text }
        guard isSpace(first) || isSpace(last) else { return text }
        var slice = Substring(text).unicodeScalars
        while let scalar = slice.first, isSpace(scalar) { slice.removeFirst() }
        while let scalar = slice.last, isSpace(scalar) { slice.removeLast() }
        return String(slice)
    }

    /// The texts at `keys`, whether the source wrote one value or an array of them.
    static func strings(_ root: Any?, _ keys: String...) -> [String] {
        switch value(root, keys) {
        case let text as String: return [text]
        case let list as [Any]: return list.compactMap { $0 as? String }
        default: return []
        }
    }

    /// The objects at `keys`, whether the source wrote one object or an array of them.
    static func objects(_ root: Any?, _ keys: String...) -> [[String: Any]] {
        switch value(root, keys) {
        case let object as [String: Any]: return [object]
        case let list as [Any]: return list.compactMap { $0 as? [String: Any] }
        default: return []
        }
    }

    /// True for JSON null and for the `{"@xsi:nil": "true"}` objects of XML-derived JSON.
    static func isNil(_ value: Any?) -> Bool {
        // Strings and objects first: `is NSNull` on a Swift dictionary would bridge it whole.
        switch value {
        case nil: return true
        case is String: return false
        case let object as [String: Any]: return (object["@xsi:nil"] as? String) == "true"
        case is [Any]: return false
        default: return value is NSNull
        }
    }
}
