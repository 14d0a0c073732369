/// The designation that opens a division of an article, as French legislative drafting writes it:
/// `II. –`, `II bis. –`, `I A. –`, `B. –`, `1. –`, `3° bis`, `1° A`, `a)`, `b bis)`.
///
/// One parser for every use: placing an amendment (`au 2° du II`), numbering what it inserts, the
/// placeholder a deleted division leaves (`3° (Supprimé)`), and finding the alinéas a partial
/// placeholder of a later reading stands for (`II et III. – (Non modifiés)`). The opening is read on
/// the first 96 characters of the alinéa, so the cost per alinéa is bounded whatever its length.
public struct Designation: Hashable, Sendable {
    /// Nesting levels, outermost first: a Roman paragraph holds lettered ones (`A.`), which hold
    /// numbered ones (`1.`), items (`1°`) and sub-items (`a)`), in that order.
    public enum Level: Int, Comparable, Sendable {
        case roman = 1
        case letter = 2
        case arabic = 3
        case item = 4
        case subItem = 5

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let level: Level
    /// As amendments name it (the form `TargetParser` gives): `II bis`, `I A`, `B`, `1`, `3° bis`, `a)`.
    public let label: String

    /// Compares designations whatever their spacing and case: `ii bis`, `3° bis`, `a)`.
    public var key: String { Folding.key(label) }

    /// The designation an alinéa opens with; nil when it has none, or when the alinéa is quoted text
    /// (an article of a code that the bill writes out).
    public init?(opening text: String) {
        self.init(Folding.fold(String(text.trimmingSpaces().prefix(96))), named: false)
    }

    /// A designation named alone, as a placeholder's list of parts does (`III`, `2°`, `a`): no
    /// punctuation needs to follow it.
    public init?(named text: String) {
        self.init(Folding.fold(String(text.trimmingSpaces().prefix(96))), named: true)
    }

    private init?(_ folded: String, named: Bool) {
        guard let first = folded.first, first != "\"" else { return nil }
        // "III (nouveau). –": the flag sits between the designation and its punctuation.
        let text = Self.flag.split(folded).joined()
        let patterns = named ? Self.namedPatterns : Self.openingPatterns
        for (pattern, level) in patterns {
            guard let label = pattern.firstMatch(in: text)?[1] else { continue }
            self.init(level: level, label: Self.normalize(label, level: level))
            return
        }
        return nil
    }

    private init(level: Level, label: String) {
        self.level = level
        self.label = label
    }

    /// `2 °` → `2°`, `a` → `a)`, spaces collapsed.
    private static func normalize(_ label: String, level: Level) -> String {
        var text = label.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        text = text.replacing(" °", with: "°")
        if level == .subItem, !text.hasSuffix(")") { text += ")" }
        return text
    }

    private static let openingPatterns = patterns(named: false)
    private static let namedPatterns = patterns(named: true)

    /// Tried in order; the first that matches gives the level and the label (capture 1).
    private static func patterns(named: Bool) -> [(Pattern, Level)] {
        let end = named ? "|$" : ""
        return [
            (Pattern(#"^((?:[IVX][IVXLC]*|[LC][IVXLC]+)"# + suffixes + #")\s*(?:\.|-\#(end))"#), .roman),
            (Pattern(#"^([A-Z]"# + latin + #")\s*(?:\.|-\#(end))"#), .letter),
            (Pattern(#"^([0-9]+)\.\s+-?\s*\S"#), .arabic),
            (Pattern(#"^([0-9]+\s*°"# + itemSuffixes + ")"), .item),
            (Pattern(#"^([a-z]{1,2}"# + latin + #")\s*(?:\)\#(end))"#), .subItem),
        ]
    }

    private static let latin = #"(?:\s+(?:"# + Latin.pattern + #"))?"#
    /// After a Roman numeral: its Latin adverb, then a capital letter or two for a division inserted
    /// before the first lettered one (`I A`, `II AA bis`).
    private static let suffixes = latin + #"(?:\s+[A-Z]{1,2}"# + latin + ")?"
    /// After an item's number: Latin adverbs, and a capital letter when a sentence follows (`1° A Le`),
    /// not a word (`1° A l'article`).
    private static let itemSuffixes = #"(?:\s+(?:"# + Latin.pattern + #"|[A-Z](?=\s+["(A-Z]|\s*$)))*"#
    private static let flag = Pattern(#"\s*\((?:nouveau|nouveaux|nouvelle|nouvelles)\)"#)

}
