import NavetteCore
import NavetteReport

/// Writes a motion's scorecard as text, Markdown or JSON.
public enum ScorecardRenderer {
    public static func write(_ card: Scorecard, format: OutputFormat, to output: inout some TextOutputStream) throws {
        switch format {
        case .json:
            // The scorecard's one JSON shape, the report's: `{"motion":{…},"demands":[{"kind","text",
            // "addressee","target","amendments":[{"number","reading","fate","evidence"}],"outcome"}]}`.
            let value = MotionReport(card, details: true)
            output.write(try JSONOutput.encode(value))
        case .markdown, .html:
            writeMarkdown(card, to: &output)
        case .text:
            writeText(card, to: &output)
        }
    }

    private static func header(_ motion: Motion) -> String {
        let date = motion.date ?? "undated"
        return
            "\(motion.title ?? "Motion") — \(motion.body ?? "unknown body"), \(date) — outcome: \(motion.outcome.rawValue)"
    }

    static func writeText(_ card: Scorecard, to output: inout some TextOutputStream) {
        output.write(header(card.motion) + "\n")
        for (index, score) in card.demands.enumerated() {
            output.write("\n\(index + 1). [\(score.demand.kind.rawValue)] \(score.demand.text)\n")
            if let addressee = score.demand.addressee {
                output.write("   by: \(addressee)\(score.demand.askedOf.map { ", asked of \($0)" } ?? "")\n")
            }
            if let target = score.target { output.write("   target: article \(target)\n") }
            for amendment in score.amendments {
                output.write(
                    "   tried: n° \(amendment.number) (\(amendment.reading ?? "?")) \(amendment.fate) — \(amendment.evidence)\n"
                )
            }
            for amendment in score.fallbacks {
                output.write(
                    "   fallback: n° \(amendment.number) (\(amendment.reading ?? "?")) \(amendment.fate) — \(amendment.evidence)\n"
                )
            }
            for step in score.trajectory {
                let value = step.value ?? "?"
                output.write(
                    "   \(step.reading): \(value) [\(step.basis.rawValue)\(step.check == .unchecked ? "" : ", \(step.check.rawValue)")]\n"
                )
            }
            output.write("   outcome: \(score.outcome)\n")
            if let decision = score.decision { output.write("   decision: \(decision)\n") }
            if let indexed = score.indexed { output.write(IndexFindingsText.text(indexed)) }
        }
        for diagnostic in card.diagnostics { output.write("! \(diagnostic)\n") }
    }

    static func writeMarkdown(_ card: Scorecard, to output: inout some TextOutputStream) {
        output.write("# \(ReportEscaping.markdown(header(card.motion)))\n")
        for (index, score) in card.demands.enumerated() {
            output.write(
                "\n## \(index + 1). \(ReportEscaping.markdown(score.demand.kind.rawValue))\n\n> \(ReportEscaping.markdown(score.demand.text))\n\n"
            )
            if let addressee = score.demand.addressee {
                output.write("- **By:** \(ReportEscaping.markdown(addressee))\n")
            }
            if let target = score.target { output.write("- **Target:** article \(ReportEscaping.markdown(target))\n") }
            for amendment in score.amendments {
                output.write(
                    "- **Tried:** n° \(ReportEscaping.markdown(amendment.number)) — \(amendment.fate) — \(ReportEscaping.markdown(amendment.evidence))\n"
                )
            }
            for amendment in score.fallbacks {
                output.write(
                    "- **Fallback tried:** n° \(ReportEscaping.markdown(amendment.number)) — \(amendment.fate) — \(ReportEscaping.markdown(amendment.evidence))\n"
                )
            }
            if !score.trajectory.isEmpty {
                output.write("\n| reading | end date | basis |\n|---|---|---|\n")
                for step in score.trajectory {
                    output.write(
                        "| \(step.reading) | \(step.value ?? "?") | \(step.basis.rawValue) \(step.check == .unchecked ? "" : "(\(step.check.rawValue))") |\n"
                    )
                }
                output.write("\n")
            }
            output.write("- **Outcome:** \(ReportEscaping.markdown(score.outcome))\n")
            if let decision = score.decision { output.write("- **Decision:** \(ReportEscaping.markdown(decision))\n") }
            if let indexed = score.indexed { output.write(IndexFindingsText.markdown(indexed, level: 3)) }
        }
    }
}
