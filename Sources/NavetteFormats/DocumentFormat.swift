/// The bill-text formats navette reads. Detected from the content, never from the file name.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// La Fabrique de la loi's `texte.json` (one reading) or dossier directory.
    case lafabrique
    /// DILA LEGI/JORF XML: `ARTICLE`, `SECTION_TA`, `TEXTELR`, `TEXTE_VERSION`.
    case legi
    /// Akoma Ntoso 3.0 `bill` or `act`.
    case akomaNtoso = "akn"
    /// Assemblée nationale and Sénat bill pages.
    case html
    /// Text pasted by a user: `Article N` headings, one alinéa per paragraph.
    case text

    /// Guesses the format from the first bytes of a document, nil when it is none of these.
    public static func detect(_ bytes: [UInt8]) -> DocumentFormat? {
        // Skip a BOM and leading white space, then look at the first 4 kB as lowercase ASCII bytes.
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let lower = ByteSearch.asciiLowercased(bytes[start..<min(bytes.count, start + 4096)])
        func has(_ text: String) -> Bool { ByteSearch.contains(lower, text) }
        func starts(_ text: String) -> Bool { lower.starts(with: text.utf8) }
        if starts("{") || starts("[") {
            return has("\"articles\"") || has("\"alineas\"") || has("\"steps\"") ? .lafabrique : nil
        }
        if starts("<?xml") || (starts("<") && !starts("<html") && !starts("<!doctype html")) {
            if has("akomantoso") || has("<akn:") { return .akomaNtoso }
            for root in ["<article>", "<article ", "<section_ta", "<textelr", "<texte_version", "<jorf"] where has(root)
            {
                return .legi
            }
            if has("<html") || has("<body") { return .html }
            return nil
        }
        if has("<html") || has("<!doctype html") || has("<body") || has("<p") {
            return .html
        }
        if bytes.contains(0) { return nil }
        return .text
    }
}
