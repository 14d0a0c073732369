/// One sentence of a dispositif: the instruction's words and the quoted operands they introduce,
/// with the header in force (`Alinéa 7`, `II. – Alinéa 3`, `Amendement n° 24`).
struct Statement: Sendable {
    enum Piece: Sendable {
        case text(String)
        /// Quoted words (one paragraph, quotes kept) or alinéas to write (several paragraphs).
        case operand([String])
    }

    var context: String
    var pieces: [Piece]
    var source: [String]
    /// Index of the statement's first paragraph in the dispositif.
    var start: Int

    var operands: [[String]] {
        pieces.compactMap { if case .operand(let paragraphs) = $0 { return paragraphs } else { return nil } }
    }
}

/// Cuts the paragraphs of a dispositif into statements.
///
/// Two layouts coexist. The Assemblée writes `À l'alinéa 2, substituer aux mots : « x » les mots :
/// « y ».`, inline or over four paragraphs; the Sénat writes a header (`Alinéa 17`), then
/// `Remplacer les mots :`, the words unquoted on their own paragraph, `par les mots :`, the words.
/// A paragraph ending with a colon takes the next paragraph (words) or the next ones up to the next
/// instruction (alinéas); a paragraph that continues the sentence (`les mots :`, `insérer les mots :`)
/// is joined to it.
enum DispositifSegmenter {
    static func statements(_ paragraphs: [String]) -> [Statement] {
        var statements: [Statement] = []
        var top = ""
        var sub = ""
        var index = 0
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            let (prefix, rest) = PartPrefix.split(paragraph)
            if let prefix {
                if prefix.isTopLevel { top = "" }
                sub = ""
            }
            if InstructionShape.isHeader(rest) {
                if InstructionShape.isPhraseHeader(rest) { sub = rest } else { top = rest }
                index += 1
                continue
            }
            var statement = Statement(
                context: [top, sub].filter { !$0.isEmpty }.joined(separator: ", "), pieces: inlinePieces(rest),
                source: [paragraph], start: index)
            index += 1
            while true {
                if let kind = expectedOperand(statement.pieces) {
                    let taken = takeOperand(kind, from: paragraphs, at: index)
                    if taken.isEmpty { break }
                    statement.pieces.append(.operand(taken))
                    statement.source += taken
                    index += taken.count
                    continue
                }
                if index < paragraphs.count, isContinuation(paragraphs[index], of: statement.pieces) {
                    statement.pieces += inlinePieces(paragraphs[index])
                    statement.source.append(paragraphs[index])
                    index += 1
                    continue
                }
                break
            }
            statements.append(statement)
        }
        return statements
    }

    /// Splits a paragraph into words and inline « quoted » operands (quotes kept, nesting respected).
    static func inlinePieces(_ paragraph: String) -> [Statement.Piece] {
        var pieces: [Statement.Piece] = []
        var text = ""
        var quoted = ""
        var depth = 0
        var straight = false
        for character in paragraph {
            // The Sénat's Ameli files quote words with straight quotes: `le mot : " wifi ".`
            if character == "\"" && (depth == 0 || straight) {
                if straight {
                    quoted.append(character)
                    pieces.append(.operand([quoted]))
                    quoted = ""
                    depth = 0
                } else {
                    if !text.isEmpty { pieces.append(.text(text)) }
                    text = ""
                    quoted = String(character)
                    depth = 1
                }
                straight.toggle()
                continue
            }
            if straight {
                quoted.append(character)
                continue
            }
            if character == "«" {
                if depth == 0 {
                    if !text.isEmpty { pieces.append(.text(text)) }
                    text = ""
                }
                depth += 1
                quoted.append(character)
            } else if character == "»" && depth > 0 {
                depth -= 1
                quoted.append(character)
                if depth == 0 {
                    pieces.append(.operand([quoted]))
                    quoted = ""
                }
            } else if depth > 0 {
                quoted.append(character)
            } else {
                text.append(character)
            }
        }
        if !quoted.isEmpty { pieces.append(.operand([quoted])) }
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    enum OperandKind {
        case words
        /// Alinéas: the paragraphs up to the next instruction.
        case alineas
    }

    /// What the statement waits for after its last words, if anything.
    static func expectedOperand(_ pieces: [Statement.Piece]) -> OperandKind? {
        guard case .text(let last)? = pieces.last else { return nil }
        let key = (Folding.key(last)).trimmingSpaces()
        let endsWithColon = key.hasSuffix(":")
        let bare = key.trimming(" :,")
        if InstructionShape.wordsNoun.matches(bare) {
            return .words
        }
        guard InstructionShape.writingVerb.matches(bare) else { return nil }
        if endsWithColon || InstructionShape.alineasWithoutColon.matches(bare) {
            if InstructionShape.singleParagraphObject.matches(bare) { return .words }
            return .alineas
        }
        return nil
    }

    private static func takeOperand(_ kind: OperandKind, from paragraphs: [String], at start: Int) -> [String] {
        guard start < paragraphs.count else { return [] }
        switch kind {
        case .words:
            let paragraph = paragraphs[start]
            if InstructionShape.isInstructionParagraph(paragraph) && !QuoteShape.opens(paragraph) { return [] }
            return [paragraph]
        case .alineas:
            var taken: [String] = []
            var index = start
            // Announced text has at least one paragraph, taken even if it reads like an instruction
            // (`6° compléter l'article L. 5312-11 d'une phrase ainsi rédigée :`); the count said
            // (`un alinéa ainsi rédigé`) is sometimes wrong, so it does not stop the next ones.
            while index < paragraphs.count {
                let paragraph = paragraphs[index]
                if !taken.isEmpty, InstructionShape.isInstructionParagraph(paragraph) { break }
                taken.append(paragraph)
                // `(Le reste sans changement)` ends the text: it stays with it (the interpreter reads it).
                if InstructionShape.isRemainderMark(paragraph) { break }
                index += 1
            }
            return taken
        }
    }

    /// `les mots :`, `par le mot :`, `insérer les mots :` after quoted words continue the sentence.
    private static func isContinuation(_ paragraph: String, of pieces: [Statement.Piece]) -> Bool {
        let (prefix, rest) = PartPrefix.split(paragraph)
        guard prefix == nil, !InstructionShape.isHeader(rest) else { return false }
        guard case .operand? = pieces.last else { return false }
        let key = Folding.key(rest)
        if InstructionShape.alwaysContinues.matches(key) { return true }
        return !InstructionShape.isComplete(pieces) && InstructionShape.continuesIncomplete.matches(key)
    }
}

