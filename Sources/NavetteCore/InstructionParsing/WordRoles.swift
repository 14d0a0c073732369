/// Word-level instructions, read operand by operand: the words just before each quoted operand say
/// what it is (`après le mot` an anchor, `substituer aux mots` what goes, `les mots` what comes,
/// `insérer les mots`, `supprimer les mots`, `rédiger ainsi la fin`). One sentence may hold several
/// edits: `substituer aux mots « a » les mots « b » et aux mots « c » les mots « d »`.
enum WordRoles {
    private static let nouns = "(?:" + InstructionShape.nouns + #")(?:\s+suivante?s?)?"#
    private static let anchor = Pattern(
        #"\b(apres|avant)\s+(?:(?:la|le|les|l')\s*)?(?:[a-z-]+\s+occurr?ences?\s+(?:du|des|de la|de l'|d')\s*)?(?:(?:la|le|les|l')\s*)?"#
            + nouns + #"(?:\s+et\s+(?:le|la|les)\s+"# + nouns + ")*$")
    private static let replace = Pattern(#"\b(?:substituer|remplacer)\b.*"# + nouns + "$")
    private static let again = Pattern(#"^(?:,\s*)?et\b.*"# + nouns + "$")
    private static let delete = Pattern(#"\bsupprimer\b.*"# + nouns + "$")
    private static let insert = Pattern(#"\b(?:inserer|ajouter)\b.*"# + nouns + "$")
    private static let complete = Pattern(#"\bcompleter\b.*\bpar\b"#)
    private static let rewriteEnd = Pattern(#"\b(?:rediger|retablir)\s+(?:ainsi|comme suit)\s+la fin\b"#)
    private static let deleteEnd = Pattern(#"\bsupprimer la fin\b"#)
    private static let rewrite = Pattern(#"\b(?:rediger|retablir)\b"#)
    // Passive forms: `le mot « x » est remplacé par le mot « y »`, `les mots « x » sont supprimés`,
    // `après le mot « x », sont insérés les mots « y »`, `est complété par les mots « y »`.
    private static let namesWords = Pattern(#"(?:^|[\s,:])(?:les?|la|l')\s*"# + nouns + "$")
    private static let passiveReplace = Pattern(#"^(?:,\s*)?(?:est|sont)\s+(?:remplacee?s?|substituee?s?)\s+par\b"#)
    private static let passiveDelete = Pattern(#"^(?:,\s*)?(?:est|sont)\s+supprimee?s?\b"#)
    private static let passiveInsert = Pattern(#"\b(?:est|sont)\s+(?:inseree?s?|ajoutee?s?)\b.*"# + nouns + "$")
    private static let passiveComplete = Pattern(#"\b(?:est|sont)\s+completee?s?\s+par\b"#)

    /// `par une phrase ainsi rédigée`: words added as a sentence of their own.
    /// `insérer une phrase ainsi rédigée`: a sentence added inside an alinéa.
    static let newSentence = Pattern(#"\b(?:une|deux|trois|la|les)\s+phrases?\s+(?:ainsi redigees?|suivantes?)$"#)
    static let sentence = Pattern(#"\bpar\s+(?:une|la|deux|trois|les)\s+(?:[a-z]+\s+)?phrases?\b"#)
    private static let rank = Pattern(
        #"\b(premiere|seconde|deuxieme|troisieme|quatrieme|derniere|avant-derniere)\s+occurr?ences?\b"#)
    private static let every = Pattern(
        #"\b(?:deux|trois|quatre) fois\b|\bchaque occurr?ence\b|\bchaque fois\b|\btoutes les occurr?ences\b"#)

    /// `passive`: whether passive forms count as instructions. Bill text is written that way too
    /// (`Au second alinéa, le mot « six » est remplacé…`), so they are read only in a statement that
    /// names its place the amendments' way (`alinéa 3`, `cet article`).
    static func operations(leads: [String], operands: [[String]], target: inout EditTarget, passive: Bool = false)
        -> [EditOperation]
    {
        var result: [EditOperation] = []
        var anchorWords: Words?
        var anchorSide = EditOperation.Side.after
        var anchorComma = false
        var pending: Words?
        for (index, operand) in operands.enumerated() {
            let lead = leads[index]
            let text = OperandText.words(operand)
            // `Après le mot : / hospitalisation, / insérer…`: the Sénat's bare anchor may end with the
            // dispositif's own comma (decided when the inserted words are known).
            let bareComma =
                operand.first.map { !QuoteShape.opens($0) } == true && text.hasSuffix(",")
                && !lead.contains("ponctuation")
            if let from = pending {
                result.append(.replaceWords(words: from, by: text))
                pending = nil
                continue
            }
            if anchorComma, var words = anchorWords, !insert.matches(lead) {
                words.text = words.text.dropLast().trimmingSpaces()
                anchorWords = words
                anchorComma = false
            }
            if rewriteEnd.matches(lead), let anchorWords {
                result.append(.rewriteEnd(after: anchorWords, text: text))
            } else if let match = anchor.firstMatch(in: lead) {
                anchorWords = Words(text, occurrence: occurrence(lead))
                anchorComma = bareComma
                anchorSide = match[1] == "avant" ? .before : .after
            } else if replace.matches(lead) || (again.matches(lead) && isReplacement(result.last)) {
                pending = Words(text, occurrence: occurrence(lead), after: anchorWords?.text)
                anchorWords = nil
            } else if passive, namesWords.matches(lead), index + 1 < leads.count,
                passiveReplace.matches(leads[index + 1])
            {
                pending = Words(text, occurrence: occurrence(lead), after: anchorWords?.text)
                anchorWords = nil
            } else if passive, namesWords.matches(lead), index + 1 < leads.count,
                passiveDelete.matches(leads[index + 1])
            {
                result.append(.deleteWords(words: Words(text, occurrence: occurrence(lead), after: anchorWords?.text)))
                anchorWords = nil
            } else if delete.matches(lead) || (again.matches(lead) && isDeletion(result.last)) {
                result.append(.deleteWords(words: Words(text, occurrence: occurrence(lead), after: anchorWords?.text)))
                anchorWords = nil
            } else if insert.matches(lead) || (passive && passiveInsert.matches(lead)) {
                if var anchorWords {
                    if case .every = occurrence(lead) { anchorWords.occurrence = .every }
                    // A bare anchor's comma belongs to the text when the inserted words end with one
                    // (`prise en charge,` + `les modalités…,`), to the dispositif otherwise.
                    if anchorComma, !text.hasSuffix(",") {
                        anchorWords.text = anchorWords.text.dropLast().trimmingSpaces()
                    }
                    result.append(.insertWords(text: text, side: anchorSide, anchor: anchorWords))
                } else if let position = target.anchor {
                    result.append(.addWords(text: text, at: position, sentence: false))
                } else {
                    return []
                }
            } else if complete.matches(lead) || (passive && passiveComplete.matches(lead)) {
                result.append(.addWords(text: text, at: .end, sentence: sentence.matches(lead)))
            } else if rewrite.matches(lead) {
                result.append(.rewrite(alineas: [text]))
            } else {
                return []
            }
        }
        if pending != nil { return [] }
        if let anchorWords, deleteEnd.matches(leads[leads.count - 1]) {
            result.append(.rewriteEnd(after: anchorWords, text: nil))
        }
        return result
    }

    private static func isReplacement(_ operation: EditOperation?) -> Bool {
        if case .replaceWords? = operation { return true }
        return false
    }

    private static func isDeletion(_ operation: EditOperation?) -> Bool {
        if case .deleteWords? = operation { return true }
        return false
    }

    /// `la deuxième occurrence du mot` → .rank(.first(2)); `(deux fois)` → .every.
    static func occurrence(_ lead: String) -> Words.Occurrence {
        if every.matches(lead) { return .every }
        if let match = rank.allMatches(in: lead).last, let word = match[1], let ordinal = FrenchNumbers.ordinal(word) {
            return .rank(ordinal)
        }
        return .unspecified
    }
}
