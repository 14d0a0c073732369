import NavetteCore

/// The report's front page: the bill, the counts, the readings (held or not), the articles with links
/// to their pages, the motions' scorecards, what navette noticed, and the sources.
enum HTMLIndex {
    private static let e = HTMLPage.e

    static func page(_ report: Report) -> String {
        let bill = report.dossier.title ?? report.dossier.id
        var out = HTMLPage.open(
            title: "\(bill) — navette report", description: "The navette of \(bill), article by article.")
        out +=
            "<header>\n<p class=\"crumb\">navette report · dossier \(e(report.dossier.id))</p>\n<h1>\(e(bill))</h1>\n"
        out +=
            "<dl class=\"facts\">\n<dt>Dossier</dt><dd>\(e(report.dossier.id)) (\(report.dossier.kind == .manifest ? "manifest" : "La Fabrique de la loi"))</dd>\n"
        if !report.dossier.urls.isEmpty {
            out += "<dt>Official links</dt><dd>\(HTMLPage.links(report.dossier.urls))</dd>\n"
        }
        out += summary(report.summary)
        out += "</dl>\n" + Timeline.svg(report, article: nil)
        out +=
            "<nav aria-label=\"On this page\"><ul><li><a href=\"#readings-h\">Readings</a></li><li><a href=\"#articles-h\">Articles</a></li>"
        if !report.motions.isEmpty { out += "<li><a href=\"#motions-h\">Motions</a></li>" }
        out += "<li><a href=\"#sources\">Sources</a></li></ul></nav>\n</header>\n<main id=\"main\">\n"
        out += readings(report) + articles(report)
        if !report.motions.isEmpty {
            out += "<section aria-labelledby=\"motions-h\">\n<h2 id=\"motions-h\">Motions</h2>\n"
            for motion in report.motions {
                out += HTMLMotions.scorecard(motion, demands: Array(motion.demands.indices), level: 3)
            }
            out += "</section>\n"
        }
        if !report.diagnostics.isEmpty {
            out +=
                "<section aria-labelledby=\"notes-h\">\n<h2 id=\"notes-h\">What navette noticed</h2>\n<ul class=\"meta\">\n"
            for diagnostic in report.diagnostics { out += "<li>\(e(diagnostic))</li>\n" }
            out += "</ul>\n</section>\n"
        }
        out += "</main>\n" + HTMLPage.footer(report) + HTMLPage.close
        return out
    }

    private static func summary(_ summary: Summary) -> String {
        var out =
            "<dt>Readings</dt><dd>\(Plural.count(summary.readingsFull.count + summary.readingsExcerpt.count + summary.readingsMissing.count, "reading")): "
        out +=
            "\(summary.readingsFull.count) in full, \(summary.readingsExcerpt.count) as excerpts, \(summary.readingsMissing.count) not held</dd>\n"
        out +=
            "<dt>Articles</dt><dd>\(Plural.count(summary.articles, "article")) followed, \(summary.articlesChanged) changed along the way</dd>\n"
        out += "<dt>Changes</dt><dd>\(e(Words.changeCounts(summary.changes)))</dd>\n"
        let fates = summary.amendmentsByFate.keys.sorted().map { "\(summary.amendmentsByFate[$0]!) \($0)" }.joined(
            separator: ", ")
        out +=
            "<dt>Amendments</dt><dd>\(Plural.count(summary.amendmentsRead, "amendment")) read; on these articles: \(fates.isEmpty ? "none" : e(fates))</dd>\n"
        out +=
            "<dt>Motions</dt><dd>\(Plural.count(summary.motions, "motion")), \(Plural.count(summary.demands, "demand"))</dd>\n"
        return out
    }

    private static func readings(_ report: Report) -> String {
        var out =
            "<section aria-labelledby=\"readings-h\">\n<h2 id=\"readings-h\">Readings</h2>\n<div class=\"table-wrap\"><table>\n"
        out +=
            "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Chamber</th><th scope=\"col\">Stage</th><th scope=\"col\">Step</th>"
        out +=
            "<th scope=\"col\">Date</th><th scope=\"col\">Number</th><th scope=\"col\">Text</th><th scope=\"col\">Official text</th></tr></thead>\n<tbody>\n"
        for (index, reading) in report.readings.enumerated() {
            out +=
                "<tr id=\"r-\(Anchor.slug(reading.id))\"><th scope=\"row\">\(index + 1)</th><td>\(e(Words.chamber(reading.chamber).name))</td>"
            out +=
                "<td>\(e(reading.stage ?? ""))</td><td>\(e(reading.step ?? ""))</td><td class=\"date\">\(e(reading.date ?? ""))</td>"
            out += "<td>\(e(reading.number ?? reading.id))</td><td>\(e(Words.coverage(reading)))</td>"
            out +=
                "<td>\(ReportEscaping.safeURL(reading.url).map { "<a href=\"\($0)\">official text</a>" } ?? "")</td></tr>\n"
        }
        out += "</tbody></table></div>\n</section>\n"
        return out
    }

    private static func articles(_ report: Report) -> String {
        var out =
            "<section aria-labelledby=\"articles-h\">\n<h2 id=\"articles-h\">Articles</h2>\n<div class=\"table-wrap\"><table>\n"
        out +=
            "<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Text held in</th><th scope=\"col\">Changes</th>"
        out += "<th scope=\"col\">Explained</th><th scope=\"col\">Unexplained</th><th scope=\"col\">Not assessed</th>"
        out += "<th scope=\"col\">Amendments (adopted)</th><th scope=\"col\">Motions</th></tr></thead>\n<tbody>\n"
        for article in report.articles {
            let held = article.steps.filter { $0.change != .notHeld && $0.change != .absent }.count
            let adopted = article.amendments.filter { $0.fate == .adopte }.count
            let demands = article.motions.reduce(0) { $0 + $1.demands.count }
            out +=
                "<tr><th scope=\"row\"><a href=\"\(article.page).html\">\(e(article.title))</a></th><td>\(Plural.count(held, "reading"))</td>"
            out +=
                "<td>\(article.changes.total)</td><td>\(article.changes.explained)</td><td>\(article.changes.unexplained)</td>"
            out += "<td>\(article.changes.notAssessed)</td><td>\(article.amendments.count) (\(adopted))</td>"
            out += "<td>\(demands == 0 ? "" : Plural.count(demands, "demand"))</td></tr>\n"
        }
        out += "</tbody></table></div>\n</section>\n"
        return out
    }
}
