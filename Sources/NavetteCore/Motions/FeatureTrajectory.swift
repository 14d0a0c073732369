/// What one reading says of a feature of an article (its end date…), and how navette knows it.
public struct FeatureObservation: Sendable, Hashable, Codable {
    public enum Basis: String, Sendable, Hashable, Codable {
        /// Extracted from the reading's text by navette.
        case text
        /// Not in any text navette holds: taken from the manifest's facts, unverified.
        case manifestFact = "manifest fact"
        /// Neither a text nor a fact: unknown.
        case missing
    }

    public enum Check: String, Sendable, Hashable, Codable {
        case agrees
        /// The text says otherwise than the manifest's fact: one of them is wrong.
        case disagrees
        case unchecked
    }

    public var reading: String
    public var value: String?
    public var basis: Basis
    /// The words of the text the value was taken from, with the alinéa (1-based).
    public var quote: String?
    public var alinea: Int?
    public var check: Check
    public var note: String?
}

/// Follows a feature of an article across the readings: the end date of an experiment, today.
public enum FeatureTrajectory {
    /// The end date written in an article: `jusqu’au 31 décembre 2024` in the alinéa that sets the
    /// experiment (`À titre expérimental`), else the first `jusqu’au <date>` of the article.
    public static func endDate(in article: Article) -> (iso: String, quote: String, alinea: Int)? {
        let candidates = article.alineas.enumerated().sorted { lhs, rhs in
            let l = Folding.key(lhs.element.text).contains("titre experimental")
            let r = Folding.key(rhs.element.text).contains("titre experimental")
            return l != r ? l : lhs.offset < rhs.offset
        }
        for (index, alinea) in candidates {
            let key = Folding.key(alinea.text)
            for date in FrenchDate.all(in: alinea.text) where key.contains("jusqu'au \(date.text)") {
                return (date.iso, "jusqu’au \(date.text)", index + 1)
            }
        }
        return nil
    }

    /// The end date of the article in every reading of `dossier`, checked against `facts`.
    /// - Parameter label: the article's label in each reading (from the lineage or the manifest).
    public static func endDates(
        in dossier: Dossier, label: (Reading) -> String?, facts: [ArticleFact]
    ) -> [FeatureObservation] {
        dossier.readings.map { reading in
            let fact = facts.first { $0.reading == reading.id && $0.feature == "end-date" }
            guard let articleLabel = label(reading), reading.holdsText(of: articleLabel),
                let article = reading.article(articleLabel), !article.alineas.isEmpty
            else {
                if let fact {
                    return FeatureObservation(
                        reading: reading.id, value: fact.value, basis: .manifestFact, check: .unchecked,
                        note:
                            "no text of the article in this reading; fact from the manifest (\(fact.evidence ?? "no evidence given"))"
                    )
                }
                return FeatureObservation(
                    reading: reading.id, basis: .missing, check: .unchecked, note: "no text of the article and no fact")
            }
            guard let found = endDate(in: article) else {
                return FeatureObservation(
                    reading: reading.id, value: fact?.value, basis: fact == nil ? .missing : .manifestFact,
                    check: .unchecked, note: "the text held has no end date (it may be cut before it)")
            }
            let check: FeatureObservation.Check =
                fact.map { $0.value == found.iso ? .agrees : .disagrees } ?? .unchecked
            return FeatureObservation(
                reading: reading.id, value: found.iso, basis: .text, quote: found.quote, alinea: found.alinea,
                check: check,
                note: check == .disagrees ? "the manifest says \(fact!.value)" : nil)
        }
    }
}
