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
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return .utf8
            case .error: return .windows1252
            }
        }
    }

    /// Decodes text. - Throws: `ReadError` when the bytes are empty or look binary (NUL bytes).
    public static func decode(_ bytes: [UInt8], file: String, expected: String = "a text document") throws -> String {
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
        return decode(bytes, as: encoding)
    }

    /// Decodes an HTML page (see the type's documentation).
    public static func decodeHTML(_ bytes: [UInt8], file: String) throws -> String {
        try decode(bytes, file: file, expected: "an HTML page")
    }

    public static func decode(_ bytes: [UInt8], as encoding: Encoding) -> String {
        switch encoding {
        case .utf8:
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            return String(decoding: body, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            scalars.reserveCapacity(bytes.count)
            for byte in bytes {
                if byte >= 0x80 && byte <= 0x9F, let mapped = windows1252High[Int(byte - 0x80)] {
                    scalars.append(mapped)
                } else {
                    scalars.append(Unicode.Scalar(byte))
                }
            }
            return String(scalars)
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
            return String(decoding: units, as: UTF16.self)
        }
    }

    /// windows-1252 characters for bytes 0x80–0x9F (nil where the code page leaves a hole).
    private static let windows1252High: [Unicode.Scalar?] = windows1252Values.map { $0.flatMap(Unicode.Scalar.init) }
    private static let windows1252Values: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil,
        0x017D, nil, nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, nil, 0x017E, 0x0178,
    ]
}
