/// Recognisers for the shapes of dispositif paragraphs, on `Folding.key` text.
enum InstructionShape {
    /// Imperative verbs of the dispositifs (accents stripped).
    static let verbs =
        "supprimer|inserer|rediger|remplacer|substituer|completer|ajouter|retablir|proceder|modifier|abroger"
    /// What quoted words are called: `les mots`, `la référence`, `le taux`, `le signe de ponctuation`.
    static let nouns =
        "mots?|references?|dates?|taux|nombres?|montants?|annees?|chiffres?|sommes?|ponctuation|pourcentages?|"
        + "termes?|expressions?|mentions?|caracteres?|lettres?|signes?|seuils?|durees?|delais?|pourcentage"
    static let ordinalWords =
        "premiere|premier|seconde|second|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|"
        + "neuvieme|dixieme|derniere|dernier|avant-derniere|avant-dernier"

    static let wordsNoun = Pattern(#"(?:^|[\s'])(?:"# + nouns + #")(?:\s+suivante?s?)?$"#)
    static let writingVerb = Pattern(
        #"\b(?:rediger|retablir|inserer|ajouter|completer|remplacer|substituer|(?:est|sont)\s+(?:completee?|inseree?|ajoutee?|remplacee?)s?)\b"#
    )
    static let alineasWithoutColon = Pattern(
        #"(?:redige|rediges|redigee|redigees|suivants?|suivantes?|cet alinea|cet article|ce paragraphe|ces alineas|redaction suivante|texte suivant|comme suit)$"#
    )
    static let singleParagraphObject = Pattern(
        #"(?:une phrase ainsi redigee|la phrase suivante|phrases ainsi redigees|les phrases suivantes)$"#)

    private static let alineaHeader = Pattern(#"^alineas?\s+[0-9]"#)
    private static let insertionHeader = Pattern(#"^(?:apres|avant)\s+l'alinea\s+[0-9]+\s*[:.]?$"#)
    private static let phraseHeader = Pattern(
        #"^(?:(?:apres|avant)\s+la\s+)?(?:"# + ordinalWords + #")(?:\s*(?:,|et)\s*(?:"# + ordinalWords
            + #"))*\s+phrases?\s*[:.]?$"#)
    private static let amendmentHeader = Pattern(#"^(?:sous-)?amendement\b"#)
    private static let anyVerb = Pattern(#"\b(?:"# + verbs + #")\b"#)
    private static let leadingVerb = Pattern(#"^(?:en consequence,?\s*)?(?:"# + verbs + #")\b"#)
    private static let locatedVerb = Pattern(
        #"^(?:en consequence,?\s*|pour compenser[^,]{0,120},\s*)?(?:a|au|aux|dans|apres|avant|a la fin|au debut)\b[^.;]{0,220}?,\s*(?:en consequence,?\s*)?(?:"#
            + verbs + #")\b"#)
    /// `Dans la seconde phrase du second alinéa du I de cet article, après les mots :`
    private static let locatedAnchor = Pattern(
        #"^(?:en consequence,?\s*)?(?:a|au|aux|dans)\b[^.;]{0,220}?,\s*(?:apres|avant)\s+(?:la |le |les |l')?\s*(?:[a-z-]+\s+occurr?ences?\s+d[a-z']*\s*)?(?:"#
            + nouns + #")\s*:?$"#)
    private static let compensation = Pattern(#"^pour compenser\b[^.]{0,200},\s*(?:"# + verbs + #")\b"#)
    private static let anchorOnly = Pattern(
        #"^(?:apres|avant)\s+(?:la |le |les |l')?\s*(?:[a-z-]+\s+occurr?ences?\s+d[a-z']*\s*)?(?:"# + nouns
            + #")\s*:?$"#)
    private static let remainder = Pattern(#"^\(?\s*le reste sans changement\s*\)?\s*\.?$"#)

    static let alwaysContinues = Pattern(
        #"^(?:et|par)\s+(?:(?:deux|trois) fois\s+)?(?:les?\s|la\s|l'|apres\b|avant\b|substituer\b|remplacer\b|inserer\b|supprimer\b|aux?\s|a la\s)"#
    )
    static let continuesIncomplete = Pattern(
        #"^(?:les?\s|la\s|l'|inserer|ajouter|rediger ainsi la fin|rediger la fin|supprimer la fin|substituer|remplacer|a la place|(?:est|sont)\s+(?:remplacee?s?|substituee?s?|inseree?s?|ajoutee?s?|supprimee?s?)\b)"#
    )

    /// `Alinéa 17`, `Alinéas 5 et 6`, `Après l'alinéa 3`, `Deuxième phrase`, `Amendement n° 24`.
    static func isHeader(_ paragraph: String) -> Bool {
        let key = headerKey(paragraph)
        guard key.count < 140, !anyVerb.matches(key) else { return false }
        return alineaHeader.matches(key) || insertionHeader.matches(key) || phraseHeader.matches(key)
            || amendmentHeader.matches(key)
    }

    static func isPhraseHeader(_ paragraph: String) -> Bool {
        phraseHeader.matches(headerKey(paragraph))
    }

    private static let consequence = Pattern(#"^en consequence,?\s*"#)

    /// The key of a header, without `En conséquence,` (`II. – En conséquence, alinéa 7, première phrase`).
    private static func headerKey(_ paragraph: String) -> String {
        let key = (Folding.key(paragraph)).trimmingSpaces()
        guard let match = consequence.firstMatch(in: key), let prefix = match[0] else { return key }
        return String(key.dropFirst(prefix.count))
    }

    /// True for a paragraph that gives an instruction rather than text to write.
    static func isInstructionParagraph(_ paragraph: String) -> Bool {
        let (_, rest) = PartPrefix.split(paragraph)
        if let first = rest.first, "«\"“".contains(first) { return false }
        if isHeader(rest) { return true }
        let key = (Folding.key(rest)).trimmingSpaces()
        return leadingVerb.matches(key) || locatedVerb.matches(key) || anchorOnly.matches(key)
            || locatedAnchor.matches(key) || compensation.matches(key)
    }

    static func isRemainderMark(_ paragraph: String) -> Bool {
        remainder.matches((Folding.key(paragraph)).trimmingSpaces())
    }

    /// Whether a statement already has the operands its verb needs (`substituer aux mots « x »` still
    /// waits for `les mots « y »`; `après le mot « x »` still waits for its verb).
    static func isComplete(_ pieces: [Statement.Piece]) -> Bool {
        var verb: String?
        var operandsAfterVerb = 0
        var replacesWords = false
        for piece in pieces {
            switch piece {
            case .text(let text):
                let key = Folding.key(text)
                if let match = lastVerb.allMatches(in: key).last, let found = match[1] {
                    verb = found
                    operandsAfterVerb = 0
                    replacesWords =
                        (found == "substituer" || found == "remplacer")
                        && wordsNoun.matches(
                            key.trimming(" :,"))
                } else if anchorOnly.matches(key.trimmingSpaces().replacing(/^(?:,\s*)?et\s+/, with: "")) {
                    verb = nil  // `et après le mot :` opens a new edit that waits for its verb
                }
            case .operand:
                operandsAfterVerb += 1
            }
        }
        guard verb != nil else { return false }
        return operandsAfterVerb >= (replacesWords ? 2 : 1)
    }

    private static let lastVerb = Pattern(#"\b("# + verbs + #")\b"#)
}
