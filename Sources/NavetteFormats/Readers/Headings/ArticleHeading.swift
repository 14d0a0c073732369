import NavetteCore

/// An article heading line: `Article 7`, `Article 1er`, `Article 7 bis A (nouveau)`,
/// `Articles 3 bis AAA et 3 bis AA`, `Articles 19 à 24`, optionally followed on the same line by
/// parenthesised mentions (`(nouveau)`, `(Supprimé)`, `(Pour coordination)`).
///
/// Shared by the HTML and plain-text readers. Only a whole line made of these parts is a heading: "L'article 1er approuve…" (exposé),
/// "Article 1001 du code général des impôts" (a table cell) and quoted code articles are not.
struct ArticleHeading: Sendable, Hashable {
    /// Labels as printed, one per article the heading names: `["3 bis AAA", "3 bis AA"]`.
    var labels: [String]
    var nouveau: Bool
    var status: ArticleStatus
    /// Parenthesised mentions that are neither a flag nor a status, such as `(Pour coordination)`.
    var mentions: [String]
    /// Set when the heading names a range (`35 bis A à 35 ter`) whose members cannot be listed.
    var unexpandedRange: Bool

    /// Parses a block's text; nil when it is not an article heading.
    static func parse(_ text: String) -> ArticleHeading? {
        // The byte test turns most lines away without building a string; the exact test follows.
        guard text.utf8.count < 400, startsWithArticle(text.utf8), text.prefix(7).lowercased() == "article" else {
            return nil
        }
        let folded = Folding.fold(text)
        let (body, groups) = ParenthesisedMentions.split(folded)
        // `Article 9 – (Non modifié)`: a dash may stand between the label and the status.
        var words = body.trimming(" -").split(separator: " ").map(String.init)
        guard let first = words.first, ["article", "articles"].contains(first.lowercased()) else { return nil }
        words.removeFirst()
        if let last = words.last, last.hasSuffix(".") { words[words.count - 1] = String(last.dropLast()) }
        guard let (labels, isRange) = parseLabelList(words) else { return nil }
        var heading = ArticleHeading(
            labels: labels, nouveau: false, status: .none, mentions: [], unexpandedRange: false)
        for group in groups {
            if ["nouveau", "nouvelle", "nouveaux", "nouvelles"].contains(Folding.key(group)) {
                heading.nouveau = true
            } else if let status = StatusLine.status(of: group) {
                heading.status = status
            } else {
                heading.mentions.append("(\(group))")
            }
        }
        if isRange {
            if let expanded = expandRange(labels[0], labels[1]) {
                heading.labels = expanded
            } else {
                heading.labels = ["\(labels[0]) à \(labels[1])"]
                heading.unexpandedRange = true
            }
        }
        return heading
    }

    /// A heading element's line that may carry the article's title after a colon, as the budget bills
    /// print it: `Article 1 : Autorisation de percevoir les impôts existants`, `Article liminaire :`.
    /// Returns the heading and the title (nil when the colon ends the line). Only for `<h1>`…`<h6>`
    /// text: in paragraphs, "Article 1er : …" lines are the exposé's or a summary's, not headings.
    static func parse(titled text: String) -> (heading: ArticleHeading, title: String?)? {
        if let heading = parse(text) { return (heading, nil) }
        guard text.utf8.count < 400, startsWithArticle(text.utf8), let colon = text.firstIndex(of: ":"),
            let heading = parse(String(text[..<colon]).trimmingSpaces())
        else { return nil }
        let title = String(text[text.index(after: colon)...]).trimmingSpaces()
        return (heading, title.isEmpty ? nil : title)
    }

    /// True when the bytes begin with `article` in any ASCII case.
    private static func startsWithArticle(_ bytes: String.UTF8View) -> Bool {
        var index = bytes.startIndex
        for expected in "article".utf8 {
            guard index != bytes.endIndex, bytes[index] | 0x20 == expected else { return false }
            index = bytes.index(after: index)
        }
        return true
    }

    /// Splits `7 bis A, 7 ter et 8` into labels; returns the two ends for `19 à 24`.
    private static func parseLabelList(_ words: [String]) -> ([String], Bool)? {
        var labels: [String] = []
        var current: [String] = []
        var isRange = false
        func close() -> Bool {
            guard let label = label(of: current) else { return false }
            labels.append(label)
            current = []
            return true
        }
        for var word in words {
            let endsWithComma = word.hasSuffix(",")
            if endsWithComma { word.removeLast() }
            if word == "et" || word == "à" {
                if word == "à" { isRange = true }
                guard close() else { return nil }
            } else if !word.isEmpty {
                current.append(word)
            }
            if endsWithComma { guard close() else { return nil } }
        }
        guard close() else { return nil }
        if isRange && labels.count != 2 { return nil }
        return (labels, isRange)
    }

