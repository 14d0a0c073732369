import ArgumentParser
import NavetteCore
import NavetteFormats
import NavetteRender
import NavetteReport

/// `navette apply`: an article after its amendments.
struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply amendments to an article and print the article as amended.",
        discussion: """
            The article file is plain text, one alinéa per paragraph (paragraphs separated by blank \
            lines), with an optional first line "Article N". Each amendment file holds a dispositif \
            ("À l'alinéa 3, substituer aux mots : « x » les mots : « y ».", "Supprimer cet article."); \
            a header and an exposé sommaire around it are left out. Amendments apply in the order \
            given; alinéa numbers refer to the article as given, as in parliament.

            Examples:
              navette apply --article article_avant --amendment amendement_CL3 --amendment amendement_CL4
              navette apply --article article.txt --amendment ../shared/corpus/amendments/an/assemblee-nationale-0939-AN-406.txt --format json
            """
    )

    @Option(name: .long, help: "The article: plain text, one alinéa per paragraph.")
    var article: String

    @Option(name: .long, parsing: .upToNextOption, help: "Amendment file(s), applied in order.")
    var amendment: [String]

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard !amendment.isEmpty else { throw ValidationError("give at least one --amendment file") }
        guard format == .text || format == .json else { throw ValidationError("--format must be text or json") }
    }

    func run() throws {
        let text = try ArticleFile.read(article)
        let amendments = try amendment.flatMap { try ArticleFile.amendments(path: $0) }
        let outcome = AmendmentSequence.apply(amendments, to: text.alineas)
        var output = StandardOutput()
        switch format {
        case .json:
            output.write(try JSONOutput.encode(ApplyReport(label: text.label, outcome: outcome)))
        default:
            output.write(ApplyReport.text(label: text.label, outcome: outcome))
            // What did not apply is said on stderr, one line per edit, so that the text stays clean.
            for line in ApplyReport.warnings(outcome) { StandardError.write("navette: warning: \(line)\n") }
        }
    }
}
