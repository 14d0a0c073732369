import NavetteReport

/// What `navette report` tells the terminal once the files are written.
public enum ReportSummary {
    /// The terminal summary: readings found and missing, articles, changes, amendments, motions.
    public static func summary(_ report: Report) -> String {
        let summary = report.summary
        var out = "\(report.dossier.title ?? report.dossier.id) (\(report.dossier.id))\n"
        out +=
            "  readings: \(summary.readingsFull.count) in full, \(summary.readingsExcerpt.count) as excerpts, \(summary.readingsMissing.count) not held"
        if !summary.readingsMissing.isEmpty { out += " (\(summary.readingsMissing.joined(separator: ", ")))" }
        out += "\n  articles followed: \(summary.articles) (\(summary.articlesChanged) changed along the way)\n"
        let changes = summary.changes
        out +=
            "  changes: \(changes.total) (\(changes.explained) explained, \(changes.unexplained) unexplained, \(changes.notAssessed) not assessed)\n"
        let fates = summary.amendmentsByFate.keys.sorted().map { "\(summary.amendmentsByFate[$0]!) \($0)" }.joined(
            separator: ", ")
        out += "  amendments: \(summary.amendmentsRead) read; on these articles: \(fates.isEmpty ? "none" : fates)\n"
        out += "  motions: \(summary.motions) (\(summary.demands) demand\(summary.demands == 1 ? "" : "s"))\n"
        return out
    }
}
