import ArgumentParser
import Foundation
import NavetteWatch

/// `navette follow`: from a dossier's official address to a manifest navette can sync and report on.
struct Follow: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a bill's dossier from its official address and write (or update) its manifest.",
        discussion: """
            Takes a Sénat dossier page, an Assemblée dossier (its open-data JSON DLR5L…N…, or its page) \
            or a Légifrance text id, and writes DIR/<id>/manifest.yaml: every reading the dossier lists \
            (chamber, stage, step, date, number, text address) in navette order, and for each text the \
            addresses of its amendment lists (Sénat Ameli CSV and discussion JSON, Assemblée open-data \
            JSON). Each address says whether it was read from the dossier (origin: dossier) or built \
            from a documented URL scheme (origin: scheme).

            Run again, it merges: new readings are added in their place, addresses missing from known \
            readings are filled in, and everything written by hand (articles, facts, amendments, \
            motions, notes, corrected values) is kept. What changed is printed. A dossier that lists no \
            reading leaves the manifest as it was.

            Then: navette sync DIR/<id> fetches every source into the store; navette report DIR/<id>.

            Examples:
              navette follow https://www.senat.fr/dossier-legislatif/pjl22-220.html
              navette follow DLR5L15N36030 --dir dossiers
              navette follow https://www.senat.fr/dossier-legislatif/pjl22-220.html \\
                --map-host https://www.senat.fr=http://127.0.0.1:8080
            """
    )

    @Argument(help: "The dossier's address: Sénat dossier page, Assemblée dossier (JSON or page), or JORFTEXT id.")
    var address: String

    @Option(name: .long, help: "Directory that holds one folder per dossier.")
    var dir: String = "navette-data"

    @Option(
        name: .customLong("map-host"),
        help: ArgumentHelp(
            "Send an official host's requests to another base address; repeatable.", valueName: "FROM=TO"))
    var mapHost: [String] = []

    @Option(name: .long, help: "Seconds without data before a request fails (whole seconds).")
    var timeout: Double = 30

    @Option(name: .long, help: "Further attempts after a server or network error.")
    var retries: Int = 2

    func run() throws {
        let dossier = try DossierAddress(address)
        var configuration = FetchConfiguration(userAgent: WatchSession.userAgent)
        configuration.timeout = timeout
        configuration.retries = max(0, retries)
        configuration.backoff = 1
        configuration.hostMap = try HostMap(rules: mapHost)
        let outcome = try Follower(fetcher: HTTPFetcher(configuration: configuration)).follow(dossier, directory: dir)
        var output = StandardOutput()
        for line in outcome.changes { output.write("  \(line)\n") }
        for line in outcome.kept { output.write("  kept: \(line)\n") }
        let readings = outcome.manifest.readings.count
        let verb = outcome.created ? "wrote" : outcome.changes.isEmpty ? "unchanged:" : "updated"
        output.write("\(verb) \(outcome.file) (\(readings) reading\(readings == 1 ? "" : "s"), ")
        output.write("\(outcome.changes.count) change\(outcome.changes.count == 1 ? "" : "s"))\n")
    }
}
