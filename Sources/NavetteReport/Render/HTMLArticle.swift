import NavetteCore

/// One article's page: its numbers through time and the timeline, then reading by reading what
/// changed (redline, margin notes, side by side, amendments that failed), the comparative table, the
/// motions aimed at it, and the sources.
enum HTMLArticle {
    private static let e = HTMLPage.e

    static func page(_ article: ArticleReport, in report: Report) -> String {
        let bill = report.dossier.title ?? report.dossier.id
        var out = HTMLPage.open(
            title: "\(article.title) — \(bill) — navette report",
            description: "What each reading did to \(article.title) of \(bill), and which amendment did it.")
        out += "<header>\n<p class=\"crumb\"><a href=\"index.html\">\(e(bill))</a> (\(e(report.dossier.id)))</p>\n"
        out += "<h1>\(e(article.title))</h1>\n"
        out += facts(article, in: report)
        out += Timeline.svg(report, article: article)
        out += "<nav aria-label=\"On this page\"><ul><li><a href=\"#steps\">Reading by reading</a></li>"
        out += "<li><a href=\"#table-h\">Comparative table</a></li>"
        if !article.motions.isEmpty { out += "<li><a href=\"#motions\">Motions</a></li>" }
        if article.indexed != nil { out += "<li><a href=\"#indexed\">In the amendment index</a></li>" }
        out +=
            "<li><a href=\"#sources\">Sources</a></li><li><a href=\"index.html\">All articles</a></li></ul></nav>\n</header>\n"
        out +=
            "<main id=\"main\">\n<section id=\"steps\" aria-labelledby=\"steps-h\">\n<h2 id=\"steps-h\">Reading by reading</h2>\n"
        for step in article.steps { out += self.step(step, in: article, report: report) }
        out += "</section>\n<section aria-labelledby=\"table-h\">\n<h2 id=\"table-h\">Comparative table</h2>\n"
        out += HTMLRedline.comparativeTable(article, in: report)
        out += "</section>\n"
        if !article.motions.isEmpty {
            out +=
                "<section id=\"motions\" aria-labelledby=\"motions-h\">\n<h2 id=\"motions-h\">Motions aimed at this article</h2>\n"
            for ref in article.motions {
                out += HTMLMotions.scorecard(report.motions[ref.motion], demands: ref.demands, level: 3)
            }
            out += "</section>\n"
        }
        if let indexed = article.indexed { out += IndexFindingsText.articleHTML(indexed) }
        out += "</main>\n" + HTMLPage.footer(report) + HTMLPage.close
        return out
    }

    private static func facts(_ article: ArticleReport, in report: Report) -> String {
        var out = "<dl class=\"facts\">\n"
        var numbers = Words.numbering(article, in: report).map {
            "\(e($0.number)) <span class=\"meta\">(\(e($0.note)))</span>"
        }
        if article.final == nil { numbers.append("no number in the law known") }
        out += "<dt>Numbers</dt><dd>\(numbers.joined(separator: " → "))</dd>\n"
        if let subject = article.subject { out += "<dt>Subject</dt><dd>\(e(subject))</dd>\n" }
        out += "<dt>Changes</dt><dd>\(e(Words.changeCounts(article.changes)))</dd>\n"
        let adopted = article.amendments.filter { $0.fate == .adopte }.count
        out +=
            "<dt>Amendments</dt><dd>\(Plural.count(article.amendments.count, "amendment")) on this article held, \(adopted) adopted</dd>\n"
        let urls = report.dossier.urls + article.steps.compactMap { report.reading($0.reading)?.url }
        if !urls.isEmpty { out += "<dt>Official links</dt><dd>\(HTMLPage.links(urls.uniqued()))</dd>\n" }
        out += "</dl>\n"
        return out
    }

    private static func step(_ step: StepReport, in article: ArticleReport, report: Report) -> String {
        let slug = Anchor.slug(step.reading)
        let layout = StepLayout(step, in: article)
        let quiet = layout.items.isEmpty && layout.examined == nil
        var out =
            "<section class=\"step \(Anchor.slug(step.change.rawValue))\(quiet ? " quiet" : "")\" id=\"s-\(slug)\" aria-labelledby=\"s-\(slug)-h\">\n"
        let label = step.label.map { " — article " + e($0) + (step.status.map { " (\(e($0)))" } ?? "") } ?? ""
        out += "<h3 id=\"s-\(slug)-h\">\(e(Words.reading(report.reading(step.reading))))\(label) "
        out += "<a class=\"num\" href=\"#s-\(slug)\" aria-label=\"permalink to this reading\">#</a></h3>\n"
        out += "<p class=\"status\">\(e(Words.step(step, in: report)))</p>\n"
        if let assessment = step.assessment { out += "<p class=\"assessment\">\(e(assessment))</p>\n" }
        if !layout.items.isEmpty {
            out += "<div class=\"redline\(step.change == .first ? " first" : "")\" lang=\"fr\">\n"
            for item in layout.items {
                switch item {
                case .run(let first, let last, let typographic, let carried):
                    out +=
                        "<p class=\"run\" lang=\"en\">\(StepLayout.describeRun(first: first, last: last, typographic: typographic, carried: carried))</p>\n"
                case .alinea(let index, let tried):
                    let notes =
                        step.change == .first ? "" : self.notes(index: index, step: step, in: article, tried: tried)
                    out += row(step.alineas[index], step: step, notes: notes, plain: step.change == .first)
                }
            }
            out += "</div>\n"
        }
        if step.change == .changed, !layout.changed.isEmpty {
            out += HTMLRedline.sideBySide(step, entries: layout.changed, in: report)
        }
        out += amendments(layout, step: step, in: article, report: report)
        out += "</section>\n"
        return out
    }

