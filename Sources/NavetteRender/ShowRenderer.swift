import NavetteCore
import NavetteReport

/// Writes what `navette show` prints, in text, Markdown or JSON.
public enum ShowRenderer {
    struct DossierJSON: Encodable {
        struct ReadingJSON: Encodable {
            var id: String
            var chamber: String
            var stage: String?
            var step: String?
            var date: String?
            var articleCount: Int
            var diagnostics: [String]
        }
        var id: String
        var title: String?
        var readings: [ReadingJSON]
    }

    struct ReadingJSON: Encodable {
        struct ArticleJSON: Encodable {
            var label: String
            var status: String
            var flags: [String]
            var division: String?
            var alineas: [String]
        }
        var id: String
        var chamber: String
        var date: String?
        var title: String?
        var articles: [ArticleJSON]
        var diagnostics: [String]
    }

    public static func dossier(_ dossier: Dossier, format: OutputFormat, to output: inout some TextOutputStream) throws
    {
        switch format {
        case .json:
            let value = DossierJSON(
                id: dossier.id, title: dossier.title,
                readings: dossier.readings.map {
                    .init(
                        id: $0.id, chamber: $0.chamber.rawValue, stage: $0.stage, step: $0.step, date: $0.date,
                        articleCount: $0.articles.count, diagnostics: $0.diagnostics.map(\.description))
                })
            output.write(try JSONOutput.encode(value))
        case .markdown, .html:
            output.write("# \(md(dossier.title ?? dossier.id))\n\n")
            output.write("| # | reading | chamber | stage | date | articles |\n|---|---|---|---|---|---|\n")
            for (index, reading) in dossier.readings.enumerated() {
                let stage = md("\(reading.stage ?? "") \(reading.step ?? "")")
                let cells = [
                    md(reading.id), reading.chamber.rawValue, stage, md(reading.date ?? ""),
                    "\(reading.articles.count)",
                ]
                output.write("| \(index + 1) | \(cells.joined(separator: " | ")) |\n")
            }
        case .text:
            output.write("\(dossier.title ?? dossier.id): \(dossier.readings.count) readings\n")
            for (index, reading) in dossier.readings.enumerated() {
                let stage = [reading.stage, reading.step].compactMap { $0 }.joined(separator: " ")
                output.write(
                    "\(pad(String(index + 1), 3)) \(pad(reading.id, 40)) \(pad(reading.chamber.rawValue, 10)) \(pad(stage, 24)) \(pad(reading.date ?? "", 10)) \(reading.articles.count) articles\n"
                )
            }
            writeDiagnostics(dossier.diagnostics + dossier.readings.flatMap(\.diagnostics), to: &output)
        }
    }

    public static func reading(_ reading: Reading, format: OutputFormat, to output: inout some TextOutputStream) throws
    {
        switch format {
        case .json:
            output.write(try JSONOutput.encode(json(reading, articles: reading.articles)))
        case .markdown, .html:
            output.write("# \(md(reading.title ?? reading.id))\n\n")
            var next = 0
            for (index, article) in reading.articles.enumerated() {
                while next < reading.divisions.count, reading.divisions[next].firstArticle <= index {
                    let division = reading.divisions[next]
                    let heading = md(division.label) + (division.heading.map { " — " + md($0) } ?? "")
                    output.write("\(String(repeating: "#", count: min(division.depth + 2, 6))) \(heading)\n\n")
                    next += 1
                }
                output.write("- **Article \(md(article.label))**\(summary(article))\n")
            }
        case .text:
            output.write("\(reading.title ?? reading.id): \(Plural.count(reading.articles.count, "article"))\n")
            var next = 0
            for (index, article) in reading.articles.enumerated() {
                while next < reading.divisions.count, reading.divisions[next].firstArticle <= index {
                    let division = reading.divisions[next]
                    output.write(
                        "\(String(repeating: "  ", count: division.depth))\(division.label)\(division.heading.map { " – \($0)" } ?? "")\n"
                    )
                    next += 1
                }
                let depth = article.division.map { reading.divisions[$0].depth + 1 } ?? 0
                output.write("\(String(repeating: "  ", count: depth))Article \(article.label)\(summary(article))\n")
            }
            writeDiagnostics(reading.diagnostics, to: &output)
        }
    }

    public static func article(
        _ article: Article, of reading: Reading, format: OutputFormat, to output: inout some TextOutputStream
    ) throws {
        switch format {
        case .json:
            output.write(try JSONOutput.encode(json(reading, articles: [article])))
        case .markdown, .html:
            // Document text is data: escaped so that no markup (`<script>`, `[x](javascript:…)`) passes.
            output.write("## Article \(md(article.label))\(summary(article))\n\n_\(md(reading.id))_\n\n")
            for (index, alinea) in article.alineas.enumerated() {
                output.write("\(index + 1). \(md(alinea.text))\n")
            }
        case .text:
            output.write("Article \(article.label)\(summary(article)) — \(reading.id)\n")
            let width = String(article.alineas.count).count
            for (index, alinea) in article.alineas.enumerated() {
                output.write("\(pad(String(index + 1), width, right: true))  \(alinea.text)\n")
            }
        }
    }

    /// Text from a document, escaped for Markdown.
    static func md(_ text: String) -> String { ReportEscaping.markdown(text) }

    static func json(_ reading: Reading, articles: [Article]) -> ReadingJSON {
        ReadingJSON(
            id: reading.id, chamber: reading.chamber.rawValue, date: reading.date, title: reading.title,
            articles: articles.map { article in
                .init(
                    label: article.label, status: article.status.rawValue,
                    flags: article.flags.map(\.rawValue).sorted(),
                    division: article.division.map { reading.divisions[$0].label },
                    alineas: article.alineas.map(\.text))
            },
            diagnostics: reading.diagnostics.map(\.description))
    }

    static func summary(_ article: Article) -> String {
        var parts: [String] = []
        if article.flags.contains(.nouveau) { parts.append("(nouveau)") }
        if article.status != .none { parts.append("(\(article.status.rawValue))") }
        parts.append("\(article.alineas.count) alinéa\(article.alineas.count == 1 ? "" : "s")")
        return " " + parts.joined(separator: " ")
    }

    static func writeDiagnostics(_ diagnostics: [Diagnostic], to output: inout some TextOutputStream) {
        for diagnostic in diagnostics { output.write("  ! \(diagnostic)\n") }
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
