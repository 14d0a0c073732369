import ArgumentParser
import NavetteCore
import NavetteFormats
import NavetteRender
import NavetteReport

/// `navette amendments`: lists the amendments of files or directories, optionally for one article.
struct Amendments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List amendments: number, target, fate, authors, date and the start of the dispositif.",
        discussion: """
            Reads AN amendment XML, HTML, open-data XML and JSON, Akoma Ntoso amendments, Sénat Ameli \
            CSV and discussion JSON, La Fabrique amendements JSON and amendment page excerpts; the format \
            is detected from the content. A directory is read file by file; a .zip (the Assemblée's \
            Amendements.json.zip dump) member by member.

            Examples:
              navette amendments ../shared/corpus/amendments/an --article 7
              navette amendments ../shared/corpus/an-amendements-l17/PRJLANR5L17B1907-amendements.zip --article 28
              navette amendments ../shared/corpus/formats/senat-ameli-csv/jeu_complet_commission_2013-2014_310.csv --format json
            """
    )

    @Argument(help: "Amendment files or directories.")
    var paths: [String]

    @Option(name: .long, help: "Only the amendments on this article (label as printed: 7, 1er, 7 bis), additional articles next to it included.")
    var article: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard format == .text || format == .json else {
            throw ValidationError("--format \(format.rawValue) is not available here; use text or json")
        }
    }

    func run() throws {
        var files = try AmendmentLoader.read(paths: paths)
        if let article {
            files = AmendmentFile.only(article: article, in: files)
        }
        var output = StandardOutput()
        switch format {
        case .json: output.write(try JSONOutput.encode(files.map(AmendmentFileJSON.init)))
        default: AmendmentListing.write(files, to: &output)
        }
    }
}
