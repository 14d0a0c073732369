import NavetteCore
import NavetteReport

/// Markdown: one section per article, one list item per alinéa; deletions and insertions as
/// `<del>`/`<ins>` (GitHub-flavoured Markdown renders them; `~~`/`**` break next to punctuation).
struct MarkdownDiffWriter: DiffWriter {
    var output = ""

    private let markup = InlineMarkup(
        deleteOpen: "<del>", deleteClose: "</del>", insertOpen: "<ins>", insertClose: "</ins>",
        // The Markdown escaper leaves quotes alone; inside the attribute they must be entities.
        typography: { old, new in "<span title=\"was: \(old.replacing("\"", with: "&quot;"))\">\(new)</span>" },
        moveNote: { id, from in from ? " _(moved, see ↷\(id))_" : " _(moved here ↶\(id))_" },
        escape: ReportEscaping.markdown)

    mutating func begin(_ comparison: ReadingComparison, single: Bool) {
        output += "## `\(comparison.from)` → `\(comparison.to)`\n\n\(DiffSummary.describe(comparison.stats))\n"
        if !comparison.added.isEmpty {
            output +=
                "\nAdded: \(comparison.added.map { "article " + ReportEscaping.markdown($0) }.joined(separator: ", "))\n"
        }
        if !comparison.removed.isEmpty {
            output +=
                "\nRemoved: \(comparison.removed.map { "article " + ReportEscaping.markdown($0) }.joined(separator: ", "))\n"
        }
    }

    mutating func beginArticle(_ article: ArticleDiff) {
        output +=
            "\n### Article \(ReportEscaping.markdown(article.label))\n\n_\(DiffSummary.status(article)) — \(DiffSummary.describe(article))_\n\n"
    }

    mutating func alinea(_ entry: Comparison.Entry) {
        let label = "**\(DiffSummary.number(entry))**"
        switch entry.kind {
        case .unchanged: output += "- \(label) \(ReportEscaping.markdown(entry.new ?? ""))\n"
        case .inserted: output += "- \(label) _(inserted)_ \(markup.render(entry.ops))\n"
        case .deleted: output += "- \(label) _(deleted)_ \(markup.render(entry.ops))\n"
        case .moved: output += "- \(label) _(moved from alinéa \(entry.oldNumber ?? 0))_ \(markup.render(entry.ops))\n"
        case .typographic: output += "- \(label) _(typography only)_ \(markup.render(entry.ops))\n"
        case .changed: output += "- \(label) \(markup.render(entry.ops))\n"
        }
    }

    mutating func unchangedAlineas(_ run: UnchangedRun) {
        output += "- _\(run.description)_\n"
    }

    mutating func endArticle(_ article: ArticleDiff) {}

    mutating func unchangedArticles(_ labels: [String]) {
        output += "\n_Unchanged: \(labels.map(ReportEscaping.markdown).joined(separator: ", "))_\n"
    }

    mutating func end(_ comparison: ReadingComparison) {
        output += "\n"
    }
}

/// An HTML fragment (no `<html>`/`<head>`, to embed in a page): semantic `<del>`/`<ins>`, classes
/// for styling (`alinea changed`, `moved`, `typography`), every document text escaped.
struct HTMLDiffWriter: DiffWriter {
    var output = ""

    private let markup = InlineMarkup(
        deleteOpen: "<del>", deleteClose: "</del>", insertOpen: "<ins>", insertClose: "</ins>",
        typography: { old, new in "<span class=\"typography\" title=\"was: \(old)\">\(new)</span>" },
        moveNote: { id, from in "<sup class=\"move\" data-move=\"\(id)\">\(from ? "↷" : "↶")\(id)</sup>" },
        escape: ReportEscaping.html)

    private func e(_ text: String) -> String { ReportEscaping.html(text) }

    mutating func begin(_ comparison: ReadingComparison, single: Bool) {
        output +=
            "<section class=\"navette-diff\" data-from=\"\(e(comparison.from))\" data-to=\"\(e(comparison.to))\">\n"
        output +=
            "<h2>\(e(comparison.from)) → \(e(comparison.to))</h2>\n<p class=\"summary\">\(e(DiffSummary.describe(comparison.stats)))</p>\n"
        if !comparison.added.isEmpty {
            output +=
                "<p class=\"added\">Added: \(e(comparison.added.map { "article " + $0 }.joined(separator: ", ")))</p>\n"
        }
        if !comparison.removed.isEmpty {
            output +=
                "<p class=\"removed\">Removed: \(e(comparison.removed.map { "article " + $0 }.joined(separator: ", ")))</p>\n"
        }
    }

    mutating func beginArticle(_ article: ArticleDiff) {
        output += "<article class=\"article \(article.status.rawValue)\" data-label=\"\(e(article.label))\">\n"
        output +=
            "<h3>Article \(e(article.label))</h3>\n<p class=\"summary\">\(e(DiffSummary.status(article))) — \(e(DiffSummary.describe(article)))</p>\n<ol class=\"alineas\">\n"
    }

    mutating func alinea(_ entry: Comparison.Entry) {
        var attributes = "class=\"alinea \(entry.kind.rawValue)\""
        if let number = entry.newNumber ?? entry.oldNumber { attributes += " value=\"\(number)\"" }
        if let old = entry.oldNumber { attributes += " data-old=\"\(old)\"" }
        if let new = entry.newNumber { attributes += " data-new=\"\(new)\"" }
        let body = entry.kind == .unchanged ? e(entry.new ?? "") : markup.render(entry.ops)
        let note = entry.kind == .moved ? "<span class=\"note\">moved from alinéa \(entry.oldNumber ?? 0)</span> " : ""
        output += "<li \(attributes)>\(note)\(body)</li>\n"
    }

    mutating func unchangedAlineas(_ run: UnchangedRun) {
        output += "<li class=\"unchanged-run\" value=\"\(run.numbers.lowerBound)\">\(e(run.description))</li>\n"
    }

    mutating func endArticle(_ article: ArticleDiff) {
        output += "</ol>\n</article>\n"
    }

    mutating func unchangedArticles(_ labels: [String]) {
        output += "<p class=\"unchanged\">Unchanged: \(e(labels.joined(separator: ", ")))</p>\n"
    }

    mutating func end(_ comparison: ReadingComparison) {
        output += "</section>\n"
    }
}
