/// Chooses what to compare: two readings, or steps of a dossier, whole or for one article.
public enum DiffSelection {
    public static func files(_ old: Reading, _ new: Reading, article label: String?) throws -> ReadingComparison {
        guard let label else { return ReadingComparison(old: old, new: new) }
        let before = old.article(label)
        let after = new.article(label)
        guard before != nil || after != nil else {
            throw SelectionError.articleInNeither(label: label, old: old.id, new: new.id)
        }
        return ReadingComparison(from: old.id, to: new.id, articles: [ArticleDiff(old: before, new: after)])
    }

    public static func dossier(_ dossier: Dossier, article label: String?, from: String?, to: String?, all: Bool) throws
        -> [ReadingComparison]
    {
        guard dossier.readings.count >= 2 || (dossier.readings.count == 1 && all) else {
            throw SelectionError.tooFewReadings(dossier: dossier.id, count: dossier.readings.count)
        }
        var pairs: [(Int, Int)]
        if all {
            pairs = dossier.readings.indices.dropFirst().map { ($0 - 1, $0) }
        } else {
            let first = try from.map { try index(of: $0, in: dossier) } ?? 0
            let last = try to.map { try index(of: $0, in: dossier) } ?? dossier.readings.count - 1
            guard first != last else { throw SelectionError.sameReading }
            pairs = [(first, last)]
        }
        guard let label else {
            return pairs.map { ReadingComparison(old: dossier.readings[$0.0], new: dossier.readings[$0.1]) }
        }
        let steps = ArticleLookup.steps(of: label, in: dossier)
        guard steps.contains(where: { $0 != nil }) else {
            throw SelectionError.articleInNoReading(label: label, dossier: dossier.id)
        }
        var comparisons: [ReadingComparison] = []
        for (a, b) in pairs where steps[a] != nil || steps[b] != nil {
            comparisons.append(
                ReadingComparison(
                    from: dossier.readings[a].id, to: dossier.readings[b].id,
                    articles: [ArticleDiff(old: steps[a], new: steps[b])]))
        }
        return comparisons
    }

    private static func index(of id: String, in dossier: Dossier) throws -> Int {
        let reading = try ReadingChoice.reading(in: dossier, id: id)
        return dossier.readings.firstIndex { $0.id == reading.id }!
    }
}
