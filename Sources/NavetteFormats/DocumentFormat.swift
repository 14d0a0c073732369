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
        let head = TextDecoding.decode(Array(bytes.prefix(4096)), as: TextDecoding.detect(Array(bytes.prefix(4096))))
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        let lower = trimmed.lowercased()
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
            return lower.contains("\"articles\"") || lower.contains("\"alineas\"") || lower.contains("\"steps\"")
                ? .lafabrique : nil
        }
        if lower.hasPrefix("<?xml") || (trimmed.hasPrefix("<") && !lower.hasPrefix("<html") && !lower.hasPrefix("<!doctype html")) {
            if lower.contains("akomantoso") || lower.contains("<akn:") { return .akomaNtoso }
            for root in ["<article>", "<article ", "<section_ta", "<textelr", "<texte_version", "<jorf"] where lower.contains(root) {
                return .legi
            }
            if lower.contains("<html") || lower.contains("<body") { return .html }
            return nil
        }
        if lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body") || lower.contains("<p") {
            return .html
        }
        if bytes.contains(0) { return nil }
        return .text
    }
}