    private static func row(_ alinea: AlineaReport, step: StepReport, notes: String, plain: Bool) -> String {
        let number = alinea.newNumber ?? alinea.oldNumber ?? 0
        let what = alinea.kind == .deleted ? "deleted alinéa \(number)" : "alinéa \(number)"
        var out =
            "<div class=\"al \(alinea.kind.rawValue)\(alinea.carried ? " carried" : "")\(notes.isEmpty ? " plain" : "")\" id=\"\(alinea.anchor)\">"
        out +=
            "<p class=\"txt\"><a class=\"num\" href=\"#\(alinea.anchor)\" aria-label=\"\(what), permalink\">\(StepLayout.number(alinea))</a>"
        if alinea.kind == .moved {
            out += "<span class=\"move\" lang=\"en\">(moved from alinéa \(alinea.oldNumber ?? 0))</span> "
        }
        out += HTMLRedline.text(alinea, changes: step.changes, plain: plain) + "</p>"
        out +=
            notes.isEmpty ? "" : "<aside class=\"notes\" lang=\"en\" aria-label=\"notes on \(what)\">\(notes)</aside>"
        out += "</div>\n"
        return out
    }

    /// The margin notes of one alinéa: each change with its amendment(s) or verdict, then the
    /// amendments that tried to change the alinéa and failed.
    private static func notes(index: Int, step: StepReport, in article: ArticleReport, tried: TriedGroup?) -> String {
        var out = ""
        let changes = step.changes.indices.filter { step.changes[$0].alinea == index }
        if !changes.isEmpty {
            out += "<ol>"
            for number in changes {
                let change = step.changes[number]
                out +=
                    "<li id=\"\(change.anchor)-note\" value=\"\(number + 1)\"><a href=\"#\(change.anchor)\">\(e(change.what))</a>: "
                out += HTMLPage.verdict(change.verdict)
                if !change.amendments.isEmpty {
                    out +=
                        " by "
                        + change.amendments.map { id in article.amendment(id).map(HTMLPage.amendment) ?? e(id) }.joined(
                            separator: "; ")
                }
                if !change.candidates.isEmpty {
                    out +=
                        " — candidates: "
                        + change.candidates.map { id in
                            "<a href=\"#\(StepLayout.anchor(id))\">n° \(e(article.amendment(id)?.number ?? id))</a>"
                        }.joined(separator: ", ")
                }
                if let note = change.note { out += " <span class=\"meta\">(\(e(note)))</span>" }
                out += "</li>"
            }
            out += "</ol>"
        }
        if let tried {
            out += "<p>Tried here, not adopted:</p>" + list(tried.amendments, in: article)
        }
        return out
    }

    private static func list(_ ids: [String], in article: ArticleReport) -> String {
        "<ul>" + ids.map { id in "<li>" + (article.amendment(id).map(HTMLPage.amendment) ?? e(id)) + "</li>" }.joined()
            + "</ul>\n"
    }

    /// The step's amendments not already shown under an alinéa: adopted ones no change was tied to,
    /// and failed ones on the whole article or on alinéas not shown.
    private static func amendments(_ layout: StepLayout, step: StepReport, in article: ArticleReport, report: Report)
        -> String
    {
        guard let examined = layout.examined else {
            if step.examined != nil, step.hasRedline {
                return "<p class=\"meta\">No amendment of this step targets the article.</p>\n"
            }
            return ""
        }
        let source =
            examined.complete ? "the step's full list" : "the amendments the manifest records (not a full list)"
        var out = "<div class=\"block\">\n<h4>Amendments examined in this step on this article</h4>\n"
        out += "<p>\(Plural.count(examined.amendments.count, "amendment")) (\(e(layout.fates))), filed on "
        out += "\(HTMLPage.reading(examined.filedOn, in: report, link: true)); from \(source).</p>\n"
        if !layout.adopted.isEmpty {
            out += "<p>Adopted:</p><ul>"
            for id in layout.adopted {
                let untied = layout.unmatched.contains(id) ? " — <em>not tied to a change shown here</em>" : ""
                out +=
                    "<li id=\"\(StepLayout.anchor(id))\">" + (article.amendment(id).map(HTMLPage.amendment) ?? e(id))
                    + untied + "</li>"
            }
            out += "</ul>\n"
        }
        for group in layout.groups {
            out += "<p>\(group.title):</p>\n"
            if let quote = group.quote {
                out +=
                    "<blockquote lang=\"fr\"\(group.quoteAnchor.map { " cite=\"#\($0)\"" } ?? "")>\(e(quote))</blockquote>\n"
            }
            out += list(group.amendments, in: article)
        }
        out += "</div>\n"
        return out
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
