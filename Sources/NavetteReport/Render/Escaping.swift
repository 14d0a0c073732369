/// Escaping of every piece of text that goes into a report: document text is data, never markup.
public enum ReportEscaping {
    /// For HTML text and attribute values (quoted): `& < > " '` as entities; control characters,
    /// which HTML forbids, as U+FFFD. One pass counts what escaping adds (most alinéas hold an
    /// apostrophe), a second writes the runs between escapes in place.
    public static func html(_ text: String) -> String {
        var utf8 = text
        let escaped = utf8.withUTF8 { source -> String? in
            var added = 0
            for byte in source { added += htmlGrowth(byte) }
            guard added > 0 else { return nil }
            return String(unsafeUninitializedCapacity: source.count + added) { output in
                var count = 0
                var mark = 0
                func copy(_ end: Int) {
                    let run = UnsafeBufferPointer(rebasing: source[mark..<end])
                    _ = UnsafeMutableBufferPointer(rebasing: output[count...]).initialize(from: run)
                    count += run.count
                }
                func put(_ entity: StaticString) {
                    entity.withUTF8Buffer { bytes in
                        for byte in bytes {
                            output[count] = byte
                            count += 1
                        }
                    }
                }
                for (index, byte) in source.enumerated() where htmlGrowth(byte) > 0 {
                    copy(index)
                    mark = index + 1
                    switch byte {
                    case UInt8(ascii: "&"): put("&amp;")
                    case UInt8(ascii: "<"): put("&lt;")
                    case UInt8(ascii: ">"): put("&gt;")
                    case UInt8(ascii: "\""): put("&quot;")
                    case UInt8(ascii: "'"): put("&#39;")
                    default: put("\u{FFFD}")
                    }
                }
                copy(source.count)
                return count
            }
        }
        return escaped ?? text
    }

    /// The bytes escaping adds for one byte of text: entities for markup characters, U+FFFD (3 bytes) for
    /// a control character other than tab and line feed.
    private static func htmlGrowth(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "'"): 4
        case UInt8(ascii: "<"), UInt8(ascii: ">"): 3
        case UInt8(ascii: "\""): 5
        case 0x09, 0x0A: 0
        case 0..<0x20, 0x7F: 2
        default: 0
        }
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
