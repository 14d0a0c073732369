/// One paragraph of an article, as amendments count them ("À l'alinéa 34").
///
/// `text` is the original exactly as published (’ « » no-break spaces, –, œ); `folded` is the form
/// used for matching and comparison, never for display.
public struct Alinea: Sendable, Hashable, Codable {
    /// What the alinéa stands for when it is not written out.
    public enum Placeholder: Sendable, Hashable, Codable {
        /// `II. – (Non modifié)`, `1° (Supprimé)`: a part of the article named and kept (or removed)
        /// as in the previous reading. `part` is the designation (`II`, `1°`), `status` what it says.
        case partial(part: String, status: ArticleStatus)
        /// A run of dots (`. . . . . .`) standing for unchanged text.
        case dots
    }

    public let text: String
    public let folded: String
    public let placeholder: Placeholder?

    public init(_ text: String, placeholder: Placeholder? = nil) {
        self.text = text
        let folded = Folding.fold(text)
        self.folded = folded
        // Placeholders are short lines; long alinéas are never one (and are most of the text).
        self.placeholder = placeholder ?? (folded.utf8.count <= 160 ? Alinea.detectPlaceholder(folded: folded) : nil)
    }

    /// Recognises dots runs and partial statuses such as `II. – (Non modifié)`.
    public static func detectPlaceholder(in text: String) -> Placeholder? {
        detectPlaceholder(folded: Folding.fold(text))
    }

    static func detectPlaceholder(folded: String) -> Placeholder? {
        // Folded text ends with its last visible character: a partial status ends with `)`.
        if folded.utf8.last == UInt8(ascii: ")") { return PartialStatus.parse(folded) }
        // A run of dots: only `.`, `…` (UTF-8 E2 80 A6) and spaces, at least three dots or ellipses.
        // Read byte by byte, an ordinary alinéa is told apart at its first letter.
        var marks = 0
        for byte in folded.utf8 {
            switch byte {
            case UInt8(ascii: "."), 0xA6: marks += 1
            case UInt8(ascii: " "), 0xE2, 0x80: continue
            default: return nil
            }
        }
        return marks >= 3 ? .dots : nil
    }
}

/// Parses the partial statuses written inside an article: `II. - (Non modifié)`, `1° et 2° (Supprimés)`.
enum PartialStatus {
    static func parse(_ folded: String) -> Alinea.Placeholder? {
        guard folded.hasSuffix(")"), let open = folded.lastIndex(of: "(") else { return nil }
        let inside = folded[folded.index(after: open)..<folded.index(before: folded.endIndex)]
        guard let status = ArticleStatus(statusWord: String(inside)), status != .none else { return nil }
        var part = folded[..<open].trimming(" -.:")
        // Only a short designation may precede the status: "II", "A", "1°", "3° et 4°".
        guard !part.isEmpty, part.count <= 24, part.split(separator: " ").count <= 5 else { return nil }
        if part.lowercased().hasPrefix("article") { return nil }
        part = part.trimming(" ")
        return .partial(part: part, status: status)
    }
}
