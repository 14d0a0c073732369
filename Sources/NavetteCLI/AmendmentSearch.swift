import ArgumentParser
import Foundation
import NavetteCore
import NavetteIndex
import NavetteStore

/// `navette amendments`: lists amendment files (the default) or searches the store's index.
struct AmendmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amendments",
        abstract: "List the amendments of files, or search the index built by `navette index amendments`.",
        subcommands: [Amendments.self, AmendmentSearch.self],
        defaultSubcommand: Amendments.self
    )
}

/// `navette amendments search QUERY`: full-text search of the indexed amendments.
struct AmendmentSearch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the indexed amendments: ranked results, the passage found and the official link.",
        discussion: """
            Words are searched in the dispositif and the exposé, case, accents, ligatures, apostrophes and \
            hyphens folded (vidéoprotection, vidéo-protection and VIDEOPROTECTION find one another). Every \
            word must appear; "a phrase" in quotes, OR between alternatives, -word to exclude, préfix* for \
            words that begin so. An empty QUERY lists by the filters alone, newest first.

            Examples:
              navette amendments search vidéoprotection
              navette amendments search "tarification à l'activité" --text 1907 --fate adopté
              navette amendments search franchises --group socialiste --count
              navette amendments search "" --article 7 --since 2025-10-20 --format csv
            """
    )

    @Argument(help: "The words to find (\"\" for none).")
    var query: String

    @Option(name: .long, help: "Only amendments on this article or next to it (label as printed: 7, 1er, 7 bis).")
    var article: String?

    @Option(name: .long, help: "Only amendments on this text (its number: 1907).")
    var text: String?

    @Option(name: .long, help: "Only amendments of this group (part of its name or acronym).")
    var group: String?

    @Option(name: .long, help: "Only amendments signed by this author (part of the name).")
    var author: String?

    @Option(
        name: .long,
        help: "Only amendments with this fate: adopté, rejeté, retiré, tombé, non soutenu, irrecevable, non examiné.")
    var fate: String?

    @Option(name: .long, help: "Only amendments filed on or after this day (YYYY-MM-DD, or 20 octobre 2025).")
    var since: String?

    @Option(name: .long, help: "The SQLite store. Default: .navette/navette.sqlite, or $NAVETTE_STORE.")
    var store: String?

    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: String = "text"

    @Option(name: .long, help: "At most this many results.")
    var limit = 20

    @Flag(name: .long, help: "Count the amendments found by group and fate instead of listing them.")
    var count = false

    func validate() throws {
        guard SearchOutput.Format(rawValue: format) != nil else {
            throw ValidationError("--format \(format) is not available here; use text, json or csv")
        }
        if let fate, AmendmentFate(sort: fate) == .unknown, fate != "unknown" {
            throw ValidationError(
                "--fate '\(fate)': expected adopté, rejeté, retiré, tombé, non soutenu, irrecevable or non examiné")
        }
        if let since, FrenchDate.day(since) == nil {
            throw ValidationError("--since '\(since)' is not a date (YYYY-MM-DD)")
        }
        if limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        let path = store ?? AmendmentIndex.defaultPath
        guard FileManager.default.fileExists(atPath: path) else {
            throw UserError.notFound(
                "\(path): no index here; build one with navette index amendments PATH… --store \(path)")
        }
        let index = try AmendmentIndex(path: path)
        let search = AmendmentQuery(
            text: query, article: article, bill: text, group: group, author: author,
            fate: fate.map { AmendmentFate(sort: $0) }, since: since.flatMap(FrenchDate.day), limit: limit)
        let output = SearchOutput.Format(rawValue: format)!
        var out = StandardOutput()
        if count {
            try SearchOutput.tally(try index.tally(search), format: output, to: &out)
            return
        }
        let (hits, total) = (try index.search(search), try index.count(search))
        let bold = output == .text && Terminal.colours()
        try SearchOutput.hits(hits, total: total, query: query, format: output, bold: bold, to: &out)
    }
}
