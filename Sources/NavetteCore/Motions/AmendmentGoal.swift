/// What an amendment tries to do, as far as a motion's demands are concerned: suppress the article,
/// move a date, or something else. Read from the dispositif, with the words that show it.
public enum AmendmentGoal: Sendable, Hashable {
    case suppression(evidence: String)
    /// Changes dates: those it removes and those it writes (ISO), e.g. 31 Dec 2024 -> 8 Sept 2024.
    case dateChange(removed: [String], written: [String], evidence: String)
    case other

    public static func classify(_ amendment: Amendment) -> AmendmentGoal { classify(dispositif: amendment.dispositif) }

    public static func classify(dispositif: String) -> AmendmentGoal {
        let lines = dispositif.split(whereSeparator: \.isNewline).map(String.init)
        let key = Folding.key(dispositif)
        if let line = lines.first(where: { Folding.key($0).hasPrefix("supprimer cet article") })
            ?? (key.hasPrefix("supprimer l'article") ? lines.first : nil)
        {
            return .suppression(evidence: "dispositif: « \(trimmed(line)) »")
        }
        // "substituer aux mots : « jusqu’au 30 juin 2025 » les mots : « du 1er juillet 2024 au … »":
        // dates in the first quotation are removed, dates in the second are written.
        let quotes = quotations(in: dispositif)
        var removed: [String] = []
        var written: [String] = []
        var evidence: [String] = []
        var index = 0
        while index + 1 < quotes.count {
            let old = FrenchDate.all(in: quotes[index]).map(\.iso)
            let new = FrenchDate.all(in: quotes[index + 1]).map(\.iso)
            if !old.isEmpty || !new.isEmpty {
                removed += old
                written += new
                evidence.append("« \(quotes[index]) » -> « \(quotes[index + 1]) »")
                index += 2
            } else {
                index += 1
            }
        }
        if !written.isEmpty || !removed.isEmpty {
            return .dateChange(
                removed: removed, written: written, evidence: "dispositif: " + evidence.joined(separator: "; "))
        }
        return .other
    }

    /// Texts between « and », trimmed, in the order they close (see `Quotations`).
    static func quotations(in text: String) -> [String] {
        Quotations.scan(text).map { trimmed($0.text) }
    }

    /// Spaces of any kind trimmed, and a trailing comma (`« 31 décembre 2024 »,`).
    static func trimmed(_ text: String) -> String {
        var result = text.trimmingSpaces()
        while result.hasSuffix(",") { result = result.dropLast().trimmingSpaces() }
        return result
    }
}
