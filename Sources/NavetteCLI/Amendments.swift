import ArgumentParser
import NavetteCore
import NavetteFormats
import NavetteRender
import NavetteReport
import NavetteWatch

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

            With --against TEXT (the text the amendments were filed on), each amendment is placed on its \
            article and alinéa of that text, or said not placeable with the reason; --summary prints only \
            the figures (read, placed, dispositifs understood, adopted ones that apply cleanly to the text), \
            reading the amendments one file at a time:
              navette amendments ../shared/corpus/an-amendements-l17/PRJLANR5L17B1907-amendements.zip \
                --against ../shared/corpus/formats/current/an-opendata-html/PRJLANR5L17B1907_pjl-type1_defaut_AN.html --summary
            """
    )

    @Argument(help: "Amendment files, directories or zips; or a manifest (its lists, from the store or --mirror).")
    var paths: [String]

    @OptionGroup var snapshots: SnapshotOptions

    @Option(name: .long, help: "Only the amendments on this article (7, 1er, 7 bis) and additional ones by it.")
    var article: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "The text the amendments were filed on (any bill text navette reads): place each on it.")
    var against: String?

    @Flag(name: .long, help: "With --against: print the figures only (placed, understood, applying cleanly).")
    var summary = false

    func validate() throws {
        guard format == .text || format == .json else {
            throw ValidationError("--format \(format.rawValue) is not available here; use text or json")
        }
        if summary && against == nil { throw ValidationError("--summary needs --against TEXT") }
    }

    func run() throws {
        let text = try against.map { try DocumentLoader.readReading(path: $0) }
        if let text, summary { return try writeSummary(against: text) }
        var files = try DossierOpening.amendments(paths: paths, mirror: snapshots.mirror, asOf: snapshots.asOf)
        if let article {
            files = AmendmentFile.only(article: article, in: files)
        }
        var output = StandardOutput()
        let index = text.map { ArticleIndex($0.articles) }
        switch format {
        case .json: output.write(try JSONOutput.encode(files.map(AmendmentFileJSON.init)))
        default:
            AmendmentListing.write(files, to: &output) { amendment in
                index.map { AmendmentListing.placement(AmendmentPlacement.place(amendment, in: $0)) }
            }
        }
    }

    /// Streams every path through a `PlacementSummary` of the text, then prints its figures.
    private func writeSummary(against text: Reading) throws {
        let figures = try PlacementSummary.streaming(paths: paths, on: text, article: article)
        var output = StandardOutput()
        switch format {
        case .json: output.write(try JSONOutput.encode(figures))
        default:
            let name = { (path: String) in path.split(separator: "/").last.map(String.init) ?? path }
            PlacementSummaryText.write(
                figures, amendments: paths.map(name).joined(separator: ", "), text: name(against ?? ""),
                articles: text.articles.count, to: &output)
        }
    }
}
