import NavetteCore

/// What every HTML page shares: the frame (head with the inline style, skip link, footer with the
/// sources and their hashes) and the small pieces (readings, amendments, verdicts) both pages print.
/// Every string from a document goes through `e` (escaped) or `ReportEscaping.safeURL`.
enum HTMLPage {
    static func e(_ text: String) -> String { ReportEscaping.html(text) }

    static func open(title: String, description: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="navette">
        <meta name="description" content="\(e(description))">
        <title>\(e(title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <a class="skip" href="#main">Skip to the content</a>

        """
    }

    /// The footer: when the report was made, and every file read with its snapshot date and sha256.
    static func footer(_ report: Report) -> String {
        var out = "<footer id=\"sources\" aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">Sources</h2>\n"
        out +=
            "<p>Generated \(e(report.generated)) by \(e(report.tool)) from \(Plural.count(report.sources.count, "file")). "
        out += "Each file is named by its SHA-256: the same bytes give the same report.</p>\n"
        if !report.sources.isEmpty {
            out +=
                "<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Role</th>"
            out +=
                "<th scope=\"col\">Snapshot</th><th scope=\"col\">Bytes</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n"
            for source in report.sources {
                out +=
                    "<tr><td><code>\(e(source.path))</code></td><td>\(e(source.role))</td><td>\(e(source.snapshot ?? "unknown"))</td>"
                out += "<td>\(source.bytes)</td><td><code>\(e(source.sha256))</code></td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        out +=
            "<p>The texts are shown exactly as the sources print them; navette only marks what changed.</p>\n</footer>\n"
        return out
    }

    static let close = "</body>\n</html>\n"

    /// A reading, linked to its step section when the page has one.
    static func reading(_ id: String?, in report: Report, link: Bool) -> String {
        guard let id else { return "?" }
        let words = e(Words.reading(report.reading(id)))
        return link ? "<a href=\"#s-\(Anchor.slug(id))\">\(words)</a>" : words
    }

    /// `n° 123` with who, fate, date and a link to the amendment.
    static func amendment(_ amendment: AmendmentInfo) -> String {
        let parts = Words.amendmentParts(amendment)
        var out = ["<strong>n° \(e(amendment.number))</strong>"]
        if !parts.who.isEmpty { out.append(e(parts.who)) }
        out.append("<span class=\"fate \(Anchor.slug(amendment.fate.rawValue))\">\(e(parts.fate))</span>")
        out += [parts.date.map { "<time>\(e($0))</time>" }, parts.summary.map { "<i>\(e($0))</i>" }].compactMap { $0 }
        if let url = ReportEscaping.safeURL(amendment.url) { out.append("<a href=\"\(url)\">amendment</a>") }
        return out.joined(separator: " — ")
    }

    static func verdict(_ verdict: Attribution.Verdict) -> String {
        "<span class=\"verdict \(Anchor.slug(verdict.rawValue))\">\(Words.verdict(verdict))</span>"
    }

    /// Official addresses, linked when they are http(s).
    static func links(_ urls: [String]) -> String {
        urls.map { url in ReportEscaping.safeURL(url).map { "<a href=\"\($0)\">\($0)</a>" } ?? e(url) }.joined(
            separator: "<br>")
    }
}
