import NavetteCore

/// Turns bytes into text the way official pages need: the declared charset is a hint, not a fact.
///
/// AN and Sénat pages declare `iso-8859-1` yet hold windows-1252 bytes (’ as 0x92, œ as 0x9C), and
/// some hold UTF-8 behind that declaration. So: a BOM wins; otherwise bytes that are valid UTF-8 are
/// UTF-8; otherwise windows-1252 (a superset of iso-8859-1 for every printable character).
public enum TextDecoding {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "windows-1252"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
    }

    /// Detects the encoding of `bytes` (see the type's documentation).
    public static func detect(_ bytes: [UInt8]) -> Encoding {
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        // The standard library's UTF-8 validation (what `String(validating:)` runs) is word-at-a-time
        // on ASCII; decoding scalar by scalar cost ten instructions a byte of a large page.
        return String(validating: bytes, as: UTF8.self) == nil ? .windows1252 : .utf8
    }

    /// Decodes text. - Throws: `ReadError` when the bytes are empty or look binary (NUL bytes).
    public static func decode(_ bytes: [UInt8], file: String, expected: String = "a text document") throws -> String {
        String(decoding: try utf8(bytes, file: file, expected: expected), as: UTF8.self)
    }

    /// Decodes text to UTF-8 bytes, the form libxml2 and the byte-level readers take (no `String` in
    /// between). - Throws: as `decode`.
    public static func utf8(_ bytes: [UInt8], file: String, expected: String = "a text document") throws -> [UInt8] {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw ReadError.empty(file: file, expected: expected)
        }
        let encoding = detect(bytes)
        if encoding == .utf8 || encoding == .windows1252 {
            let sample = bytes.prefix(8192)
            let controls = sample.filter { $0 == 0 || ($0 < 0x09) || ($0 > 0x0D && $0 < 0x20 && $0 != 0x1B) }.count
            if sample.contains(0) || controls * 20 > sample.count {
                throw ReadError.binary(file: file, expected: expected)
            }
        }
        return utf8(bytes, as: encoding)
    }

    /// Decodes an HTML page (see the type's documentation).
    public static func decodeHTML(_ bytes: [UInt8], file: String) throws -> String {
        try decode(bytes, file: file, expected: "an HTML page")
    }

    public static func decode(_ bytes: [UInt8], as encoding: Encoding) -> String {
        String(decoding: utf8(bytes, as: encoding), as: UTF8.self)
    }

    /// The UTF-8 bytes of text in `encoding`. Bytes already valid UTF-8 are returned as they are (a BOM
    /// is dropped); windows-1252 is mapped byte by byte (a byte the code page leaves undefined stands for
    /// the scalar of the same value, as ISO-8859-1 has it).
    public static func utf8(_ bytes: [UInt8], as encoding: Encoding) -> [UInt8] {
        switch encoding {
        case .utf8:
            // After a BOM the bytes were not checked: invalid sequences become U+FFFD, as in a String.
            guard bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return bytes }
            return Array(String(decoding: bytes.dropFirst(3), as: UTF8.self).utf8)
        case .windows1252:
            return windows1252ToUTF8(bytes)
        case .utf16LE, .utf16BE:
            let body = bytes.dropFirst(2)
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var index = body.startIndex
            while index + 1 < body.endIndex {
                let (a, b) = (UInt16(body[index]), UInt16(body[index + 1]))
                units.append(encoding == .utf16LE ? a | b << 8 : a << 8 | b)
                index += 2
            }
            return Array(String(decoding: units, as: UTF16.self).utf8)
        }
    }

    /// windows-1252 to UTF-8 in two passes over the bytes, O(n): the high bytes counted (each becomes at
    /// most three bytes), then the bytes copied, eight at a time where none is high, a high byte replaced
    /// by its sequence from `windows1252Sequences`, written as three bytes with the end moved by its
    /// length (appending a scalar at a time cost about 24 instructions a byte of a large page).
    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        return windows1252Sequences.withUnsafeBufferPointer { table in
            bytes.withUnsafeBytes { input in
                let count = input.count
                var high = 0
                var index = 0
                while index &+ 8 <= count {
                    high &+=
                        (input.loadUnaligned(fromByteOffset: index, as: UInt64.self) & ByteWords.highBits)
                        .nonzeroBitCount
                    index &+= 8
                }
                while index < count {
                    high &+= Int(input[index] >> 7)
                    index &+= 1
                }
                // Room for three bytes at every high byte, so the last sequence too is written whole.
                return [UInt8](unsafeUninitializedCapacity: count + 2 * high) { output, written in
                    let raw = UnsafeMutableRawBufferPointer(output)
                    var at = 0
                    index = 0
                    while index < count {
                        if ByteWords.copyPlainWord(
                            from: input, at: &index, to: raw, at: &at, where: { $0 & ByteWords.highBits == 0 })
                        {
                            continue
                        }
                        let byte = input[index]
                        index &+= 1
                        if byte < 0x80 {
                            output[at] = byte
                            at &+= 1
                        } else {
                            let sequence = table[Int(byte & 0x7F)]
                            output[at] = UInt8(truncatingIfNeeded: sequence >> 8)
                            output[at &+ 1] = UInt8(truncatingIfNeeded: sequence >> 16)
                            output[at &+ 2] = UInt8(truncatingIfNeeded: sequence >> 24)
                            at &+= Int(sequence & 0xFF)
                        }
                    }
                    written = at
                }
            }
        }
    }

    /// For each byte 0x80–0xFF, its UTF-8 sequence (two or three bytes) packed with its length in the low
    /// byte. Bytes 0x80–0x9F are windows-1252's characters; a hole in the code page, like 0xA0–0xFF,
    /// stands for the scalar of the same value, as ISO-8859-1 has it.
    private static let windows1252Sequences: [UInt32] = (0x80...0xFF).map { byte in
        let value = byte <= 0x9F ? windows1252Values[byte - 0x80] ?? UInt32(byte) : UInt32(byte)
        let sequence = Array(String(Unicode.Scalar(value)!).utf8)
        return sequence.enumerated().reduce(UInt32(sequence.count)) { $0 | UInt32($1.element) << (8 * ($1.offset + 1)) }
    }
    private static let windows1252Values: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil,
        0x017D, nil, nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, nil, 0x017E, 0x0178,
    ]
}
