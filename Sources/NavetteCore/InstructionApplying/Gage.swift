/// The gage: the paragraph by which an amendment that costs public money compensates it (`La perte de
/// recettes résultant pour l'État du présent article est compensée, à due concurrence, par la création
/// d'une taxe additionnelle…`), required by article 40 of the Constitution for every such amendment.
///
/// It compensates what the whole article costs, so the article holds it once: a second adopted
/// amendment carrying the same gage (same words, whatever its number) does not add it again.
enum Gage {
    private static let shape = Pattern(
        #"^(?:la perte de recettes|la charge|les pertes de recettes|les charges)\b"#
            + #".{0,300}\b(?:est|sont) compensees?\b"#)

    /// True when every alinéa of `new` is a gage already in `lines`.
    static func isAlreadyIn(_ lines: [String], _ new: [String]) -> Bool {
        guard !new.isEmpty else { return false }
        let present = Set(lines.map(body))
        return new.allSatisfy { shape.matches(body($0)) && present.contains(body($0)) }
    }

    /// `IV. – `, `… – `, `...° `, `3° `: the designation an added paragraph opens with, or its placeholder.
    private static let head = Pattern(
        #"^(?:(?:\.{3}|…)\s*°?\s*(?:-\s*)?|[IVXL]+(?:\s+[a-z]+)?\s*\.?\s*-\s*|[A-Z]\s*\.?\s*-\s*|[0-9]+\s*°\s*)"#)

    /// The alinéa's words (letters and digits only) without its designation, folded: the same gage
    /// typed by two groups differs in apostrophes, commas and dashes.
    private static func body(_ text: String) -> String {
        let folded = Folding.fold(QuoteShape.unquoted(text))
        let rest = head.firstMatch(in: folded)?[0].map { String(folded.dropFirst($0.count)) } ?? folded
        return Folding.key(rest).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}
