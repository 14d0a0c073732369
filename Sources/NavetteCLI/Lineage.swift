import ArgumentParser
import Foundation
import NavetteCore
import NavetteReport
import NavetteFormats
import NavetteWatch

/// `navette lineage`: every article of a dossier followed through its readings to its final number.
struct Lineage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Follow every article of a dossier through its readings, up to its number in the law.",
        discussion: """
            One line per article: its label in each reading (runs of the same state shown once with ×N), \
            then its number after renumbering at promulgation, computed by navette (surviving articles \
            numbered 1er, 2, 3… in order). Then the diagnostics (weak links, placeholders, renumberings) \
            and, when the dossier has a concordance table, how well the computed numbering agrees with it.

            Markers: + nouveau, (s) supprimé, (nm) non modifié, (c) conforme, · absent.

            Examples:
              navette lineage ../shared/corpus/lafabrique/pjl09-200
              navette lineage ../shared/corpus/lafabrique/ppl11-290 --format json
            """
    )

    @Argument(help: "A dossier directory (La Fabrique de la loi layout), or a manifest (texts from the store or --mirror).")
    var path: String

    @OptionGroup var snapshots: SnapshotOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard format == .text || format == .json else {
            throw ValidationError("lineage writes text or json, not \(format.rawValue)")
        }
    }

    func run() throws {
        let opened = try WatchError.asUserError {
            try DossierOpening.load(path: path, mirror: snapshots.mirror, asOf: snapshots.asOf)
        }
        guard case .dossier(let dossier) = opened else {
            throw UserError("\(path): a single text has no lineage, expected a dossier directory (La Fabrique de la loi layout)")
        }
        let lineage = DossierLineage(dossier)
        var output = StandardOutput()
        switch format {
        case .json: output.write(try JSONOutput.encode(LineageJSON(lineage)))
        default: LineageText.write(lineage, title: dossier.title, to: &output)
        }
    }
}

/// The text rendering: one line per history, then diagnostics and the concordance check.
enum LineageText {
    static func write(_ lineage: DossierLineage, title: String?, to output: inout some TextOutputStream) {
        let name = [title, lineage.dossier].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " — ")
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        output.write("\(name): \(count(lineage.histories.count, "article")) through \(count(lineage.readings.count, "reading"))\n")
        for (index, reading) in lineage.readings.enumerated() { output.write("  \(index + 1). \(reading)\n") }
        output.write("\n")
        let width = min(lineage.histories.map(\.id.count).max() ?? 0, 48)
        for history in lineage.histories {
            output.write(history.id.padding(toLength: max(width, history.id.count), withPad: " ", startingAt: 0))
            output.write("  \(path(of: history))\n")
        }
        if !lineage.diagnostics.isEmpty {
            output.write("\n\(lineage.diagnostics.count) diagnostic(s):\n")
            for diagnostic in lineage.diagnostics { output.write("  \(diagnostic)\n") }
        }
        if let check = lineage.concordanceCheck {
            let percent = String(format: "%.1f", check.rate * 100)
            output.write("\nconcordance table: \(check.agreed)/\(check.entries) entries agree with the computed numbering (\(percent)%)\n")
            for disagreement in check.disagreements {
                output.write("  \(disagreement.label): table \(disagreement.expected), computed \(disagreement.computed)\n")
            }
        }
    }

    /// `· ×2 -> 7 bis A+ ×2 -> 7 bis A(s) -> · -> 7 bis A ×3 -> 21 (final)`.
    static func path(of history: ArticleHistory) -> String {
        var runs: [(token: String, count: Int)] = []
        for step in history.steps {
            let token = self.token(step)
            if runs.last?.token == token { runs[runs.count - 1].count += 1 } else { runs.append((token, 1)) }
        }
        var parts = runs.map { $0.count > 1 ? "\($0.token) ×\($0.count)" : $0.token }
        parts.append(history.final.map { "\($0) (final)" } ?? "no final number")
        return parts.joined(separator: " -> ")
    }

    static func token(_ step: ArticleHistory.Step) -> String {
        guard let label = step.label else { return "·" }
        switch step.status {
        case .none, .absent: return label
        case .nouveau: return label + "+"
        case .supprime: return label + "(s)"
        case .nonModifie: return label + "(nm)"
        case .conforme: return label + "(c)"
        }
    }
}

/// The JSON other tools read: `{"articles":[{"id","steps":[{"reading","label","status","carried"}],
/// "final","links":[{"how","confidence"}]}]}`, plus diagnostics and the concordance check.
struct LineageJSON: Encodable {
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

    init(_ lineage: DossierLineage) {
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        dossier = lineage.dossier
        readings = lineage.readings
        articles = lineage.histories.map { history in
            Article(
                id: history.id,
                steps: history.steps.map {
                    Step(reading: $0.reading, label: $0.label, status: $0.status.rawValue, carried: $0.carried, carriedFrom: $0.carriedFrom)
                },
                final: history.final,
                links: history.links.map {
                    Link(how: $0.how.rawValue, confidence: rounded($0.confidence), from: $0.from, to: $0.to, similarity: $0.similarity.map(rounded))
                })
        }
        diagnostics = lineage.diagnostics.map(\.description)
        concordance = lineage.concordanceCheck.map {
            Concordance(entries: $0.entries, agreed: $0.agreed, rate: rounded($0.rate), disagreements: $0.disagreements)
        }
    }
}
