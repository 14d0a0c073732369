extension TextDecoding {
    /// A page declared `iso-8859-15` (Latin-9) whose bytes are not UTF-8 is re-encoded as UTF-8:
    /// `TextDecoding` reads non-UTF-8 bytes as windows-1252, which differs from Latin-9 on eight
    /// characters (0xBD is œ in Latin-9, ½ in windows-1252). Other charsets are left to `TextDecoding`
    /// (XML carries its own declaration, read by libxml2).
    public static func transcodingLatin9(_ bytes: [UInt8], contentType: String?) -> [UInt8] {
        guard let contentType = contentType?.lowercased(),
            contentType.contains("iso-8859-15") || contentType.contains("latin-9") || contentType.contains("latin9"),
            detect(bytes) == .windows1252,
            !String(decoding: bytes.prefix(64), as: UTF8.self).hasPrefix("<?xml")
        else { return bytes }
        let latin9: [UInt8: Unicode.Scalar] = [
            0xA4: "€", 0xA6: "Š", 0xA8: "š", 0xB4: "Ž", 0xB8: "ž", 0xBC: "Œ", 0xBD: "œ", 0xBE: "Ÿ",
        ]
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(latin9[byte] ?? Unicode.Scalar(byte)) }
        return Array(String(text).utf8)
    }
}
