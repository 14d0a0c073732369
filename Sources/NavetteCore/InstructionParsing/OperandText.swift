/// The text an amendment quotes, without the amendment's own quoting.
///
/// The Assemblée quotes everything (`« les mots »`, each inserted alinéa opening with « and the last
/// one closing with »); the Sénat often gives words and alinéas bare. Quotes that belong to the text
/// (a code article quoted inside the bill, `l'agrément « qualité »`) are kept.
enum OperandText {
    /// Quoted words: `« de deux »,` → `de deux`; a bare paragraph stays as it is.
    static func words(_ paragraphs: [String]) -> String {
        let text = (paragraphs.joined(separator: " ")).trimmingSpaces()
        if text.first == "\"" || text.first == "“" { return withoutStraightQuotes(text) }
        guard text.first == "«" else { return text }
        guard let close = closingQuote(of: text) else {
            // `« 4° bis … les mots : « Sans préjudice, ».`: one » closes both quotes.
            return (withoutFinalPunctuation(text).dropFirst()).trimmingSpaces()
        }
        let after = text[text.index(after: close)...]
        guard after.allSatisfy({ ".,;:".contains($0) || $0.unicodeScalars.allSatisfy(Folding.isSpace) }) else {
            return text
        }
        return (text[text.index(after: text.startIndex)..<close]).trimmingSpaces()
    }

    /// Alinéas to write, without the amendment's quoting: when the first paragraph opens with «,
    /// each paragraph loses its opening « and the last one its closing » (and the period after it).
    static func alineas(_ paragraphs: [String]) -> [String] {
        var result = paragraphs.map { $0.trimmingSpaces() }.filter {
            !$0.isEmpty && !InstructionShape.isRemainderMark($0)
        }
        guard let first = result.first, first.hasPrefix("«") else { return result }
        if result.count == 1 {
            return [words(result)]
        }
        // A paragraph announcing text (`Le quatrième alinéa est ainsi rédigé :`) is followed by text
        // the bill itself quotes: those paragraphs keep their «, and the last one its ».
        var announced = false
        result = result.map { paragraph in
            let unquoted = paragraph.hasPrefix("«") ? paragraph.dropFirst().trimmingSpaces() : paragraph
            defer { announced = announced || announcing.matches(Folding.key(unquoted)) }
            return announced ? paragraph : unquoted
        }
        if let last = result.last {
            result[result.count - 1] =
                !announced || !last.hasPrefix("«") ? withoutClosingQuote(last) : withoutFinalPunctuation(last)
        }
        return result
    }

    /// `… du II. ».` → `… du II. »`: the period after the last » is the dispositif's.
    static func withoutFinalPunctuation(_ text: String) -> String {
        var result = text.trimmingSpaces()
        guard let close = result.lastIndex(of: "»") else { return result }
        let after = result[result.index(after: close)...]
        if after.allSatisfy({ ".,;:".contains($0) || $0.unicodeScalars.allSatisfy(Folding.isSpace) }) {
            result = String(result[...close])
        }
        return result
    }

    private static let announcing = Pattern(
        #"\b(?:ainsi redigee?s?|suivante?s?|sont inseres|est insere|est ajoute|sont ajoutes)\s*:\s*$"#)

    /// `" sans fil à internet",` → `sans fil à internet`, when the quotes wrap the whole paragraph.
    private static func withoutStraightQuotes(_ text: String) -> String {
        var body = Substring(text).dropFirst()
        while let last = body.last, ".,;:".contains(last) || last.unicodeScalars.allSatisfy(Folding.isSpace) {
            body = body.dropLast()
        }
        guard let close = body.last, close == "\"" || close == "”", !body.dropLast().contains("\"") else { return text }
        return body.dropLast().trimmingSpaces()
    }

    /// Drops a final » that closes nothing opened in the paragraph, and the punctuation after it.
    static func withoutClosingQuote(_ paragraph: String) -> String {
        let opens = paragraph.filter { $0 == "«" }.count
        let closes = paragraph.filter { $0 == "»" }.count
        guard closes > opens, let close = paragraph.lastIndex(of: "»") else { return paragraph }
        let after = paragraph[paragraph.index(after: close)...]
        guard after.allSatisfy({ ".,;:".contains($0) || $0.unicodeScalars.allSatisfy(Folding.isSpace) }) else {
            return paragraph
        }
        return (String(paragraph[..<close])).trimmingSpaces()
    }

    /// True when the text ends with `(le reste sans changement)`, in its last paragraph or on its own.
    static func givesOnlyAPart(_ paragraphs: [String]) -> Bool {
        guard let last = paragraphs.last(where: { !$0.trimmingSpaces().isEmpty }) else { return false }
        return Folding.key(last).contains("(le reste sans changement")
    }

    /// `Lorsque plusieurs référendums sont organisés…(le reste sans changement)` → the new beginning.
    static func withoutRemainderMark(_ text: String) -> String {
        var result = text
        if let open = text.indices.first(where: {
            text[$0] == "(" && Folding.key(String(text[$0...])).hasPrefix("(le reste sans changement")
        }) {
            result = String(text[..<open])
        }
        result = result.trimmingSpaces()
        while let last = result.last, last == "…" || last == "." || last.unicodeScalars.allSatisfy(Folding.isSpace) {
            result.removeLast()
        }
        return result.trimmingSpaces()
    }

    /// The » that balances the « at the start of `text`.
    private static func closingQuote(of text: String) -> String.Index? {
        var depth = 0
        for index in text.indices {
            if text[index] == "«" { depth += 1 }
            if text[index] == "»" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }
}
