import NavetteCore

/// A motion's scorecard in HTML: for each demand, what was asked, what was tried (amendments and
/// their fates), what the text did (the cited feature reading by reading), and the outcome.
enum HTMLMotions {
    private static let e = HTMLPage.e

    static func scorecard(_ motion: MotionReport, demands: [Int], level: Int) -> String {
        let header = motion.motion
        var out =
            "<article class=\"motion\">\n<h\(level)>\(e(header.title ?? "Motion"))</h\(level)>\n<dl class=\"facts\">"
        if let body = header.body { out += "<dt>By</dt><dd>\(e(body))</dd>" }
        if let date = header.date { out += "<dt>Date</dt><dd><time>\(e(date))</time></dd>" }
        out += "<dt>Outcome</dt><dd>\(e(header.outcome))</dd>"
        if !header.authors.isEmpty { out += "<dt>Authors</dt><dd>\(e(header.authors.joined(separator: ", ")))</dd>" }
        if let source = header.source { out += "<dt>Source</dt><dd><code>\(e(source))</code></dd>" }
        out += "</dl>\n"
        for index in demands where index < motion.demands.count {
            let demand = motion.demands[index]
            out += "<section class=\"demand\">\n<h\(level + 1)>Demand \(index + 1): \(e(demand.kind))</h\(level + 1)>\n"
            out += "<blockquote lang=\"fr\">\(e(demand.text))</blockquote>\n<dl class=\"facts\">"
            if let addressee = demand.addressee {
                out += "<dt>Asked by</dt><dd>\(e(addressee))\(demand.askedOf.map { ", of " + e($0) } ?? "")</dd>"
            }
            if let target = demand.target { out += "<dt>Target</dt><dd>article \(e(target))</dd>" }
            out += "<dt>Outcome</dt><dd><strong>\(e(demand.outcome))</strong></dd>"
            if let decision = demand.decision { out += "<dt>Decision</dt><dd>\(e(decision))</dd>" }
            out += "</dl>\n"
            out += linked(demand.amendments, title: "Tried (amendments pursuing the demand)")
            out += linked(demand.fallbacks, title: "Fallbacks tried (amendments narrowing the article)")
            if let indexed = demand.indexed { out += IndexFindingsText.html(indexed) }
            if !demand.trajectory.isEmpty {
                out +=
                    "<div class=\"table-wrap\"><table>\n<caption>The cited feature (end date), reading by reading</caption>\n"
                out +=
                    "<thead><tr><th scope=\"col\">Reading</th><th scope=\"col\">Value</th><th scope=\"col\">Basis</th>"
                out += "<th scope=\"col\">Check</th><th scope=\"col\">Note</th></tr></thead>\n<tbody>\n"
                for point in demand.trajectory {
                    let quote =
                        point.quote.map {
                            "<br><small lang=\"fr\">« \(e($0)) »\(point.alinea.map { ", alinéa \($0)" } ?? "")</small>"
                        } ?? ""
                    out +=
                        "<tr><th scope=\"row\">\(e(point.reading))</th><td>\(e(point.value ?? "unknown"))\(quote)</td>"
                    out +=
                        "<td>\(e(point.basis.rawValue))</td><td>\(e(point.check.rawValue))</td><td>\(e(point.note ?? ""))</td></tr>\n"
                }
                out += "</tbody></table></div>\n"
            }
            out += "</section>\n"
        }
        if !motion.diagnostics.isEmpty {
            out += "<ul class=\"meta\">" + motion.diagnostics.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
        }
        out += "</article>\n"
        return out
    }

    private static func linked(_ amendments: [Scorecard.LinkedAmendment], title: String) -> String {
        guard !amendments.isEmpty else { return "" }
        var out = "<p><strong>\(title):</strong></p>\n<ul>\n"
        for amendment in amendments {
            var line = "<strong>n° \(e(amendment.number))</strong>"
            if let reading = amendment.reading { line += " (filed on \(e(reading)))" }
            var who = amendment.authors.prefix(3).joined(separator: ", ")
            if let group = amendment.group { who += who.isEmpty ? group : " (\(group))" }
            if !who.isEmpty { line += " — \(e(who))" }
            line += " — <span class=\"fate \(Anchor.slug(amendment.fate))\">\(e(amendment.fate))</span>"
            if let url = ReportEscaping.safeURL(amendment.url) { line += " — <a href=\"\(url)\">amendment</a>" }
            line += "<br><small lang=\"fr\">\(e(amendment.evidence))</small>"
            out += "<li>\(line)</li>\n"
        }
        out += "</ul>\n"
        return out
    }
}
