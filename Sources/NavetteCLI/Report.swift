import ArgumentParser
import Foundation
import NavetteCore
import NavetteFormats
import NavetteIndex
import NavetteRender
import NavetteReport
import NavetteStore
import NavetteWatch

/// `navette report`: the main job. Reads a dossier (or a manifest and its copies), follows its
/// articles, explains the changes, scores the motions, and writes the annotated report.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the annotated report of a bill: each article's history, redlines, amendments, motions.",
        discussion: """
            For each article followed: its numbers through time and a timeline of the readings; for each \
            reading that changed it, a redline (deletions struck through, insertions underlined) with a \
            side-by-side view and a margin note on every change naming the amendment that made it, or \
            saying `unexplained` or `not assessed`; under each alinéa, the amendments that tried to \
            change it and failed; the comparative table (readings as columns, alinéas as rows); the \
            motions aimed at the article with their scorecards; and the sources read, with their \
            snapshot dates and SHA-256. Readings whose text is not held are shown as such. Differences \
            of typography only (’ or ', no-break spaces) are not marked unless --typography is given.

            HTML: index.html and one self-contained page per article (no script, no external request, \
            prints on A4). Markdown: index.md and one page per article. JSON: report.json (shape in the \
            README). Files are written whole or not at all; a short summary goes to the terminal.

            A manifest's texts and amendment lists are read from the store navette sync fills beside \
            it (each source's latest snapshot; --as-of DAY: the one navette held that day), or from the \
            local copies under --mirror.

            With an amendment index (navette index amendments; --index FILE, or the manifest's store \
            when it holds one), each article's page also lists the indexed amendments on the article, \
            filed on the bill's texts, that the report does not hold (the first 10, with the count by \
            fate), and each demand of the motions the indexed amendments that pursued it (see navette \
            motion). Without an index, the report is the same as before, byte for byte.

            Examples:
              navette sync corpus/jo2024 && navette report corpus/jo2024
              navette report corpus/jo2024 --as-of 2023-03-20
              navette report corpus/jo2024 --mirror ../shared/corpus --article 7
              navette report ../shared/corpus/lafabrique/pjl09-200 --out /tmp/pjl09-200
              navette report corpus/jo2024 --mirror ../shared/corpus --index /tmp/jo.sqlite
            """
    )

    @Argument(
        help: "A La Fabrique dossier directory, or a manifest (a YAML file, or a directory holding manifest.yaml).")
    var dossier: String

    @Option(name: .long, help: "Only this article (repeatable; a label or the law's number). Default: the manifest's.")
    var article: [String] = []

    @Option(
        name: .long,
        help: "Root of the local copies a manifest names (e.g. ../shared/corpus), read instead of the store.")
    var mirror: String?

    @Option(name: .customLong("as-of"), help: "Read the store as it was at the end of this day (YYYY-MM-DD).")
    var asOf: String?

    @Option(
        name: .long,
        help: "Directory to write into, created if needed. Default: navette-report/ in the current directory.")
    var out: String = "navette-report"

    @Option(name: .long, help: "Output format: html, markdown or json.")
    var format: ReportFormat = .html

    @Flag(
        name: .long,
        help: "Mark differences of typography only (’ or ', no-break spaces) in HTML and Markdown; folded by default.")
    var typography = false

    @OptionGroup var indexOptions: IndexOptions

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case html, markdown, json

        var renderer: ReportRenderer.Format { ReportRenderer.Format(rawValue: rawValue)! }
    }

    func run() throws {
        var material = try DossierMaterialReader.read(path: dossier, mirror: mirror) { manifest in
            try ManifestSnapshots.source(for: manifest, mirror: mirror, asOf: asOf)
        }
        let index = try self.index(for: material)
        if let (manifest, index) = index {
            let known = manifest.amendments.map { (reading: $0.reading, amendment: Amendment(number: $0.number)) }
            material.scorecards = try material.scorecards.map { card in
                try DemandSearch.complete(card, manifest: manifest, known: known, index: index)
            }
        }
        let generated = ISO8601DateFormatter().string(from: Date())
        let input = ReportInput(
            material, articles: article, generated: generated, tool: "navette \(NavetteVersion.current)")
        var report = try ReportBuilder.build(input)
        if let (manifest, index) = index {
            report = try ArticleSearch.complete(report, manifest: manifest, index: index)
        }
        let files = try ReportRenderer.files(report, format: format.renderer, typography: typography)
        try ReportRenderer.write(files, to: out)
        var output = StandardOutput()
        output.write(ReportSummary.summary(report))
        if let (_, index) = index {
            let more = report.articles.compactMap { $0.indexed?.onArticle?.total }.reduce(0, +)
            let shown = "the first \(ArticleSearch.shown) of each on its page"
            output.write("  amendment index \(index.path): \(more) more on these articles (\(shown))\n")
        }
        let first = (out as NSString).appendingPathComponent(files[0].name)
        output.write(
            "wrote \(files.count) \(format.rawValue) file\(files.count == 1 ? "" : "s") to \(out)/ — open \(first)\n")
    }

    /// The manifest and the index to complete the report with (see `IndexOptions`); none for a La
    /// Fabrique dossier, whose texts the index cannot be searched by.
    private func index(for material: DossierMaterial) throws -> (Manifest, AmendmentIndex)? {
        guard material.kind == .manifest else {
            if indexOptions.index != nil {
                throw UserError.unsuitable(
                    "\(dossier): --index reads an amendment index for a manifest's bill; this is a La Fabrique dossier")
            }
            return nil
        }
        let manifest = try ManifestReader.read(path: dossier)
        return try indexOptions.open(forManifest: manifest.file).map { (manifest, $0) }
    }
}
