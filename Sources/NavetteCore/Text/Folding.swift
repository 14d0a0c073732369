/// Typographic folding of French legal text, for matching only; the original is always what is shown.
///
/// `fold` maps the typographic variants that official sources mix freely to one form: apostrophes
/// (’ ʼ ‘) to `'`, guillemets and curly quotes to `"`, every kind of space (no-break, narrow no-break,
/// thin, tab, newline) to one space, dashes and no-break hyphens (– — ‑ ‐ −) to `-`, ligatures (œ æ) to
/// their letters, and drops the spaces French typography puts inside guillemets and before `; : ! ?`.
/// A text holding decomposed accents (`e` + U+0301) is put in Unicode NFC first, so it folds like its
/// precomposed twin. `key` also lowercases and strips accents, for labels and loose matching.
public enum Folding {
    public static func fold(_ text: String) -> String {
        fold(text, composed: false)
    }

    private static func fold(_ text: String, composed: Bool) -> String {
        var output = UTF8Buffer(capacity: text.utf8.count)
        var pendingSpace = false
        var afterOpeningQuote = false
        for scalar in text.unicodeScalars {
            if !composed, isCombining(scalar) { return fold(nfc(text), composed: true) }
            if isSpace(scalar) {
                pendingSpace = !output.isEmpty && !afterOpeningQuote
                continue
            }
            if pendingSpace, !closesTight(scalar) {
                output.append(" ")
            }
            pendingSpace = false
            appendFolded(scalar, to: &output)
            afterOpeningQuote = scalar == "«"
        }
        return output.string
    }

    /// Folded, lowercased and without accents: `Supprimé` and `SUPPRIME` share the key `supprime`.
    public static func key(_ text: String) -> String {
        let folded = fold(text)
        var output = UTF8Buffer(capacity: folded.utf8.count)
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            if value < 128 {
                output.append(byte: UInt8(truncatingIfNeeded: value >= 65 && value <= 90 ? value + 32 : value))
            } else if value >= 0x300 && value <= 0x36F {
                continue  // combining accents
            } else if let plain = accentless[scalar] {
                output.append(contentsOf: plain)
            } else {
                output.append(contentsOf: String(scalar).lowercased())
            }
        }
        return output.string
    }

    /// True for every character that typography uses as a space.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F,
            0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// True for a combining mark (the accent of a decomposed `é`): a text holding one is not in NFC.
    /// Constant time; the common scalars of French text are settled without a table look-up.
    public static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300: return false
        case 0x300..<0x370: return true
        case 0x2000..<0x20D0: return false  // spaces, dashes, quotes, apostrophes
        default: return scalar.properties.canonicalCombiningClass != .notReordered
        }
    }

    /// Unicode NFC (canonical composition), through the standard library: Foundation is not imported
    /// by the core, and the standard library has no other public entry point for it.
    public static func nfc(_ text: String) -> String {
        String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// Punctuation that French typography separates by a space from the word before it.
    private static func closesTight(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "»" || scalar == ";" || scalar == ":" || scalar == "!" || scalar == "?"
    }

    /// Appends the folded form of one scalar; plain ASCII and Latin-1 letters take the fast path.
    @inline(__always)
    private static func appendFolded(_ scalar: Unicode.Scalar, to output: inout UTF8Buffer) {
        let value = scalar.value
        if value < 0x60 || (value > 0x60 && value < 0xAB) || (value > 0xBB && value < 0x152 && value != 0xC6 && value != 0xE6) {
            output.append(scalar)
            return
        }
        foldScalar(scalar, into: &output)
    }

    /// The folded form of a scalar outside the fast path of `appendFolded`.
    private static func foldScalar(_ scalar: Unicode.Scalar, into output: inout UTF8Buffer) {
        switch scalar.value {
        case 0x2019, 0x2018, 0x02BC, 0x2032, 0x0060, 0x00B4: output.append(byte: 0x27)  // '
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x2033: output.append(byte: 0x22)  // "
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x00AD: output.append(byte: 0x2D)  // -
        case 0x2026: output.append(contentsOf: "...")
        case 0x0153: output.append(contentsOf: "oe")
        case 0x0152: output.append(contentsOf: "OE")
        case 0x00E6: output.append(contentsOf: "ae")
        case 0x00C6: output.append(contentsOf: "AE")
        default: output.append(scalar)
        }
    }

    private static let accentless: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àâäáãåÀÂÄÁÃÅ", "a"), ("çÇ", "c"), ("éèêëÉÈÊË", "e"), ("îïíìÎÏÍÌ", "i"),
            ("ôöóòõÔÖÓÒÕ", "o"), ("ùûüúÙÛÜÚ", "u"), ("ÿýŸÝ", "y"), ("ñÑ", "n"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, plain) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = plain }
        }
        return table
    }()
}
