import NavetteCore

/// The figures of `navette amendments … --against TEXT --summary`, one per line, aligned.
public enum PlacementSummaryText {
    public static func write(
        _ summary: PlacementSummary, amendments: String, text: String, articles: Int,
        to output: inout some TextOutputStream
    ) {
        output.write("\(amendments) against \(text) (\(articles) articles)\n")
        var rows: [(String, String)] = [("amendments read", "\(summary.read)")]
        rows.append(("placed on an article and an alinéa", "\(summary.onAlinea)"))
        rows.append(("placed on a whole article (no alinéa named)", "\(summary.onArticle)"))
        let notPlaced = summary.notPlaceable.values.reduce(0, +)
        rows.append(("not placeable", "\(notPlaced)"))
        for (reason, count) in summary.notPlaceable.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            var detail = ""
            if reason == "article not in the text" {
                let labels = summary.articlesNotInText.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                detail = " (" + labels.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")"
            }
            rows.append(("  " + reason, "\(count)\(detail)"))
        }
        rows.append(("sub-amendments (they amend an amendment)", "\(summary.subAmendments)"))
        rows.append(("dispositifs published", "\(summary.withDispositif)"))
        rows.append(("  understood by the instruction parser", share(summary.understood, of: summary.withDispositif)))
        rows.append(("on an article of the text, with a dispositif", "\(summary.applicable)"))
        rows.append(("  understood", share(summary.applicableUnderstood, of: summary.applicable)))
        rows.append(("  apply cleanly, each alone", outcome(summary.applied, of: summary.applicable)))
        rows.append(("adopted", "\(summary.adopted)"))
        rows.append(("  on an article of the text, with a dispositif", "\(summary.adoptedApplicable)"))
        rows.append(
            ("  apply cleanly to the text, each alone", outcome(summary.adoptedApplied, of: summary.adoptedApplicable)))
        let width = rows.map(\.0.count).max() ?? 0
        for (label, value) in rows {
            output.write(label + String(repeating: " ", count: width - label.count + 2) + value + "\n")
        }
    }

    static func share(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "\(part)" }
        return "\(part) (\(part * 100 / whole) %)"
    }

    static func outcome(_ application: PlacementSummary.Application, of whole: Int) -> String {
        share(application.clean, of: whole)
            + "; with caveats \(application.withCaveats), partly \(application.partly), failed \(application.failed),"
            + " not understood \(application.notUnderstood)"
    }
}
