/// Picks a reading of a dossier by id, by unique part of its id, or as the last one having an article.
public enum ReadingChoice {
    public static func reading(in dossier: Dossier, id: String?, having label: String? = nil) throws -> Reading {
        if let id {
            if let exact = dossier.reading(id) { return exact }
            let matches = dossier.readings.filter { $0.id.contains(id) }
            if matches.count == 1 { return matches[0] }
            throw matches.isEmpty
                ? SelectionError.noReading(id: id, dossier: dossier.id, readings: dossier.readings.map(\.id))
                : SelectionError.ambiguousReading(id: id, matches: matches.map(\.id))
        }
        if let label, let last = dossier.readings.last(where: { $0.article(label) != nil }) { return last }
        guard let last = dossier.readings.last else { throw SelectionError.noReadingAtAll(dossier: dossier.id) }
        return last
    }

    /// The article of a reading with this label, or an error listing the first labels it has.
    public static func article(_ label: String, in reading: Reading) throws -> Article {
        guard let article = reading.article(label) else {
            throw SelectionError.articleNotInReading(
                label: label, reading: reading.id, labels: reading.articles.map(\.label))
        }
        return article
    }
}
