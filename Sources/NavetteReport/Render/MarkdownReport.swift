import NavetteCore

/// The report in Markdown (GitHub-flavoured: tables, `<del>`/`<ins>`, `<a id>` anchors), to paste into
/// a pad or a blog: the same content as the HTML, one file per article plus an index.
enum MarkdownReport {
    private static let e = ReportEscaping.markdown

    static func index(_ report: Report) -> String {
        let bill = report.dossier.title ?? report.dossier.id
        var out = "# \(e(bill))\n\n_navette report · dossier \(e(report.dossier.id))_\n\n"
        let summary = report.summary
        out +=
            "- **Readings:** \(summary.readingsFull.count) in full, \(summary.readingsExcerpt.count) as excerpts, \(summary.readingsMissing.count) not held\n"
        out += "- **Articles:** \(summary.articles) followed, \(summary.articlesChanged) changed along the way\n"
        out += "- **Changes:** \(e(Words.changeCounts(summary.changes)))\n"
        let fates = summary.amendmentsByFate.keys.sorted().map { "\(summary.amendmentsByFate[$0]!) \($0)" }.joined(
            separator: ", ")
        out +=
            "- **Amendments:** \(summary.amendmentsRead) read; on these articles: \(fates.isEmpty ? "none" : e(fates))\n"
        out += "- **Motions:** \(summary.motions) (\(Plural.count(summary.demands, "demand")))\n"
        for url in report.dossier.urls {
            out += "- " + (ReportEscaping.safeURL(url).map { "<\($0)>" } ?? e(url)) + "\n"
        }
        out +=
            "\n## Readings\n\n| # | chamber | stage | step | date | number | text | official text |\n|---|---|---|---|---|---|---|---|\n"
        for (index, reading) in report.readings.enumerated() {
            out +=
                "| <a id=\"r-\(Anchor.slug(reading.id))\"></a>\(index + 1) | \(e(Words.chamber(reading.chamber).name)) | \(e(reading.stage ?? "")) "
            out +=
                "| \(e(reading.step ?? "")) | \(e(reading.date ?? "")) | \(e(reading.number ?? reading.id)) | \(e(Words.coverage(reading))) "
            out += "| \(ReportEscaping.safeURL(reading.url).map { "<\($0)>" } ?? "") |\n"
        }
        out +=
            "\n## Articles\n\n| article | changes | explained | unexplained | not assessed | amendments (adopted) | motions |\n|---|---|---|---|---|---|---|\n"
        for article in report.articles {
            let adopted = article.amendments.filter { $0.fate == .adopte }.count
            let demands = article.motions.reduce(0) { $0 + $1.demands.count }
            out +=
                "| [\(e(article.title))](\(article.page).md) | \(article.changes.total) | \(article.changes.explained) "
            out +=
                "| \(article.changes.unexplained) | \(article.changes.notAssessed) | \(article.amendments.count) (\(adopted)) | \(demands) |\n"
        }
        if !report.motions.isEmpty {
            out += "\n## Motions\n"
            for motion in report.motions { out += scorecard(motion, demands: Array(motion.demands.indices)) }
        }
        if !report.diagnostics.isEmpty {
            out += "\n## What navette noticed\n\n" + report.diagnostics.map { "- \(e($0))\n" }.joined()
        }
        return out + footer(report)
    }

    static func article(_ article: ArticleReport, in report: Report) -> String {
        let bill = report.dossier.title ?? report.dossier.id
        var out = "# \(e(article.title))\n\n_[\(e(bill))](index.md) · dossier \(e(report.dossier.id))_\n\n"
        let numbers = Words.numbering(article, in: report).map { "\(e($0.number)) (\(e($0.note)))" }
        out += "- **Numbers:** \(numbers.isEmpty ? "none held" : numbers.joined(separator: " → "))\n"
        if let subject = article.subject { out += "- **Subject:** \(e(subject))\n" }
        out += "- **Changes:** \(e(Words.changeCounts(article.changes)))\n"
        out +=
            "- **Amendments:** \(article.amendments.count) held, \(article.amendments.filter { $0.fate == .adopte }.count) adopted\n"
        out += "\n## Reading by reading\n"
        for step in article.steps { out += MarkdownSteps.step(step, in: article, report: report) }
        out += "\n## Comparative table\n\n" + MarkdownSteps.table(article, in: report)
        if !article.motions.isEmpty {
            out += "\n## Motions aimed at this article\n"
            for ref in article.motions { out += scorecard(report.motions[ref.motion], demands: ref.demands) }
        }
        if let indexed = article.indexed { out += IndexFindingsText.articleMarkdown(indexed) }
        return out + footer(report)
    }

    static func scorecard(_ motion: MotionReport, demands: [Int]) -> String {
        let header = motion.motion
        var out = "\n### \(e(header.title ?? "Motion"))\n\n"
        out +=
            "- **By:** \(e(header.body ?? "unknown body")), \(e(header.date ?? "undated")) — outcome: \(e(header.outcome))\n"
        if let source = header.source { out += "- **Source:** \(e(source))\n" }
        for index in demands where index < motion.demands.count {
            let demand = motion.demands[index]
            out += "\n#### Demand \(index + 1): \(e(demand.kind))\n\n> \(e(demand.text))\n\n"
            if let addressee = demand.addressee {
                out += "- **Asked by:** \(e(addressee))\(demand.askedOf.map { ", of " + e($0) } ?? "")\n"
            }
            if let target = demand.target { out += "- **Target:** article \(e(target))\n" }
            for (list, what) in [(demand.amendments, "Tried"), (demand.fallbacks, "Fallback tried")] {
                for amendment in list {
                    out +=
                        "- **\(what):** n° \(e(amendment.number))\(amendment.reading.map { " (filed on \(e($0)))" } ?? "") — \(e(amendment.fate))"
                    out +=
                        "\(ReportEscaping.safeURL(amendment.url).map { " — <\($0)>" } ?? "") — \(e(amendment.evidence))\n"
                }
            }
            if !demand.trajectory.isEmpty {
                out += "\n| reading | value | basis | check | note |\n|---|---|---|---|---|\n"
                for point in demand.trajectory {
                    let quote = point.quote.map { " « \(e($0)) »" } ?? ""
                    out +=
                        "| \(e(point.reading)) | \(e(point.value ?? "unknown"))\(quote) | \(e(point.basis.rawValue)) | \(e(point.check.rawValue)) | \(e(point.note ?? "")) |\n"
                }
                out += "\n"
            }
            out += "- **Outcome:** \(e(demand.outcome))\n"
            if let decision = demand.decision { out += "- **Decision:** \(e(decision))\n" }
            if let indexed = demand.indexed { out += IndexFindingsText.markdown(indexed, level: 5) }
        }
        return out
    }

    static func footer(_ report: Report) -> String {
        var out =
            "\n---\n\n## Sources\n\nGenerated \(e(report.generated)) by \(e(report.tool)) from \(Plural.count(report.sources.count, "file")).\n\n"
        if !report.sources.isEmpty {
            out += "| file | role | snapshot | bytes | sha256 |\n|---|---|---|---|---|\n"
            for source in report.sources {
                out +=
                    "| \(e(source.path)) | \(e(source.role)) | \(e(source.snapshot ?? "unknown")) | \(source.bytes) | `\(source.sha256)` |\n"
            }
        }
        return out
    }
}
