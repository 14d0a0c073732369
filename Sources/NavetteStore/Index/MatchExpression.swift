import Foundation

/// What a user types, turned into an FTS5 query: every word and every "quoted phrase" must appear;
/// `OR` between two terms offers alternatives; a leading `-` excludes a term; a trailing `*` matches
/// words that begin so. Each term is quoted, so FTS5's own syntax characters (`-`, `:`, `^`, `(`)
/// never reach its parser: the tokenizer folds the term (accents, ligatures, hyphens) as it folded
/// the documents. Linear in the length of the query.
enum MatchExpression {
    /// The FTS5 expression, or nil when the query holds no word (only punctuation, or nothing).
    static func make(_ query: String) -> String? {
        var groups: [[String]] = []
        var excluded: [String] = []
        var joinNext = false
        for piece in pieces(query) {
            if !piece.quoted && piece.text == "OR" {
                joinNext = !groups.isEmpty
                continue
            }
            var text = piece.text
            var exclude = false
            if !piece.quoted, text.hasPrefix("-"), text.count > 1 {
                exclude = true
                text.removeFirst()
            }
            guard let term = term(text, quoted: piece.quoted) else { continue }
            if exclude {
                excluded.append(term)
            } else if joinNext, !groups.isEmpty {
                groups[groups.count - 1].append(term)
            } else {
                groups.append([term])
            }
            joinNext = false
        }
        guard !groups.isEmpty else { return nil }
        var expression = groups.map { $0.count == 1 ? $0[0] : "(" + $0.joined(separator: " OR ") + ")" }
            .joined(separator: " AND ")
        for term in excluded { expression = "(\(expression)) NOT \(term)" }
        return expression
    }

    /// One term quoted for FTS5, with its prefix star; nil when it holds no letter or digit.
    private static func term(_ text: String, quoted: Bool) -> String? {
        var text = text
        var prefix = false
        if !quoted, text.hasSuffix("*") {
            prefix = true
            while text.hasSuffix("*") { text.removeLast() }
        }
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return "\"" + text.replacing("\"", with: "\"\"") + "\"" + (prefix ? " *" : "")
    }

    /// Words split on spaces, and "quoted phrases" (an unclosed quote runs to the end).
    private static func pieces(_ query: String) -> [(text: String, quoted: Bool)] {
        var pieces: [(String, Bool)] = []
        var current = ""
        var inQuotes = false
        for character in query {
            if character == "\"" || (inQuotes && character == "»") || (!inQuotes && character == "«") {
                if !current.isEmpty || inQuotes { pieces.append((current, inQuotes)) }
                current = ""
                inQuotes.toggle()
            } else if !inQuotes && (character.isWhitespace) {
                if !current.isEmpty { pieces.append((current, false)) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { pieces.append((current, inQuotes)) }
        return pieces.map { (text: $0.0.trimmingCharacters(in: .whitespaces), quoted: $0.1) }
    }
}
