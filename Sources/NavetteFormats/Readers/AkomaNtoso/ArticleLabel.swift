import NavetteCore

/// Article labels as printed in a number element: `Art. 1.` -> `1`, `SEC. 3 .` -> `3`,
/// `Section 2` -> `2`, `Article 7 bis A (nouveau)` -> `7 bis A` with the flag `nouveau`.
enum ArticleLabel {
    /// Words that introduce the number, in the languages met in Akoma Ntoso and bill texts.
    private static let leadingWords: Set<String> = [
        "article", "articles", "art", "art.", "articolo", "artículo", "artigo", "artikel", "section", "sec",
        "sec.", "sect.", "§",
    ]

    static func parse(_ printed: String) -> (label: String, flags: Set<ArticleFlag>) {
        var flags: Set<ArticleFlag> = []
        var words = TextAccumulator.collapse(printed).split(separator: " ").map(String.init)
        words.removeAll { word in
            let lower = word.lowercased()
            guard lower == "(nouveau)" || lower == "(nouvelle)" else { return false }
            flags.insert(.nouveau)
            return true
        }
        if words.count > 1, leadingWords.contains(words[0].lowercased()) { words.removeFirst() }
        // `Art.1` glued, `§1`.
        if words.count == 1, let glued = splitGlued(words[0]) { words = [glued] }
        var label = words.joined(separator: " ")
        while let last = label.last, last == "." || last == " " || last == "-" || last == "–" || last == ":" {
            label.removeLast()
        }
        return (label, flags)
    }

    private static func splitGlued(_ word: String) -> String? {
        for prefix in ["Art.", "art.", "ART.", "§"] where word.hasPrefix(prefix) && word.count > prefix.count {
            return String(word.dropFirst(prefix.count))
        }
        return nil
    }

    /// True for a short paragraph that is only an article designation (`Art. 4 .`, `Articolo 2`).
    static func isDesignation(_ text: String) -> Bool {
        guard text.dropFirst(40).isEmpty else { return false }  // at most 40 characters, counted only that far
        let words = text.split(separator: " ")
        guard let first = words.first, words.count >= 2 || first.count > 4 else { return false }
        let lead = first.lowercased()
        guard lead == "art." || lead == "articolo" || lead == "article" || lead.hasPrefix("art.") else {
            return false
        }
        let rest = parse(text).label
        return rest.first?.isNumber == true || rest.lowercased().hasPrefix("unico") || rest.lowercased() == "premier"
    }
}
