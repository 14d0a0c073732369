/// A heading above articles: titre, chapitre, section…
public struct Division: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case partie, livre, titre, chapitre, section
        case sousSection = "sous-section"
        case paragraphe, other
    }

    public var kind: Kind
    /// The designation as printed: `TITRE II`, `Chapitre Ier`, `Section 1`.
    public var label: String
    /// The heading text under the designation, if any.
    public var heading: String?
    /// Nesting depth, 0 for the outermost level in this reading.
    public var depth: Int
    /// Index in `Reading.articles` of the first article that follows the heading.
    public var firstArticle: Int

    public init(kind: Kind, label: String, heading: String? = nil, depth: Int, firstArticle: Int) {
        self.kind = kind
        self.label = label
        self.heading = heading
        self.depth = depth
        self.firstArticle = firstArticle
    }
}
