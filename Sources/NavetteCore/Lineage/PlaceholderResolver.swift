/// Replaces the placeholders of an article by the earlier text they stand for.
///
/// Readings in navette do not reprint what they keep: a whole article reads `(Non modifié)` or
/// `Conforme`, a part of one reads `II. – (Non modifié)`, and runs of dots stand for unchanged
/// alinéas. The text is taken from the latest reading that wrote it out and marked as carried, so that
/// a comparison does not report it as a change.
public enum PlaceholderResolver {
    /// The alinéas with their placeholders replaced.
    public struct Resolution: Sendable, Hashable {
        public var alineas: [Alinea]
        /// Indexes in `alineas` of the alinéas taken from the earlier text.
        public var carried: [Int]
        /// Placeholders that could not be resolved (kept as printed), described for a diagnostic.
        public var unresolved: [String]
    }

    /// True when the alinéas hold a placeholder that stands for earlier text (a `(Supprimé)` part does not).
    public static func needsEarlierText(_ alineas: [Alinea]) -> Bool {
        alineas.contains { standsForEarlierText($0.placeholder) }
    }

    /// Resolves partial placeholders (`II. – (Non modifié)`) and dots runs against `earlier`, the
    /// article's text in the latest reading that wrote it out.
    public static func resolveParts(_ alineas: [Alinea], earlier: [Alinea]) -> Resolution {
        var result = Resolution(alineas: [], carried: [], unresolved: [])
        guard needsEarlierText(alineas) else {
            result.alineas = alineas
            return result
        }
        let tracksPosition = alineas.contains { $0.placeholder == .dots }
        var cursor = 0  // Position in `earlier` just after what the text has covered so far.
        func carry(_ range: Range<Int>) {
            result.carried += result.alineas.count..<(result.alineas.count + range.count)
            result.alineas += earlier[range]
            cursor = range.upperBound
        }
        for (index, alinea) in alineas.enumerated() {
            switch alinea.placeholder {
            case .partial(let part, let status) where status == .nonModifie || status == .conforme:
                if let range = PlaceholderParts.range(of: PlaceholderParts.designations(part), in: earlier) {
                    carry(range)
                } else {
                    result.alineas.append(alinea)
                    result.unresolved.append("part \(part) (\(status.rawValue)) not found in the earlier text")
                }
            case .dots:
                var end = earlier.count
                if let next = alineas[(index + 1)...].first(where: { $0.placeholder == nil }) {
                    guard let found = position(of: next, in: earlier, from: cursor) else {
                        result.alineas.append(alinea)
                        result.unresolved.append("dots before alinéa \(index + 2): its text is not in the earlier text")
                        continue
                    }
                    end = found
                }
                if cursor < end {
                    carry(cursor..<end)
                } else {
                    result.alineas.append(alinea)
                    result.unresolved.append("dots at alinéa \(index + 1) stand for no earlier alinéa")
                }
            default:
                result.alineas.append(alinea)
                if tracksPosition, alinea.placeholder == nil,
                    let found = position(of: alinea, in: earlier, from: cursor)
                {
                    cursor = found + 1
                }
            }
        }
        return result
    }

    static func standsForEarlierText(_ placeholder: Alinea.Placeholder?) -> Bool {
        switch placeholder {
        case .dots: return true
        case .partial(_, let status): return status == .nonModifie || status == .conforme
        case nil: return false
        }
    }

    /// Where `alinea` sits in `earlier` at or after `start`: the same folded text, else the same
    /// opening designation (`II.`, `3°`), else a clearly similar alinéa.
    static func position(of alinea: Alinea, in earlier: [Alinea], from start: Int) -> Int? {
        guard start < earlier.count else { return nil }
        let candidates = earlier.indices[start...]
        if let same = candidates.first(where: { earlier[$0].folded == alinea.folded }) { return same }
        if let opening = Designation(opening: alinea.folded),
            let same = candidates.first(where: { Designation(opening: earlier[$0].folded) == opening })
        {
            return same
        }
        let signature = TextSignature([alinea])
        var best: (index: Int, score: Double)? = nil
        for index in candidates {
            let score = signature.similarity(to: TextSignature([earlier[index]]))
            if score >= 0.5, score > (best?.score ?? 0) { best = (index, score) }
        }
        return best?.index
    }
}
