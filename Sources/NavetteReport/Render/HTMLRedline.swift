import NavetteCore

/// The marked-up text of an alinéa: deletions in `<del>`, insertions in `<ins>`, each change wrapped
/// in an anchored `<span class="chg">` followed by the number of its margin note.
enum HTMLRedline {
    /// `changes`: the step's changes, to anchor and number them; nil for no anchors (table cells).
    static func text(
        _ alinea: AlineaReport, side: Redline.Side = .both, changes: [ChangeNote]? = nil, plain: Bool = false
    ) -> String {
        Redline.render(alinea, side: side, changes: changes, plain: plain, style: .html)
    }

    /// The earlier and the later text next to each other, for the alinéas that changed.
    static func sideBySide(_ step: StepReport, entries: [Int], in report: Report) -> String {
        let before = HTMLPage.reading(step.comparedWith, in: report, link: false)
        let after = HTMLPage.reading(step.reading, in: report, link: false)
        var out =
            "<details class=\"sbs\" open>\n<summary>Side by side</summary>\n<div class=\"table-wrap\"><table class=\"sbs\" lang=\"fr\">\n"
        out += "<caption class=\"visually-hidden\">Side by side: before and after</caption>\n"
        out +=
            "<thead><tr><th scope=\"col\" lang=\"en\">Before — \(before)</th><th scope=\"col\" lang=\"en\">After — \(after)</th></tr></thead>\n<tbody>\n"
        for index in entries {
            let alinea = step.alineas[index]
            let left = alinea.oldNumber.map { "<span class=\"cellno\">\($0)</span>" + text(alinea, side: .old) } ?? ""
            let right = alinea.newNumber.map { "<span class=\"cellno\">\($0)</span>" + text(alinea, side: .new) } ?? ""
            out += "<tr><td>\(left)</td><td>\(right)</td></tr>\n"
        }
        out += "</tbody></table></div>\n</details>\n"
        return out
    }

    /// The comparative table: one column per reading, one row per aligned alinéa; readings whose text
    /// is not held (or without the article) are one cell spanning the rows, saying so.
    static func comparativeTable(_ article: ArticleReport, in report: Report) -> String {
        let table = article.table
        guard !table.rows.isEmpty else {
            return "<p>No reading held prints this article's text: there is nothing to lay out.</p>\n"
        }
        var out =
            "<p class=\"legend\">Readings as columns, aligned alinéas as rows. “=” the same text as the reading before "
        out +=
            "that holds it; [−…] deleted, [+…] inserted; hatched columns: text not held, or article not in the reading.</p>\n"
        out +=
            "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"table-h\" tabindex=\"0\">\n<table class=\"comparative\">\n"
        out +=
            "<caption>\(HTMLPage.e(article.title)): \(Plural.count(table.rows.count, "row")) × \(Plural.count(table.columns.count, "reading"))</caption>\n"
        out += "<thead><tr><th scope=\"col\">Row</th>"
        for (column, id) in table.columns.enumerated() {
            let info = report.reading(id)
            let name = info.map { Words.chamber($0.chamber).name } ?? id
            let details = [info?.stage, info?.step, info?.date].compactMap { $0 }.map(HTMLPage.e).joined(
                separator: "<br>")
            let label = article.steps[column].label.map { "<br>art. " + HTMLPage.e($0) } ?? ""
            out +=
                "<th scope=\"col\"><a href=\"#s-\(Anchor.slug(id))\">\(HTMLPage.e(name))</a><br>\(details)\(label)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (position, row) in table.rows.enumerated() {
            out += "<tr id=\"\(row.anchor)\"><th scope=\"row\"><a href=\"#\(row.anchor)\">\(position + 1)</a></th>"
            for (column, cell) in row.cells.enumerated() {
                if cell.state == .notHeld || cell.state == .absent {
                    if position == 0 {
                        let words = cell.state == .notHeld ? "text not held" : "article not in this reading"
                        out +=
                            "<td class=\"\(Anchor.slug(cell.state.rawValue))\" rowspan=\"\(table.rows.count)\">\(words)</td>"
                    }
                    continue
                }
                out += self.cell(cell, column: column, row: row.anchor, in: article)
            }
            out += "</tr>\n"
        }
        out += "</tbody></table>\n</div>\n"
        return out
    }

    private static func cell(_ cell: ComparativeTable.Cell, column: Int, row: String, in article: ArticleReport)
        -> String
    {
        let step = article.steps[column]
        let id = "\(row)-\(Anchor.slug(step.reading))"
        guard let entry = cell.entry, entry < step.alineas.count else { return "<td class=\"none\"></td>" }
        let alinea = step.alineas[entry]
        let number = cell.alinea.map { "<a class=\"cellno\" href=\"#\(id)\">\($0)</a>" } ?? ""
        var body: String
        switch cell.state {
        case .text: body = HTMLPage.e(alinea.newText ?? "")
        case .same, .carried: body = cell.state == .carried ? "= <small>(carried over)</small>" : "="
        case .typographic: body = "= <small>(typography)</small>"
        case .inserted, .changed, .deleted: body = text(alinea)
        case .moved: body = "<small>moved from alinéa \(alinea.oldNumber ?? 0)</small> " + text(alinea)
        case .none, .absent, .notHeld: body = ""
        }
        return "<td id=\"\(id)\" class=\"\(Anchor.slug(cell.state.rawValue))\" lang=\"fr\">\(number)\(body)</td>"
    }
}
