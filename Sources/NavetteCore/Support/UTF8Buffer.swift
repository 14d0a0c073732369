/// Text built scalar by scalar as UTF-8 bytes.
///
/// Appending to a byte array costs a few instructions; appending to `String.UnicodeScalarView` goes
/// through the string's storage checks each time and was the largest cost of folding and decoding.
public struct UTF8Buffer: Sendable {
    public var bytes: [UInt8] = []

    @inlinable
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    @inlinable
    public var isEmpty: Bool { bytes.isEmpty }

    @inlinable
    public mutating func append(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value))
        } else if value < 0x800 {
            bytes.append(0xC0 | UInt8(truncatingIfNeeded: value >> 6))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        } else if value < 0x1_0000 {
            bytes.append(0xE0 | UInt8(truncatingIfNeeded: value >> 12))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        } else {
            bytes.append(0xF0 | UInt8(truncatingIfNeeded: value >> 18))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: (value >> 12) & 0x3F))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        }
    }

    @inlinable
    public mutating func append(byte: UInt8) { bytes.append(byte) }

    public mutating func append(contentsOf text: String) { bytes.append(contentsOf: text.utf8) }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
