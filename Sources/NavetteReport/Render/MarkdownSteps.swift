import NavetteCore

/// An article's steps and comparative table in Markdown: each alinéa a list item with its anchor,
/// its notes nested under it; the side-by-side view and the table as GFM tables.
enum MarkdownSteps {
    private static let e = ReportEscaping.markdown

    static func step(_ step: StepReport, in article: ArticleReport, report: Report) -> String {
        let slug = Anchor.slug(step.reading)
        let layout = StepLayout(step, in: article)
        let label = step.label.map { " — article " + e($0) + (step.status.map { " (\(e($0)))" } ?? "") } ?? ""
        var out = "\n### <a id=\"s-\(slug)\"></a>\(e(Words.reading(report.reading(step.reading))))\(label)\n\n"
        out += "_\(e(Words.step(step, in: report)))_\n"
        if let assessment = step.assessment { out += "\n\(e(assessment))\n" }
        if !layout.items.isEmpty { out += "\n" }
        for item in layout.items {
            switch item {
            case .run(let first, let last, let typographic, let carried):
                out +=
                    "- _\(StepLayout.describeRun(first: first, last: last, typographic: typographic, carried: carried))_\n"
            case .alinea(let index, let tried):
                out += alinea(index, step: step, in: article, tried: tried)
            }
        }
        if step.change == .changed, !layout.changed.isEmpty {
            out += "\nSide by side:\n\n| before | after |\n|---|---|\n"
            for index in layout.changed {
                let alinea = step.alineas[index]
                let left =
                    alinea.oldNumber.map { "**\($0)** " + render(alinea, step: step, plain: false, side: .old) } ?? ""
                let right =
                    alinea.newNumber.map { "**\($0)** " + render(alinea, step: step, plain: false, side: .new) } ?? ""
                out += "| \(left) | \(right) |\n"
            }
        }
        out += amendments(layout, step: step, in: article, report: report)
        return out
    }

    private static func render(_ alinea: AlineaReport, step: StepReport, plain: Bool, side: Redline.Side = .both)
        -> String
    {
        Redline.render(alinea, side: side, changes: side == .both ? step.changes : nil, plain: plain, style: .markdown)
    }

    private static func alinea(_ index: Int, step: StepReport, in article: ArticleReport, tried: TriedGroup?) -> String
    {
        let alinea = step.alineas[index]
        var kind = ""
        switch alinea.kind {
        case .inserted where step.change == .changed: kind = " _(inserted)_"
        case .deleted where step.change == .changed: kind = " _(deleted)_"
        case .moved: kind = " _(moved from alinéa \(alinea.oldNumber ?? 0))_"
        default: break
        }
        let plain = step.change == .first
        var out =
            "- <a id=\"\(alinea.anchor)\"></a>**\(StepLayout.number(alinea))**\(kind) "
            + render(alinea, step: step, plain: plain) + "\n"
        for change in step.changes.indices where step.changes[change].alinea == index && !plain {
            let note = step.changes[change]
            out +=
                "    - <a id=\"\(note.anchor)-note\"></a>\(change + 1). [\(note.what)](#\(note.anchor)): **\(Words.verdict(note.verdict))**"
            if !note.amendments.isEmpty {
                out +=
                    " by "
                    + note.amendments.map { id in article.amendment(id).map(amendment) ?? e(id) }.joined(
                        separator: "; ")
            }
            if !note.candidates.isEmpty {
                out +=
                    " — candidates: "
                    + note.candidates.map { id in
                        "[n° \(e(article.amendment(id)?.number ?? id))](#\(StepLayout.anchor(id)))"
                    }.joined(separator: ", ")
            }
            out += (note.note.map { " (\(e($0)))" } ?? "") + "\n"
        }
        for id in tried?.amendments ?? [] {
            out += "    - tried here, not adopted: " + (article.amendment(id).map(amendment) ?? e(id)) + "\n"
        }
        return out
    }

    static func amendment(_ amendment: AmendmentInfo) -> String {
        let parts = Words.amendmentParts(amendment)
        var out = ["n° \(e(amendment.number))"]
        if !parts.who.isEmpty { out.append(e(parts.who)) }
        out.append("**\(e(parts.fate))**")
        out += [parts.date.map(e), parts.summary.map { "_\(e($0))_" }].compactMap { $0 }
        if let url = ReportEscaping.safeURL(amendment.url) { out.append("<\(url)>") }
        return out.joined(separator: " — ")
    }

    private static func amendments(_ layout: StepLayout, step: StepReport, in article: ArticleReport, report: Report)
        -> String
    {
        guard let examined = layout.examined else { return "" }
        var out =
            "\n**Amendments examined in this step on this article:** \(Plural.count(examined.amendments.count, "amendment")) "
        out += "(\(e(layout.fates))), filed on \(e(Words.reading(report.reading(examined.filedOn ?? "")))); "
        out +=
            examined.complete
            ? "the step's full list.\n\n" : "the amendments the manifest records (not a full list).\n\n"
        for id in layout.adopted {
            let untied = layout.unmatched.contains(id) ? " — _not tied to a change shown here_" : ""
            let shown = article.amendment(id).map(amendment) ?? e(id)
            out += "- <a id=\"\(StepLayout.anchor(id))\"></a>adopted: " + shown + untied + "\n"
        }
        for group in layout.groups {
            out += "- \(group.title):\(group.quote.map { " « \(e($0)) »" } ?? "")\n"
            for id in group.amendments {
                let shown = article.amendment(id).map(amendment) ?? e(id)
                out += "    - " + shown + "\n"
            }
        }
        return out
    }

    static func table(_ article: ArticleReport, in report: Report) -> String {
        let table = article.table
        guard !table.rows.isEmpty else { return "No reading held prints this article's text.\n" }
        var out =
            "Readings as columns, aligned alinéas as rows; “=” the same text as the reading before that holds it.\n\n| row |"
        for (column, id) in table.columns.enumerated() {
            let info = report.reading(id)
            let words = [info.map { Words.chamber($0.chamber).short }, info?.step, info?.date].compactMap { $0 }.joined(
                separator: " ")
            out +=
                " [\(e(words))](#s-\(Anchor.slug(id)))\(article.steps[column].label.map { " art. " + e($0) } ?? "") |"
        }
        out += "\n|---|" + String(repeating: "---|", count: table.columns.count) + "\n"
        for (position, row) in table.rows.enumerated() {
            out += "| <a id=\"\(row.anchor)\"></a>\(position + 1) |"
            for (column, cell) in row.cells.enumerated() {
                let step = article.steps[column]
                let alinea = cell.entry.flatMap { $0 < step.alineas.count ? step.alineas[$0] : nil }
                var body: String
                switch cell.state {
                case .notHeld: body = "_not held_"
                case .absent: body = "_absent_"
                case .none: body = ""
                case .same: body = "="
                case .carried: body = "= _(carried over)_"
                case .typographic: body = "= _(typography)_"
                case .text: body = e(alinea?.newText ?? "")
                case .inserted, .changed, .deleted, .moved:
                    body =
                        (cell.state == .moved ? "_(moved)_ " : "")
                        + (alinea.map { Redline.render($0, side: .both, changes: nil, plain: false, style: .markdown) }
                            ?? "")
                }
                let number = cell.alinea.map { "**\($0)** " } ?? ""
                out += " \(body.isEmpty ? "" : number + body) |"
            }
            out += "\n"
        }
        return out
    }
}
