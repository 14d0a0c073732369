/// Reads where an instruction applies: `à la deuxième phrase de l'alinéa 3`, `au A du II de cet
/// article`, `le dernier alinéa du texte proposé`, `Alinéas 15 à 19`.
///
/// Works on the instruction's own words (its quoted operands removed), in two forms: `Folding.key`
/// for the wording, `Folding.fold` (case kept) for division designations such as `II` or `A`.
enum TargetParser {
    static func parse(key: String, folded: String) -> EditTarget {
        var target = EditTarget()
        target.alineas = alineaNumbers(key) + ordinalAlineas(key)
        target.phrases = phrases(key)
        // `Alinéas 24, seconde phrase, 37 et 38`: the phrase is the first alinéa's only.
        if target.alineas.count > 1,
            numbered.allMatches(in: key).contains(where: { $0[1]?.contains("phrase") ?? false })
        {
            target.phrases = []
        }
        target.parts = parts(folded)
        target.quotedText = quotedText.matches(key)
        if atStart.matches(key) {
            target.anchor = .start
        } else if atEnd.matches(key) {
            target.anchor = .end
        }
        if let match = amendment.firstMatch(in: folded), let number = match[1] {
            target.amendment = number
        }
        return target
    }

    // MARK: Alinéas

    private static let numbered = Pattern(
        #"\balineas?\s+(?:n°\s*)?([0-9]+(?:\s*(?:,|et|a|à)\s*(?:(?:"# + InstructionShape.ordinalWords
            + #")\s+phrase\s*,?\s*)?[0-9]+)*)"#)
    private static let numberedOrdinal = Pattern(#"\b([0-9]+)\s*(?:e|eme|ieme|er)\s+alinea\b"#)
    private static let number = Pattern(#"[0-9]+|\ba\b|à"#)

    /// `alinéa 5` → [5]; `alinéas 15 à 19` → 15…19; `alinéas 2 et 4` → [2, 4]; `9ème alinéa` → [9].
    static func alineaNumbers(_ key: String) -> [AlineaReference] {
        var numbers: [Int] = []
        for match in numbered.allMatches(in: key) {
            guard let list = match[1] else { continue }
            var pendingRange = false
            for token in number.allMatches(in: list).compactMap({ $0[0] }) {
                if token == "a" || token == "à" {
                    pendingRange = true
                } else if let value = Int(token) {
                    if pendingRange, let last = numbers.last, value > last, value - last < 200 {
                        numbers += (last + 1)...value
                    } else {
                        numbers.append(value)
                    }
                    pendingRange = false
                }
            }
        }
        for match in numberedOrdinal.allMatches(in: key) {
            if let value = match[1].flatMap({ Int($0) }) { numbers.append(value) }
        }
        var seen = Set<Int>()
        return numbers.filter { seen.insert($0).inserted }.map(AlineaReference.number)
    }

    private static let ordinalAlinea = Pattern(
        #"\b((?:"# + InstructionShape.ordinalWords + #")(?:\s*(?:,|et)\s*(?:"# + InstructionShape.ordinalWords
            + #"))*)\s+alineas?\b"#)
    private static let ordinalWord = Pattern(#"(?:avant-)?[a-z]+"#)
    private static let countedOrdinals = Pattern(
        #"\b(?:les|des|aux)\s+([a-z]+)\s+(premiers|derniers)\s+alineas\b"#)

    /// `le deuxième alinéa`, `aux premier et deuxième alinéas`, `les deux derniers alinéas`.
    static func ordinalAlineas(_ key: String) -> [AlineaReference] {
        if let match = countedOrdinals.firstMatch(in: key), let count = match[1].flatMap(FrenchNumbers.cardinal),
            let which = match[2]
        {
            let ranks = which == "premiers" ? (1...count).map(Ordinal.first) : (1...count).reversed().map(Ordinal.last)
            return ranks.map(AlineaReference.ordinal)
        }
        return ordinals(in: ordinalAlinea, key).map(AlineaReference.ordinal)
    }

    private static func ordinals(in pattern: Pattern, _ key: String) -> [Ordinal] {
        var result: [Ordinal] = []
        for match in pattern.allMatches(in: key) {
            guard let list = match[1] else { continue }
            for word in ordinalWord.allMatches(in: list).compactMap({ $0[0] }) where word != "et" {
                if let ordinal = FrenchNumbers.ordinal(word) { result.append(ordinal) }
            }
        }
        return result
    }

    // MARK: Phrases

    private static let phrase = Pattern(
        #"\b((?:"# + InstructionShape.ordinalWords + #")(?:\s*(?:,|et)\s*(?:"# + InstructionShape.ordinalWords
            + #"))*)\s+phrases?\b"#)

    static func phrases(_ key: String) -> [Ordinal] { ordinals(in: phrase, key) }

    // MARK: Divisions

    private static let designation =
        #"(?:[IVXL]+(?:\s+(?:"# + Latin.pattern
        + #"))?(?:\s+[A-Z](?:\s+bis)?)?|[A-H](?:\s+(?:bis|ter))?|[0-9]+\s*°(?:\s*(?:bis|ter|quater))?|[a-z]\)|[a-z](?=\s+du\s+[0-9]+\s*°))"#
    private static let division = Pattern(
        #"\b(?:du|au|le|aux|les|de l'|a l'|à l')\s+("# + designation + #"(?:\s+(?:du|de l')\s+"# + designation
            + #")*)(?=\s+de cet article|\s+du present article|\s+du présent article|\s*[,:.;(]|\s+(?:est|sont|par|apres|après|avant|ainsi|dans|inserer|insérer|rediger|rédiger|supprimer)\b|\s*$)"#
    )
    private static let link = Pattern(#"\s+(?:du|de l')\s+"#)

    /// `le A du II` → ["II", "A"]; `au a du 2° du I` → ["I", "2°", "a)"].
    static func parts(_ folded: String) -> [String] {
        guard let match = division.firstMatch(in: folded), let chain = match[1] else { return [] }
        return link.split(chain).reversed().map(normalizeDesignation)
    }

    /// `2 °` → `2°`, `a` → `a)`, collapses spaces.
    static func normalizeDesignation(_ designation: String) -> String {
        var text = designation.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        text = text.replacing(" °", with: "°")
        if text.count == 1, let letter = text.first, letter.isLowercase { text += ")" }
        return text
    }

    // MARK: Other marks

    private static let quotedText = Pattern(#"\btexte propose\b|\bmeme texte\b"#)
    private static let atStart = Pattern(#"\bau debut\s+(?:de|du|des)\b"#)
    private static let atEnd = Pattern(#"\ba la fin\s+(?:de|du|des)\b|\bin fine\b"#)
    private static let amendment = Pattern(
        #"(?i)\bamendement\s+(?:n°\s*)?([0-9]+(?:\s*rect(?:ifié|ifie)?\.?(?:\s+(?:bis|ter))?)?)"#)
}
