/// Turns statements into edits, remembering what the previous statement aimed at and did
/// (`au même alinéa`, `En conséquence, procéder à la même substitution à l'alinéa 8`).
struct StatementInterpreter {
    private var lastTarget: EditTarget?
    private var lastWordOperations: [EditOperation] = []

    mutating func edits(for statement: Statement) -> [Edit] {
        let instruction = statement.source.joined(separator: "\n")
        // `Pour compenser la perte de recettes résultant du I, compléter cet article…`: the clause names
        // what costs money, not where to write (the gage goes where the verb's own words say).
        let said =
            ([statement.context]
            + statement.pieces.map { piece -> String in
                if case .text(let text) = piece { return text }
                return " # "
            }).joined(separator: " ")
        let words = Self.compensationClause.replacing(in: said) { _ in "" }
        let key = (Folding.key(words)).trimmingSpaces()
        var target = TargetParser.parse(key: key, folded: Folding.fold(words))
        inherit(into: &target, key: key)
        let operations = self.operations(statement, key: key, target: &target)
        lastTarget = target
        if operations.contains(where: Self.isWordLevel) { lastWordOperations = operations }
        if operations.isEmpty {
            return [Edit(target: target, operation: .unparsed(text: instruction), instruction: instruction)]
        }
        return operations.flatMap { operation in
            Self.expand(target, for: operation).map { Edit(target: $0, operation: operation, instruction: instruction) }
        }
    }

