import NavetteCore

/// The JSON other tools read: `{"articles":[{"id","steps":[{"reading","label","status","carried"}],
/// "final","links":[{"how","confidence"}]}]}`, plus diagnostics and the concordance check.
public struct LineageJSON: Encodable {
    struct Step: Encodable {
        var reading: String
        var label: String?
        var status: String
        var carried: Bool
        var carriedFrom: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(reading, forKey: .reading)
            try container.encode(label, forKey: .label)  // null when absent, not omitted
            try container.encode(status, forKey: .status)
            try container.encode(carried, forKey: .carried)
            try container.encodeIfPresent(carriedFrom, forKey: .carriedFrom)
        }

        enum CodingKeys: String, CodingKey { case reading, label, status, carried, carriedFrom }
    }

    struct Link: Encodable {
        var how: String
        var confidence: Double
        var from: String
        var to: String
        var similarity: Double?
    }

    struct Article: Encodable {
        var id: String
        var steps: [Step]
        var final: String?
        var links: [Link]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(steps, forKey: .steps)
            try container.encode(final, forKey: .final)  // null when the article did not survive
            try container.encode(links, forKey: .links)
        }

        enum CodingKeys: String, CodingKey { case id, steps, final, links }
    }

    struct Concordance: Encodable {
        var entries: Int
        var agreed: Int
        var rate: Double
        var disagreements: [ConcordanceCheck.Disagreement]
    }

    var dossier: String
    var readings: [String]
    var articles: [Article]
    var diagnostics: [String]
    var concordance: Concordance?

    public init(_ lineage: DossierLineage) {
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        dossier = lineage.dossier
        readings = lineage.readings
        articles = lineage.histories.map { history in
            Article(
                id: history.id,
                steps: history.steps.map {
                    Step(
                        reading: $0.reading, label: $0.label, status: $0.status.rawValue, carried: $0.carried,
                        carriedFrom: $0.carriedFrom)
                },
                final: history.final,
                links: history.links.map {
                    Link(
                        how: $0.how.rawValue, confidence: rounded($0.confidence), from: $0.from, to: $0.to,
                        similarity: $0.similarity.map(rounded))
                })
        }
        diagnostics = lineage.diagnostics.map(\.description)
        concordance = lineage.concordanceCheck.map {
            Concordance(entries: $0.entries, agreed: $0.agreed, rate: rounded($0.rate), disagreements: $0.disagreements)
        }
    }
}
