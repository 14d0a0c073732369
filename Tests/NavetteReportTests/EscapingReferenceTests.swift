import NavetteCore
import NavetteReport
import Testing

/// The in-place HTML escaping and the ASCII short cut of `Anchor.slug` give the bytes of the plain
/// definitions they replaced, on random text holding every ASCII byte and some non-ASCII scalars.
@Suite struct EscapingReferenceTests {
    /// The byte-by-byte definition: `& < > " '` as entities, controls but tab and line feed as U+FFFD.
    static func referenceHTML(_ text: String) -> String {
        var bytes: [UInt8] = []
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

    /// The slug as defined on the folded key, whatever the text (`x` when it holds no letter or digit).
    static func referenceSlug(_ text: String) -> String {
        var result: [UInt8] = []
        var dash = false
        for byte in Folding.key(text).utf8 {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                if dash, !result.isEmpty { result.append(0x2D) }
                result.append(byte)
                dash = false
            } else {
                dash = true
            }
        }
        return result.isEmpty ? "x" : String(decoding: result, as: UTF8.self)
    }

    static func randomTexts(ascii: Bool) -> [String] {
        var generator = SystemRandomNumberGenerator()
        let extra: [Unicode.Scalar] = ["é", "É", "’", "\u{A0}", "«", "œ", "Œ", "Æ", "\u{2028}", "😀", "\u{301}"]
        return (0..<400).map { _ in
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                if ascii || Bool.random(using: &generator) {
                    text.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0...0x7F, using: &generator)))
                } else {
                    text.unicodeScalars.append(extra.randomElement(using: &generator)!)
                }
            }
            return text
        }
    }

    @Test func htmlEscapingMatchesItsDefinition() {
        for text in Self.randomTexts(ascii: false) + ["", "'", "&&", "a\u{7F}b\u{0}", "l’article 3 & 4 <b>"] {
            #expect(ReportEscaping.html(text) == Self.referenceHTML(text), "\(Array(text.utf8))")
        }
    }

    @Test func slugMatchesItsFoldedDefinition() {
        for text in Self.randomTexts(ascii: true) + Self.randomTexts(ascii: false)
            + ["", "Article 1er A", "PJL 09-200", "  a ; b  ", "«\u{A0}Titre\u{A0}»", "L'ARTICLE 12 bis"]
        {
            #expect(Anchor.slug(text) == Self.referenceSlug(text), "\(Array(text.utf8))")
        }
    }
}
