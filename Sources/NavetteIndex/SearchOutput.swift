import Foundation
import NavetteCore
import NavetteReport
import NavetteStore

/// Writes search results and tallies as text, JSON or CSV.
public enum SearchOutput {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, csv
    }

    /// The hits, best first. `total` is how many match in all; `bold` marks the words found with
    /// the terminal's bold instead of `**`.
    public static func hits(
        _ hits: [AmendmentHit], total: Int, query: String, format: Format, bold: Bool = false,
        to output: inout some TextOutputStream
    ) throws {
        switch format {
        case .text:
            let quoted = query.isEmpty ? "" : " \"\(query)\""
            output.write("\(total) amendment\(total == 1 ? "" : "s") match\(total == 1 ? "es" : "")\(quoted)")
            output.write(hits.count < total ? " (the first \(hits.count) shown)\n" : "\n")
            for (rank, hit) in hits.enumerated() {
                output.write("\n\(rank + 1). " + headline(hit.amendment) + "\n")
                let who = signatories(hit.amendment)
                if !who.isEmpty { output.write("   \(who)\n") }
                let excerpt = hit.excerpt.marked { bold ? "\u{1B}[1m\($0)\u{1B}[22m" : "**\($0)**" }
                output.write("   " + oneLine(excerpt) + "\n")
                if let url = hit.amendment.url { output.write("   \(url)\n") }
            }
        case .json:
            let rows = hits.map(HitJSON.init)
            output.write(try JSONOutput.encode(SearchJSON(total: total, query: query, amendments: rows)))
        case .csv:
            output.write(
                csvLine(["number", "chamber", "text", "article", "group", "authors", "date", "fate", "url", "excerpt"]))
            for hit in hits {
                let amendment = hit.amendment
                output.write(
                    csvLine([
                        amendment.number, amendment.chamber.rawValue, amendment.text.bill ?? "",
                        amendment.target.article?.key ?? "", amendment.group ?? "",
                        amendment.authors.joined(separator: "; "), amendment.date ?? "", amendment.fate.rawValue,
                        amendment.url ?? "", oneLine(hit.excerpt.marked { "**\($0)**" }),
                    ]))
            }
        }
    }

    /// The tally by group and fate.
    public static func tally(_ tally: AmendmentTally, format: Format, to output: inout some TextOutputStream) throws {
        switch format {
        case .text:
            output.write("\(tally.total) amendment\(tally.total == 1 ? "" : "s") by group and fate\n")
            let width = min(60, tally.rows.map { ($0.group ?? "—").count }.max() ?? 0)
            for row in tally.rows {
                let group = (row.group ?? "—").padding(toLength: width, withPad: " ", startingAt: 0)
                let fate = row.fate.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                output.write("  \(group)  \(fate) \(row.count)\n")
            }
        case .json:
            let rows = tally.rows.map { TallyJSON(group: $0.group, fate: $0.fate.rawValue, count: $0.count) }
            output.write(try JSONOutput.encode(TallyListJSON(total: tally.total, byGroupAndFate: rows)))
        case .csv:
            output.write(csvLine(["group", "fate", "count"]))
            for row in tally.rows { output.write(csvLine([row.group ?? "", row.fate.rawValue, String(row.count)])) }
        }
    }

    /// `n° AS422 · texte 1907 (17) · après l'article 42 · rejeté · 2025-10-20`
    static func headline(_ amendment: Amendment) -> String {
        var parts = ["n° \(amendment.number)"]
        if let bill = amendment.text.bill {
            parts.append("texte \(bill)" + (amendment.text.legislature.map { " (\($0))" } ?? ""))
        }
        if let article = amendment.target.article {
            switch amendment.target.position {
            case .on: parts.append("article \(article.key)")
            case .before: parts.append("avant l'article \(article.key)")
            case .after: parts.append("après l'article \(article.key)")
            }
        } else if let label = amendment.target.label {
            parts.append(label)
        }
        if let alinea = amendment.target.alinea { parts.append("alinéa \(alinea)") }
        parts.append(amendment.fate == .unknown ? (amendment.fateText ?? "sort inconnu") : amendment.fate.rawValue)
        if let date = amendment.date { parts.append(date) }
        return parts.joined(separator: " · ")
    }

    static func signatories(_ amendment: Amendment) -> String {
        var who = amendment.authors.prefix(3).joined(separator: ", ")
        if amendment.authors.count > 3 { who += " +\(amendment.authors.count - 3)" }
        if let group = amendment.group { who += who.isEmpty ? group : " (\(group))" }
        return who
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// One RFC 4180 line: fields quoted when they hold a comma, a quote or a line break.
    static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacing("\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\r\n"
    }

}

private struct SearchJSON: Encodable {
    var total: Int
    var query: String
    var amendments: [HitJSON]
}

/// One hit in `--format json`: the amendment's facts, the excerpt (words found between `**`) and
/// the words found, its rank score and the file it was read from.
private struct HitJSON: Encodable {
    var number, chamber, fate: String
    var legislature, text, stage, article, position, group, date, fateText, url: String?
    var alinea: Int?
    var authors: [String]
    var excerpt: String
    var found: [String]
    var score: Double
    var source: String?
    var sha256: String

    init(_ hit: AmendmentHit) {
        let amendment = hit.amendment
        number = amendment.number
        chamber = amendment.chamber.rawValue
        fate = amendment.fate.rawValue
        legislature = amendment.text.legislature
        text = amendment.text.bill
        stage = amendment.text.stage?.rawValue
        article = amendment.target.article?.key
        position = amendment.target.article == nil ? nil : amendment.target.position.rawValue
        group = amendment.group
        date = amendment.date
        fateText = amendment.fateText
        url = amendment.url
        alinea = amendment.target.alinea
        authors = amendment.authors
        excerpt = hit.excerpt.marked { "**\($0)**" }
        found = Array(Set(hit.excerpt.parts.filter(\.found).map(\.text))).sorted()
        score = hit.score
        source = amendment.file
        sha256 = hit.sha256
    }
}

private struct TallyListJSON: Encodable {
    var total: Int
    var byGroupAndFate: [TallyJSON]
}

private struct TallyJSON: Encodable {
    var group: String?
    var fate: String
    var count: Int
}
