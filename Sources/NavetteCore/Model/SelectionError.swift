/// NavetteCore's one error: what was asked for (a reading, an article, a pair to compare) is not in
/// the dossier or the text. Each message is one line.
public enum SelectionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No reading has this id, nor a unique id containing it.
    case noReading(id: String, dossier: String, readings: [String])
    /// Several readings' ids contain it.
    case ambiguousReading(id: String, matches: [String])
    /// The dossier holds no reading at all.
    case noReadingAtAll(dossier: String)
    /// A comparison needs two readings.
    case tooFewReadings(dossier: String, count: Int)
    /// `--from` and `--to` name one reading.
    case sameReading
    /// A reading without this article (`labels`: the articles it has).
    case articleNotInReading(label: String, reading: String, labels: [String])
    /// Neither of two texts has this article.
    case articleInNeither(label: String, old: String, new: String)
    /// No reading of the dossier has this article (by label in any reading or by final number).
    case articleInNoReading(label: String, dossier: String)

    public var description: String {
        switch self {
        case .noReading(let id, let dossier, let readings):
            "no reading '\(id)' in dossier \(dossier); readings: \(readings.joined(separator: ", "))"
        case .ambiguousReading(let id, let matches):
            "'\(id)' matches several readings: \(matches.joined(separator: ", "))"
        case .noReadingAtAll(let dossier): "dossier \(dossier) has no reading"
        case .tooFewReadings(let dossier, let count):
            "dossier \(dossier) has \(count) reading(s); two are needed to compare"
        case .sameReading: "--from and --to name the same reading"
        case .articleNotInReading(let label, let reading, let labels):
            "no article '\(label)' in \(reading) (it has \(labels.count) articles: "
                + labels.prefix(12).joined(separator: ", ") + (labels.count > 12 ? ", …" : "") + ")"
        case .articleInNeither(let label, let old, let new): "no article '\(label)' in \(old) nor in \(new)"
        case .articleInNoReading(let label, let dossier): "no article '\(label)' in any reading of dossier \(dossier)"
        }
    }
}