/// The numbering that opens a paragraph of a dispositif: `I. –`, `II.-`, `A. –`, `1°`, `1°)`.
struct PartPrefix: Sendable, Equatable {
    var label: String
    var isTopLevel: Bool

    private static let roman = Pattern(
        #"^([IVXL]+(?:\s*(?:[A-Z]|bis|ter|quater))*)\s*\.?\s*-+\s*"#)
    private static let romanPeriod = Pattern(#"^([IVXL]+)\.\s+(?=\p{Lu})"#)
    private static let letter = Pattern(#"^([A-H])\s*\.?\s*-+\s*"#)
    private static let item = Pattern(#"^(\d+)\s*°\s*[.)]?\s*"#)
    private static let bullet = Pattern(#"^(-)\s+(?=\p{L})"#)

    /// The prefix, if any, and the paragraph without it (original text).
    static func split(_ paragraph: String) -> (PartPrefix?, String) {
        let folded = Folding.fold(paragraph)
        for (pattern, top) in [(roman, true), (romanPeriod, true), (letter, true), (item, false), (bullet, false)] {
            if let match = pattern.firstMatch(in: folded), let whole = match[0], let label = match[1] {
                let rest = dropFoldedPrefix(whole, from: paragraph)
                return (PartPrefix(label: label, isTopLevel: top), rest)
            }
        }
        return (nil, paragraph)
    }

    /// Removes from `original` the characters whose folded form is `foldedPrefix`.
    private static func dropFoldedPrefix(_ foldedPrefix: String, from original: String) -> String {
        let target = foldedPrefix.filter { !$0.isWhitespace }.count
        var seen = 0
        var index = original.startIndex
        while index < original.endIndex, seen < target {
            let character = original[index]
            if !character.unicodeScalars.allSatisfy(Folding.isSpace) { seen += Folding.fold(String(character)).count }
            index = original.index(after: index)
        }
        return (String(original[index...])).trimmingSpaces()
    }
}