    /// A label is a base number (`7`, `1er`, `premier`, `liminaire`, `unique`) then Latin ordinals
    /// and short capital letters: `7 bis A`, `1er GBA`, `55 unvicies A`.
    static func label(of words: [String]) -> String? {
        guard var base = words.first else { return nil }
        var rest = words.dropFirst()
        if Int(base) != nil, rest.first == "er" {  // "1 er" when <sup> was spaced out
            base += "er"
            rest = rest.dropFirst()
        }
        let baseKey = Folding.key(base)
        guard Int(base) != nil || ["1er", "premier", "liminaire", "unique", "preliminaire"].contains(baseKey) else {
            return nil
        }
        for word in rest {
            let isLatin = ArticleNumber.latinRank(Folding.key(word)) != nil
            let isLetters = word.count <= 3 && word.allSatisfy { $0.isUppercase && $0.isLetter }
            guard isLatin || isLetters else { return nil }
        }
        return ([base] + rest).joined(separator: " ")
    }

    /// Lists the articles of `19 à 24` (plain numbers) or `34 bis A à 34 bis D` (letters after a
    /// shared prefix); nil when the members cannot be known from the ends alone.
    static func expandRange(_ from: String, _ to: String) -> [String]? {
        let start = from.split(separator: " ").map(String.init)
        let end = to.split(separator: " ").map(String.init)
        if start.count == 1, end.count == 1, let low = Int(start[0].replacing("er", with: "")),
            let high = Int(end[0]), low < high, high - low < 100
        {
            return (low...high).map { $0 == 1 && start[0] == "1er" ? "1er" : String($0) }
        }
        guard start.count == end.count, start.count >= 2, start.dropLast() == end.dropLast(),
            let low = start.last?.unicodeScalars.first, let high = end.last?.unicodeScalars.first,
            start.last?.count == 1, end.last?.count == 1, low.properties.isUppercase, low.value < high.value,
            high.value - low.value < 26
        else { return nil }
        let prefix = start.dropLast().joined(separator: " ")
        return (low.value...high.value).map { "\(prefix) \(Character(Unicode.Scalar($0)!))" }
    }
}

/// Parenthesised groups at the end of a line: `Article 4 bis (nouveau) (Supprimé)`.
enum ParenthesisedMentions {
    /// Returns the text before the trailing groups and the groups' contents, in order.
    static func split(_ text: String) -> (body: String, groups: [String]) {
        var body = Substring(text).trimming(" ")
        var groups: [String] = []
        while body.hasSuffix(")"), let open = body.lastIndex(of: "(") {
            let inside = body[body.index(after: open)..<body.index(before: body.endIndex)]
            guard !inside.contains("(") else { break }
            groups.insert(String(inside).trimming(" "), at: 0)
            body = String(body[..<open]).trimming(" ")
        }
        return (body, groups)
    }
}

/// The status lines printed under an article heading, and the parts of them the model does not name.
enum StatusLine {
    /// `Supprimé`, `Non modifiés`, `Conforme`, and the Sénat's `Suppression conforme` / `Suppression
    /// maintenue` (the article stays deleted: `.supprime`).
    static func status(of word: String) -> ArticleStatus? {
        let key = Folding.key(word).trimming(" .")
        if key == "suppression conforme" || key == "suppression maintenue" { return .supprime }
        guard let status = ArticleStatus(statusWord: key), status != .none else { return nil }
        return status
    }

    /// A whole line that is only a status: `(Supprimé)`, `Conforme`, `(Suppression maintenue)`.
    static func parse(_ text: String) -> ArticleStatus? {
        let folded = Folding.fold(text).trimming(" .")
        guard folded.count <= 40 else { return nil }
        if folded.hasPrefix("("), folded.hasSuffix(")") {
            return status(of: String(folded.dropFirst().dropLast()))
        }
        return status(of: folded)
    }

    /// A whole line in parentheses that is not a status: `(Pour coordination)`.
    static func isMention(_ text: String) -> Bool {
        let folded = Folding.fold(text)
        return folded.count <= 80 && folded.hasPrefix("(") && folded.hasSuffix(")")
            && folded.dropFirst().dropLast().allSatisfy { $0 != "(" && $0 != ")" }
    }
}
