import ArgumentParser
import NavetteCore
import NavetteReport
import NavetteFormats
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

    @Argument(help: "Amendment files or directories; or a manifest (its amendment lists and pages, from the store or --mirror).")
    var paths: [String]

    @OptionGroup var snapshots: SnapshotOptions

    @Option(name: .long, help: "Only the amendments on this article (label as printed: 7, 1er, 7 bis), additional articles next to it included.")
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
        var files: [AmendmentFile] = []
        for path in paths {
            if let manifest = DossierOpening.manifestFile(path) {
                files += try WatchError.asUserError {
                    try DossierOpening.amendments(manifest: manifest, mirror: snapshots.mirror, asOf: snapshots.asOf)
                }
            } else {
                files += try AmendmentLoader.read(paths: [path])
            }
        }
        if let article {
            files = AmendmentListing.only(article: article, in: files)
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
        var figures = PlacementSummary(text: text.articles)
        let key = article.map { ArticleNumber(label: $0).key }
        for path in paths {
            try AmendmentStream.forEachAmendment(path: path) { amendment, _ in
                if key == nil || amendment.target.article?.key == key { figures.add(amendment) }
            }
        }
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

/// The JSON shape of `navette amendments --format json`.
struct AmendmentFileJSON: Encodable {
    var file: String
    var format: String
    var amendments: [Amendment]
    var diagnostics: [Diagnostic]

    init(_ file: AmendmentFile) {
        self.file = file.file
        self.format = file.format.rawValue
        self.amendments = file.amendments
        self.diagnostics = file.diagnostics
    }
}

/// The text listing: one block per file, one line per amendment, then the file's diagnostics.
enum AmendmentListing {
    /// The files' amendments on (or next to) an article, with the diagnostics about them or about
    /// the whole file; files left without amendments are dropped.
    static func only(article: String, in files: [AmendmentFile]) -> [AmendmentFile] {
        let key = ArticleNumber(label: article).key
        return files.compactMap { file in
            var kept = file
            kept.amendments = file.amendments.filter { $0.target.article?.key == key }
            guard !kept.amendments.isEmpty else { return nil }
            let numbers = Set(file.amendments.map(\.number)).subtracting(kept.amendments.map(\.number))
            kept.diagnostics = file.diagnostics.filter { diagnostic in
                !numbers.contains { diagnostic.message.hasPrefix("amendement \($0):") }
            }
            return kept
        }
    }

    static func write(
        _ files: [AmendmentFile], to output: inout some TextOutputStream,
        placement: (Amendment) -> String? = { _ in nil }
    ) {
        var total = 0
        for file in files {
            total += file.amendments.count
            output.write("\(file.file) (\(file.format.rawValue)): \(file.amendments.count) amendment\(file.amendments.count == 1 ? "" : "s")\n")
            for amendment in file.amendments {
                output.write("  " + line(amendment) + (placement(amendment).map { " | " + $0 } ?? "") + "\n")
            }
            for diagnostic in file.diagnostics {
                output.write("  \(diagnostic.severity.rawValue): \(diagnostic.message)\n")
            }
        }
        if files.count > 1 { output.write("\(total) amendments in \(files.count) files\n") }
    }

    static func line(_ amendment: Amendment) -> String {
        var parts = ["n° \(amendment.number)", target(amendment.target), fate(amendment)]
        var who = amendment.authors.prefix(2).joined(separator: ", ")
        if amendment.authors.count > 2 { who += " +\(amendment.authors.count - 2)" }
        if let group = amendment.group { who += who.isEmpty ? group : " (\(group))" }
        if !who.isEmpty { parts.append(who) }
        if let date = amendment.date { parts.append(date) }
        if !amendment.dispositif.isEmpty { parts.append("« \(firstWords(amendment.dispositif)) »") }
        return parts.joined(separator: " | ")
    }

    /// Where `--against` placed it: `placed on article 28, alinéa 22`, `not placeable: …`.
    static func placement(_ placement: AmendmentPlacement) -> String {
        switch placement {
        case .alinea(let article, let alinea): return "placed on article \(article), alinéa \(alinea)"
        case .article(let article): return "placed on article \(article)"
        case .notPlaceable(let reason): return "not placeable: \(reason)"
        }
    }

    static func target(_ target: AmendmentTarget) -> String {
        var text: String
        switch target.kind {
        case .article:
            let label = target.article.map { "article \($0.key)" } ?? (target.label ?? "article ?")
            switch target.position {
            case .on: text = label
            case .before: text = "avant " + label
            case .after: text = "après " + label
            }
        case .division: text = target.label ?? "division"
        case .title: text = "titre"
        case .annex: text = target.label ?? "annexe"
        case .wholeText: text = "ensemble du texte"
        case .unknown: text = "cible inconnue"
        }
        if let alinea = target.alinea {
            text += ", " + (target.alineaPosition == .after ? "après l'" : target.alineaPosition == .before ? "avant l'" : "") + "alinéa \(alinea)"
        }
        return text
    }

    static func fate(_ amendment: Amendment) -> String {
        guard amendment.fate != .unknown else { return amendment.fateText.map { "sort inconnu (\($0))" } ?? "sort inconnu" }
        return amendment.fate.rawValue
    }

    /// The first dozen words of the dispositif, on one line.
    static func firstWords(_ text: String, count: Int = 12) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        return words.prefix(count).joined(separator: " ") + (words.count > count ? " …" : "")
    }
}
