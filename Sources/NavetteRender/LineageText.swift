import Foundation
import NavetteCore

/// The text rendering: one line per history, then diagnostics and the concordance check.
public enum LineageText {
    public static func write(_ lineage: DossierLineage, title: String?, to output: inout some TextOutputStream) {
        let name = [title, lineage.dossier].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " — ")
        output.write(
            "\(name): \(Plural.count(lineage.histories.count, "article")) through \(Plural.count(lineage.readings.count, "reading"))\n"
        )
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
            output.write(
                "\nconcordance table: \(check.agreed)/\(check.entries) entries agree with the computed numbering (\(percent)%)\n"
            )
            for disagreement in check.disagreements {
                output.write(
                    "  \(disagreement.label): table \(disagreement.expected), computed \(disagreement.computed)\n")
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
