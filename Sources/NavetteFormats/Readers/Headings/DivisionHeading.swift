import NavetteCore

/// A division designation line: `TITRE Ier`, `Chapitre II bis`, `Section 1`, `Sous-section 2`,
/// `PREMIÈRE PARTIE`, `LIVRE II`, possibly followed on the same line by its heading
/// (`TITRE II – DISPOSITIONS FINALES`). Budget bills also use unnamed levels, centered
/// `I. - IMPÔTS ET RESSOURCES AUTORISÉS` and `A. - Mesures fiscales` (kind `.other`).
///
/// A quoted line (`« Chapitre II`) is text that an article inserts in a code, never a division.
struct DivisionHeading: Sendable, Hashable {
    var kind: Division.Kind
    /// The designation as printed: `TITRE Ier`, `DEUXIÈME PARTIE`, `I.`.
    var label: String
    /// The heading printed on the same line, if any.
    var heading: String?
    /// Nesting rank: a division closes every open division of the same or a higher rank.
    var rank: Int

    private static let keywords: [(String, Division.Kind, Int)] = [
        ("livre", .livre, 1), ("titre", .titre, 2), ("chapitre", .chapitre, 3), ("section", .section, 4),
        ("sous-section", .sousSection, 5), ("paragraphe", .paragraphe, 6),
    ]

    private static let starters = Set(keywords.map(\.0)).union(["partie"])

    /// Parses a block's text; nil when it is not a division designation.
    static func parse(_ text: String, centered: Bool) -> DivisionHeading? {
        guard text.utf8.count < 600 else { return nil }
        let firstWord = Folding.key(String(text.prefix { !$0.isWhitespace }))
        guard centered || starters.contains(firstWord) || FrenchNumbers.rank(ofOrdinal: firstWord) != nil else {
            return nil
        }
        let words = text.split(whereSeparator: { Folding.isSpace($0.unicodeScalars.first!) }).map(String.init)
        guard words.count >= 2, words.count <= 40 else { return nil }
        let first = Folding.key(words[0])
        if FrenchNumbers.rank(ofOrdinal: first) != nil, Folding.key(words[1]).trimming(" :.") == "partie" {
            return make(.partie, rank: 0, words: words, labelCount: 2)
        }
        if first == "partie", isNumber(words[1]) {
            return make(.partie, rank: 0, words: words, labelCount: 2 + suffixCount(words.dropFirst(2)))
        }
        for (keyword, kind, rank) in keywords where first == keyword {
            guard isNumber(words[1].trimming(":.")) else { return nil }
            let division = make(kind, rank: rank, words: words, labelCount: 2 + suffixCount(words.dropFirst(2)))
            // "Section 2 du chapitre III est abrogée." is a sentence of an article, not a heading.
            if let heading = division.heading, heading.first?.isLowercase == true, text.hasSuffix(".") { return nil }
            return division
        }
        return centered ? budgetLevel(text) : nil
    }

    /// `I. - IMPÔTS…` (rank 7), `A. - Mesures…` (rank 8), `1. - …` (rank 9), centered only.
    private static func budgetLevel(_ text: String) -> DivisionHeading? {
        guard holdsDashBytes(text), let dash = text.firstIndex(where: { "-–—".contains($0) }) else { return nil }
        let designation = String(text[..<dash]).trimmingSpaces().trimming(". ")
        let heading = String(text[text.index(after: dash)...]).trimmingSpaces()
        guard !designation.isEmpty, designation.count <= 6, !heading.isEmpty, !heading.hasPrefix("("),
            Alinea.detectPlaceholder(in: text) == nil
        else { return nil }
        let rank: Int
        if designation.allSatisfy(\.isNumber) {
            rank = 9
        } else if designation.allSatisfy({ "IVXLC".contains($0) })
            && (designation.count > 1 || "IVX".contains(designation))
        {
            rank = 7
        } else if designation.count == 1, designation.first!.isASCII, designation.first!.isUppercase {
            rank = 8
        } else {
            return nil
        }
        return DivisionHeading(kind: .other, label: designation + ".", heading: heading, rank: rank)
    }

    /// Whether the UTF-8 of `text` holds `-`, `–` or `—`: a character equal to one of them holds its
    /// bytes, so without them the search by characters (which walks the whole line) finds nothing.
    static func holdsDashBytes(_ text: String) -> Bool {
        var (beforePrevious, previous): (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x2D || (beforePrevious == 0xE2 && previous == 0x80 && (byte == 0x93 || byte == 0x94)) {
                return true
            }
            (beforePrevious, previous) = (previous, byte)
        }
        return false
    }

    private static func make(_ kind: Division.Kind, rank: Int, words: [String], labelCount: Int) -> DivisionHeading {
        var label = words.prefix(labelCount).joined(separator: " ")
        var rest = words.dropFirst(labelCount).joined(separator: " ")
        label = label.trimming(" :.")
        rest = rest.trimming(" :.-–—")
        return DivisionHeading(kind: kind, label: label, heading: rest.isEmpty ? nil : rest, rank: rank)
    }

    /// `Ier`, `II`, `1`, `1er`, `préliminaire`, `unique`: what follows a division keyword.
    private static func isNumber(_ word: String) -> Bool {
        let key = Folding.key(word)
        if ["preliminaire", "unique", "premier", "liminaire"].contains(key) { return true }
        var core = Substring(key)
        if core.hasSuffix("er") { core = core.dropLast(2) }
        guard !core.isEmpty else { return false }
        return core.allSatisfy(\.isNumber) || core.allSatisfy { "ivxlc".contains($0) }
    }

    /// How many words after the number belong to the designation (`bis`, `A`).
    private static func suffixCount(_ words: ArraySlice<String>) -> Int {
        var count = 0
        for word in words {
            let isLatin = ArticleNumber.latinRank(Folding.key(word)) != nil
            let isLetter = word.count == 1 && word.first!.isASCII && word.first!.isUppercase
            guard isLatin || isLetter else { break }
            count += 1
        }
        return count
    }
}