    private static let compensationClause = Pattern(#"\b[Pp]our compenser\b[^,#]{0,200},\s*"#)

    /// `au même alinéa`, `du même texte`, `cet alinéa` with no number: the previous target.
    private func inherit(into target: inout EditTarget, key: String) {
        guard let last = lastTarget else { return }
        if Self.sameAlinea.matches(key), target.alineas.isEmpty {
            target.alineas = last.alineas
            if target.parts.isEmpty { target.parts = last.parts }
        }
        if Self.sameText.matches(key), target.parts.isEmpty {
            target.parts = last.parts
            target.quotedText = target.quotedText || last.quotedText
        }
        if target.amendment == nil, last.amendment != nil, Self.thisAmendment.matches(key) {
            target.amendment = last.amendment
        }
    }

    private static let sameAlinea = Pattern(#"\b(?:meme|ce meme) alinea\b"#)
    private static let sameText = Pattern(#"\bmeme texte\b"#)
    private static let thisAmendment = Pattern(#"\bcet amendement\b"#)

    /// Word edits on several alinéas or phrases become one edit per alinéa and phrase, so that each
    /// reports its own result.
    private static func expand(_ target: EditTarget, for operation: EditOperation) -> [EditTarget] {
        guard isWordLevel(operation) else { return [target] }
        let alineas: [AlineaReference?] = target.alineas.isEmpty ? [nil] : target.alineas
        let phrases: [Ordinal?] = target.phrases.isEmpty ? [nil] : target.phrases
        var targets: [EditTarget] = []
        for alinea in alineas {
            for phrase in phrases {
                var single = target
                single.alineas = alinea.map { [$0] } ?? []
                single.phrases = phrase.map { [$0] } ?? []
                targets.append(single)
            }
        }
        return targets
    }

    static func isWordLevel(_ operation: EditOperation) -> Bool {
        switch operation {
        case .replaceWords, .deleteWords, .insertWords, .addWords, .rewriteEnd: return true
        default: return false
        }
    }

    // MARK: Operations

    private static let repeatPrevious = Pattern(
        #"\bproceder a la meme (?:substitution|insertion|suppression|modification|remplacement|coordination)"#)
    private static let deleteArticle = Pattern(#"\bsupprimer (?:cet|l')\s*article\b"#)
    private static let deleteVerb = Pattern(#"\bsupprimer\b(?! la fin)"#)
    private static let rewriteStart = Pattern(#"\b(?:rediger|retablir) (?:ainsi|comme suit) le debut\b"#)
    private static let rewriteVerb = Pattern(#"\b(?:rediger|retablir)\b(?! (?:ainsi|comme suit) la fin)"#)
    private static let replaceAlineas = Pattern(
        #"\b(?:remplacer|substituer)\b[^#]*?\b(?:alineas?|paragraphes?|cet article|ce paragraphe)\b"#)
    private static let amendmentPlace = Pattern(#"\balineas?\s+[0-9]|\bcet (?:article|alinea)\b"#)
    private static let insertVerb = Pattern(#"\b(?:inserer|ajouter)\b"#)
    private static let completeVerb = Pattern(#"\bcompleter\b"#)
    private static let completedPassive = Pattern(#"\best completee?\s+par\b"#)
    private static let before = Pattern(#"\bavant\b|\bau debut\b"#)

    private mutating func operations(_ statement: Statement, key: String, target: inout EditTarget) -> [EditOperation] {
        let operands = statement.operands
        if Self.repeatPrevious.matches(key) { return lastWordOperations }
        if operands.isEmpty {
            if Self.deleteArticle.matches(key) {
                target = EditTarget(amendment: target.amendment)
                return [.delete]
            }
            if Self.deleteVerb.matches(key), !target.isWholeArticle {
                return [.delete]
            }
            return []
        }
        let leads = Self.leadingTexts(statement)
        let passive = Self.amendmentPlace.matches(key)
        if InstructionShape.wordsNoun.matches(leads[0]) {
            return WordRoles.operations(leads: leads, operands: operands, target: &target, passive: passive)
        }
        let alineas = OperandText.alineas(operands.last ?? [])
        if Self.rewriteStart.matches(key), let text = alineas.first {
            return [.rewriteStart(text: OperandText.withoutRemainderMark(text))]
        }
        if Self.rewriteVerb.matches(key) || Self.replaceAlineas.matches(key) {
            // `Rédiger ainsi cet alinéa : « … » (Le reste sans changement)` gives only the start of the
            // alinéa: one new text rewrites its start; several (a table given row by row) cannot be
            // placed, and stay not understood rather than replace the whole alinéa.
            if OperandText.givesOnlyAPart(operands.last ?? []) {
                guard alineas.count == 1 else { return [] }
                return [.rewriteStart(text: OperandText.withoutRemainderMark(alineas[0]))]
            }
            return [.rewrite(alineas: alineas)]
        }
        if Self.completeVerb.matches(key) || (passive && Self.completedPassive.matches(key)) {
            if WordRoles.sentence.matches(leads[max(0, leads.count - 2)]) {
                return [.addWords(text: OperandText.words(operands.last ?? []), at: .end, sentence: true)]
            }
            return [.insertAlineas(alineas: alineas, side: .after)]
        }
        if Self.insertVerb.matches(key) {
            // `Après la deuxième phrase / Insérer une phrase ainsi rédigée :`
            if !target.phrases.isEmpty, WordRoles.newSentence.matches(leads[max(0, leads.count - 2)]) {
                let text = OperandText.words(operands.last ?? [])
                return [.addWords(text: text, at: Self.before.matches(key) ? .start : .end, sentence: true)]
            }
            return [.insertAlineas(alineas: alineas, side: Self.before.matches(key) ? .before : .after)]
        }
        return WordRoles.operations(leads: leads, operands: operands, target: &target, passive: passive)
    }

    /// The words before each operand (the context for the first), in key form, without the trailing
    /// colon; one more entry for the words after the last operand.
    static func leadingTexts(_ statement: Statement) -> [String] {
        var leads: [String] = []
        var current = statement.context
        for piece in statement.pieces {
            switch piece {
            case .text(let text):
                current += " " + text
            case .operand:
                leads.append((Folding.key(current)).trimmingSpaces().trimming(" :,"))
                current = ""
            }
        }
        leads.append((Folding.key(current)).trimmingSpaces().trimming(" :,."))
        return leads
    }
}
