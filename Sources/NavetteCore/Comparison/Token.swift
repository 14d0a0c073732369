/// One unit of a word diff: a word, a number, a date, an article reference, a punctuation mark or a
/// run of spaces, cut out of an alinéa's original text.
///
/// `text` is the original exactly (’ « » no-break spaces, U+2011); `key` is the form compared, so
/// that `l’` and `l'`, `L. 252‑1` and `L. 252-1` or `31 décembre` and `31\u{a0}décembre` match.
public struct Token: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Letters, with inner hyphens; an elided word keeps its apostrophe (`l’`, `jusqu’`).
        case word
        /// `12`, `1er`, `2°`, `600 000`, `1,5`, `62-1292`, `2016/679`.
        case number
        /// `31 décembre 2024`, `1er janvier 2025`, `mars 2025`.
        case date
        /// A code article: `L. 252-1`, `L.O. 135-1`, `R.* 12`.
        case articleReference
        /// One mark (`,` `;` `«` `–` `(`), or a run of dots.
        case punctuation
        /// Spaces of any kind, tabs and line breaks.
        case space
    }

    public var kind: Kind
    /// Where the token lies in the text it was cut from.
    public var range: Range<String.Index>
    /// The original text of the token.
    public var text: Substring
    /// The folded form used for matching (typography folded, case and accents kept).
    public var key: String

    public init(kind: Kind, range: Range<String.Index>, text: Substring, key: String) {
        self.kind = kind
        self.range = range
        self.text = text
        self.key = key
    }

    /// True for the tokens counted as words in statistics (everything but punctuation and spaces).
    public var isWordLike: Bool { kind != .punctuation && kind != .space }
}
