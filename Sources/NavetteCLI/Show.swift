import ArgumentParser
import NavetteCore
import NavetteFormats
import NavetteRender
import NavetteWatch

/// `navette show`: what a file or a dossier holds.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the outline of a bill text, the readings of a dossier, or one article's alinéas.",
        discussion: """
            For a file: its divisions and articles, with status and alinéa count. For a dossier \
            directory: each reading with its article count. With --article: that article's alinéas, \
            numbered as amendments count them ("À l'alinéa 3").

            Examples:
              navette show ../shared/corpus/lafabrique/pjl09-200
              navette show ../shared/corpus/lafabrique/pjl09-200 --reading 05_1erelecture_assemblee_hemicycle --article 1er
              navette show ../shared/corpus/texts/an/15-essoc/r0575-a0-texte-commission-1ere-lecture.html --format json
            """
    )

    @Argument(help: "A bill text, a La Fabrique dossier directory, or a manifest (texts from the store or --mirror).")
    var path: String

    @OptionGroup var snapshots: SnapshotOptions

    @Option(name: .long, help: "Show this article's alinéas (label as printed: 1er, 7 bis A).")
    var article: String?

    @Option(name: .long, help: "In a dossier, the reading to show (id or part). Default: the last with the article.")
    var reading: String?

    @Option(name: .long, help: "Output format: text, markdown or json.")
    var format: OutputFormat = .text

    @Option(name: .customLong("input-format"), help: "Force the input format instead of detecting it.")
    var inputFormat: DocumentFormat?

    func run() throws {
        var output = StandardOutput()
        let opened = try DossierOpening.load(
            path: path, format: inputFormat, mirror: snapshots.mirror, asOf: snapshots.asOf)
        switch opened {
        case .dossier(let dossier):
            if let article {
                let chosen = try ReadingChoice.reading(in: dossier, id: reading, having: article)
                try ShowRenderer.article(
                    try ReadingChoice.article(article, in: chosen), of: chosen, format: format, to: &output)
            } else {
                try ShowRenderer.dossier(dossier, format: format, to: &output)
            }
        case .reading(let single):
            if let article {
                try ShowRenderer.article(
                    try ReadingChoice.article(article, in: single), of: single, format: format, to: &output)
            } else {
                try ShowRenderer.reading(single, format: format, to: &output)
            }
        }
    }
}
