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
        guard !text.isEmpty else { return "" }
        var text = text
        var needsComposition = false
        // Folding never lengthens a text (each mapping is at most as long as its source, and a run of
        // spaces gives at most one), so the output is written in place of a string of the same capacity.
        let folded = text.withUTF8 { source in
            String(unsafeUninitializedCapacity: source.count) { output in
                guard let count = foldBytes(source, into: output, composed: composed) else {
                    needsComposition = true
                    return 0
                }
                return count
            }
        }
        return needsComposition ? fold(nfc(text), composed: true) : folded
    }

    /// Folds valid UTF-8 into `output` and returns the count written; nil when a combining mark asks
    /// for NFC first (`composed` false). ASCII, most of the text, is settled byte by byte.
    private static func foldBytes(
        _ source: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>, composed: Bool
    ) -> Int? {
        var count = 0
        var pendingSpace = false
        var afterOpeningQuote = false
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte < 0x80 {
                index += 1
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = count > 0 && !afterOpeningQuote
                    continue
                }
                if pendingSpace, byte != 0x3B, byte != 0x3A, byte != 0x21, byte != 0x3F {  // ; : ! ?
                    output[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                output[count] = byte == 0x60 ? 0x27 : byte  // ` to '
                count += 1
                afterOpeningQuote = false
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F))
            for offset in 1..<length { value = value << 6 | UInt32(source[index + offset] & 0x3F) }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            if !composed, isCombining(scalar) { return nil }
            if isSpace(scalar) {
                pendingSpace = count > 0 && !afterOpeningQuote
                index += length
                continue
            }
            if pendingSpace, !closesTight(scalar) {
                output[count] = 0x20
                count += 1
            }
            pendingSpace = false
            count = writeFolded(value, from: source[index..<index + length], into: output, at: count)
            afterOpeningQuote = value == 0xAB  // «
            index += length
        }
        return count
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

    /// Writes the folded form of a non-ASCII scalar (its UTF-8 is `bytes`) at `count`; returns the new count.
    private static func writeFolded(
        _ value: UInt32, from bytes: Slice<UnsafeBufferPointer<UInt8>>, into output: UnsafeMutableBufferPointer<UInt8>,
        at count: Int
    ) -> Int {
        let replacement: StaticString
        switch value {
        case 0x2019, 0x2018, 0x02BC, 0x2032, 0x00B4: replacement = "'"
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x2033: replacement = "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x00AD: replacement = "-"
        case 0x2026: replacement = "..."
        case 0x0153: replacement = "oe"
        case 0x0152: replacement = "OE"
        case 0x00E6: replacement = "ae"
        case 0x00C6: replacement = "AE"
        default:
            var count = count
            for byte in bytes {
                output[count] = byte
                count += 1
            }
            return count
        }
        var count = count
        for offset in 0..<replacement.utf8CodeUnitCount {
            output[count] = replacement.utf8Start[offset]
            count += 1
        }
        return count
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
