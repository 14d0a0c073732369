/// JSON written straight to bytes, laid out byte for byte as `JSONOutput` lays it out (Foundation's
/// `JSONEncoder` with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`): two spaces a level,
/// `"key" : value`, an empty container as `[`, an empty line and `]` at its indent, `"` `\` and control
/// characters escaped as the encoder escapes them, everything else as it is.
///
/// For the large documents where the encoder's generic boxing is most of the work (the whole-bill
/// diff: 6 MB of JSON, 600 M instructions through `JSONEncoder`). Keys are written in the order the
/// caller gives them: write them sorted by their UTF-8 bytes, as the encoder sorts them. A value
/// written elsewhere at the same level can be put in place with `raw`.
public struct PrettyJSON: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// The indentation level of the innermost open container's closing bracket.
    private var level: Int
    /// For each open container: true until its first element is written.
    private var empty: [Bool] = []

    /// `level`: the indentation level of the value about to be written (0 for a whole document).
    public init(level: Int = 0, capacity: Int = 0) {
        self.level = level
        bytes.reserveCapacity(capacity)
    }

    public mutating func openObject() { open(UInt8(ascii: "{")) }
    public mutating func closeObject() { close(UInt8(ascii: "}")) }
    public mutating func openArray() { open(UInt8(ascii: "[")) }
    public mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the open object: its key (plain ASCII, needing no escape) and the separator.
    public mutating func key(_ name: StaticString) {
        element()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        append("\" : ")
    }

    /// Starts an element of the open array.
    public mutating func element() {
        if empty[empty.count - 1] {
            empty[empty.count - 1] = false
        } else {
            append(",\n")
        }
        indent(level)
    }

    /// A member written only when it has a value, as JSONEncoder leaves out a nil optional.
    public mutating func member(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// A number member written only when it has a value.
    public mutating func member(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        int(value)
    }

    public mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    public mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

    /// A value already written by another `PrettyJSON` made at this level.
    public mutating func raw(_ value: [UInt8]) { bytes.append(contentsOf: value) }

    public mutating func strings(_ values: [String]) {
        openArray()
        for value in values {
            element()
            string(value)
        }
        closeArray()
    }

    public mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var mark = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index]))
                escape(byte)
                mark = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            append("u00")
            for digit in [byte >> 4, byte & 0x0F] { bytes.append(digit < 10 ? digit + 0x30 : digit - 10 + 0x61) }
        }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        bytes.append(UInt8(ascii: "\n"))
        empty.append(true)
        level += 1
    }

    private mutating func close(_ bracket: UInt8) {
        empty.removeLast()
        level -= 1
        bytes.append(UInt8(ascii: "\n"))
        indent(level)
        bytes.append(bracket)
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private mutating func indent(_ level: Int) {
        var left = 2 * level
        while left > 0 {
            let count = min(left, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[..<count])
            left -= count
        }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
