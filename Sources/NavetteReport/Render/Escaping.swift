/// Escaping of every piece of text that goes into a report: document text is data, never markup.
public enum ReportEscaping {
    /// For HTML text and attribute values (quoted): `& < > " '` as entities; control characters,
    /// which HTML forbids, as U+FFFD.
    public static func html(_ text: String) -> String {
        guard text.utf8.contains(where: { needsHTMLEscape($0) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'"): bytes += "&#39;".utf8
            case 0x09, 0x0A: bytes.append(byte)
            case 0..<0x20, 0x7F: bytes += "\u{FFFD}".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsHTMLEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// For Markdown (GitHub-flavoured, which also reads inline HTML): `& < >` as entities, a backslash
    /// before each character Markdown gives a meaning to, line breaks as spaces (a document's text
    /// stays in its list item or table cell). Quotes stay as they are: Markdown text has no attributes.
    public static func markdown(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~", "!", "{", "}": output += "\\" + String(scalar)
            case "\n", "\t", "\r": output += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// An address from a document, usable as a link only when it is http(s): anything else
    /// (`javascript:`, `data:`) is not linked.
    public static func safeURL(_ url: String?) -> String? {
        guard let url else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        return html(url)
    }
}
