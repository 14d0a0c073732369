/// Recognises the headings of French bill texts in a line of text: `Article 7 bis A (nouveau)`,
/// `ARTICLE 1er`, `Article 12 – (Non modifié)`, `Art. 3`, and `TITRE II`, `Chapitre Ier`, `Section 2`.
public enum HeadingParser {
    public struct ArticleHeading: Sendable, Hashable {
        public var label: String
        public var flags: Set<ArticleFlag>
        public var status: ArticleStatus
    }

    public struct DivisionHeading: Sendable, Hashable {
        public var kind: Division.Kind
        /// The designation as printed: `TITRE II`, `Chapitre Ier`.
        public var label: String
        /// Text after the designation on the same line (`Chapitre Ier – Dispositions générales`).
        public var heading: String?
    }

    /// Parses an article heading; nil when the line is a sentence that merely starts with "Article".
    public static func article(_ line: String) -> ArticleHeading? {
        let trimmed = line.trimmingCharacters(in: " \t\u{a0}\u{202f}")
        let folded = Folding.key(trimmed)
        let prefixes = ["article ", "art. ", "art "]
        guard let prefix = prefixes.first(where: { folded.hasPrefix($0) }), trimmed.count <= 80 else { return nil }
        var rest = String(trimmed.dropFirst(prefix.count)).trimmingCharacters(in: " ")
        var flags: Set<ArticleFlag> = []
        var status = ArticleStatus.none
        // Trailing parentheses and status words: (nouveau), (Supprimé), (Non modifié), Conforme, (suite).
        while true {
            rest = rest.trimmingCharacters(in: " -–—.:\u{a0}\u{202f}")
            if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
                let word = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
                let key = Folding.key(word)
                if key == "nouveau" || key == "nouvelle" {
                    flags.insert(.nouveau)
                } else if let known = ArticleStatus(statusWord: word), known != .none {
                    status = known
                } else if key != "suite" && key != "pour coordination" && key != "precedemment reserve" {
                    return nil
                }
                rest = String(rest[..<open])
                continue
            }
            let lower = Folding.key(rest)
            if lower.hasSuffix(" conforme") {
                status = .conforme
                rest = String(rest.dropLast("conforme".count))
                continue
            }
            break
        }
        let words = rest.split(separator: " ").map(String.init)
        guard let first = words.first, isBaseNumber(first) else { return nil }
        for word in words.dropFirst() {
            let key = Folding.key(word)
            let isLetter = word.count <= 2 && word.allSatisfy { $0.isUppercase }
            guard ArticleNumber.latinRank(key) != nil || isLetter else { return nil }
        }
        let label = words.joined(separator: " ")
        return ArticleHeading(label: label == "premier" ? "1er" : label, flags: flags, status: status)
    }

    /// Parses a division heading (`TITRE II`, `CHAPITRE Ier – Dispositions…`, `Section 1`).
    public static func division(_ line: String) -> DivisionHeading? {
        let trimmed = line.trimmingCharacters(in: " \t\u{a0}\u{202f}")
        let folded = Folding.key(trimmed)
        let kinds: [(String, Division.Kind)] = [
            ("sous-section ", .sousSection), ("titre ", .titre), ("chapitre ", .chapitre), ("section ", .section),
            ("livre ", .livre), ("partie ", .partie), ("paragraphe ", .paragraphe),
        ]
        guard let (prefix, kind) = kinds.first(where: { folded.hasPrefix($0.0) }) else { return nil }
        let rest = trimmed.dropFirst(prefix.count)
        let words = rest.split(separator: " ", omittingEmptySubsequences: true)
        guard let number = words.first, isDivisionNumber(String(number)) else { return nil }
        // Designation = prefix + number + Latin/letter suffixes; anything after a dash is the heading.
        var designation = [String(trimmed.prefix(prefix.count - 1)), String(number)]
        var index = 1
        while index < words.count {
            let word = String(words[index])
            if ArticleNumber.latinRank(Folding.key(word)) != nil || (word.count == 1 && word.first!.isUppercase) {
                designation.append(word)
                index += 1
            } else {
                break
            }
        }
        var heading = words.dropFirst(index).joined(separator: " ").trimmingCharacters(in: " -–—.:")
        if heading.isEmpty { heading = "" }
        // A long line without a dash is a sentence ("Section 2 du chapitre III est abrogée."), not a heading.
        if !heading.isEmpty, !rest.contains("–"), !rest.contains("-"), !rest.contains("—"), !rest.contains(":") {
            return nil
        }
        return DivisionHeading(kind: kind, label: designation.joined(separator: " "), heading: heading.isEmpty ? nil : heading)
    }

    private static func isBaseNumber(_ word: String) -> Bool {
        let key = Folding.key(word)
        if ["1er", "premier", "unique", "liminaire", "preliminaire"].contains(key) { return true }
        return !key.isEmpty && key.allSatisfy { $0.isNumber }
    }

    private static func isDivisionNumber(_ word: String) -> Bool {
        let key = Folding.key(word).trimmingCharacters(in: ".:")
        if ["ier", "1er", "premier", "preliminaire", "unique"].contains(key) { return true }
        if !key.isEmpty, key.allSatisfy({ $0.isNumber }) { return true }
        return !key.isEmpty && key.allSatisfy { "ivxlcdm".contains($0) }
    }
}
