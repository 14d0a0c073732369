import NavetteCore

/// What the amendment index adds to a demand, written out for `navette motion` and the report:
/// two lists apart (on the article in this bill; by the demand's words in every bill), each with
/// how it was searched, how many were found and the first of them. Amendments already listed from
/// the manifest are not repeated.
public enum IndexFindingsText {
    /// Text lines, indented under a demand of `navette motion`.
    public static func text(_ findings: IndexFindings) -> String {
        var out = "   in the index \(findings.store), beside the manifest:\n"
        for (list, title) in lists(findings) {
            out += "     \(title) (\(list.search)): \(counted(list))\n"
            for amendment in list.amendments {
                out += "       \(headline(amendment)) — \(oneLine(amendment.evidence))\n"
                out += "         \(amendment.url ?? "source: " + amendment.source)\n"
            }
        }
        return out
    }

    /// A Markdown list under a demand (`level`: its heading's).
    public static func markdown(_ findings: IndexFindings, level: Int = 4) -> String {
        "\n\(String(repeating: "#", count: level)) In the amendment index, beside the manifest\n\n"
            + "Index: `\(findings.store.replacing("`", with: "'"))`\n" + markdownLists(findings)
    }

    private static func markdownLists(_ findings: IndexFindings) -> String {
        let e = ReportEscaping.markdown
        var out = ""
        for (list, title) in lists(findings) {
            out += "\n- **\(e(title))** (\(e(list.search))): \(counted(list))\n"
            for amendment in list.amendments {
                let link = ReportEscaping.safeURL(amendment.url).map { " — <\($0)>" } ?? ""
                out += "  - \(e(headline(amendment)))\(link) — \(e(oneLine(amendment.evidence)))\n"
            }
        }
        return out
    }

    /// HTML under a demand of the report's motions.
    public static func html(_ findings: IndexFindings) -> String {
        let e = ReportEscaping.html
        var out = "<section class=\"indexed\">\n<p><strong>In the amendment index, beside the manifest</strong> "
        out += "(<code>\(e(findings.store))</code>):</p>\n"
        return out + htmlLists(findings) + "</section>\n"
    }

    /// The section of an article's page: the indexed amendments on the article the report does not hold.
    static func articleHTML(_ findings: IndexFindings) -> String {
        let e = ReportEscaping.html
        var out = "<section id=\"indexed\" aria-labelledby=\"indexed-h\">\n"
        out += "<h2 id=\"indexed-h\">\(e(articleHeading))</h2>\n<p>\(e(articleIntro)).</p>\n"
        out += "<p>Index: <code>\(e(findings.store))</code></p>\n"
        return out + htmlLists(findings) + "</section>\n"
    }

    static func articleMarkdown(_ findings: IndexFindings) -> String {
        "\n## \(articleHeading)\n\n\(ReportEscaping.markdown(articleIntro)).\n\n"
            + "Index: `\(findings.store.replacing("`", with: "'"))`\n" + markdownLists(findings)
    }

    static let articleHeading = "In the amendment index"
    static let articleIntro =
        "Amendments on this article, filed on the bill's texts, that the index holds beside those this report"
        + " shows above (the manifest's and those of the amendment lists read)"

    private static func htmlLists(_ findings: IndexFindings) -> String {
        let e = ReportEscaping.html
        var out = ""
        for (list, title) in lists(findings) {
            out += "<p>\(e(title)) <small>(\(e(list.search)))</small>: \(e(counted(list)))</p>\n"
            guard !list.amendments.isEmpty else { continue }
            out += "<ul>\n"
            for amendment in list.amendments {
                var line = "<strong>\(e(headline(amendment)))</strong>"
                if let url = ReportEscaping.safeURL(amendment.url) { line += " — <a href=\"\(url)\">amendment</a>" }
                line += "<br><small lang=\"fr\">\(e(oneLine(amendment.evidence)))</small>"
                out += "<li>\(line)</li>\n"
            }
            out += "</ul>\n"
        }
        return out
    }

    private static func lists(_ findings: IndexFindings) -> [(IndexedList, String)] {
        [
            findings.onArticle.map { ($0, "on the article, in this bill") },
            findings.byWords.map { ($0, "by the demand's words, in every bill") },
        ].compactMap { $0 }
    }

    private static func counted(_ list: IndexedList) -> String {
        switch (list.total, list.amendments.count) {
        case (0, _): return "none"
        case (let total, let shown) where shown < total:
            return "\(Plural.count(total, "amendment"))\(fates(list)), the first \(shown) shown"
        case (let total, _): return Plural.count(total, "amendment") + fates(list)
        }
    }

    /// ` (12 rejeté, 3 adopté)`: the tally by fate, largest first, when the list has one.
    private static func fates(_ list: IndexedList) -> String {
        guard let byFate = list.byFate, !byFate.isEmpty else { return "" }
        let sorted = byFate.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        return " (" + sorted.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + ")"
    }

    /// `n° 585 — AN text 939 (16) — Article 7 — Écologiste — rejeté — 2023-03-16`.
    static func headline(_ amendment: IndexedAmendment) -> String {
        var parts = ["n° \(amendment.number)", amendment.text]
        if let target = amendment.target { parts.append(target) }
        var who = amendment.authors.prefix(2).joined(separator: ", ")
        if amendment.authors.count > 2 { who += " +\(amendment.authors.count - 2)" }
        if let group = amendment.group { who += who.isEmpty ? group : " (\(group))" }
        if !who.isEmpty { parts.append(who) }
        parts.append(amendment.fate)
        if let date = amendment.date { parts.append(date) }
        return parts.joined(separator: " — ")
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
