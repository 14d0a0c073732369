import ArgumentParser
import Foundation
import NavetteCore
import NavetteFormats
import NavetteRender
import NavetteReport
import NavetteStore
import NavetteWatch

/// `navette history`: what the store holds for a dossier.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the snapshots, failed fetches and changes recorded for a dossier, with dates.",
        discussion: """
            For each source: every snapshot kept (date, content hash, size, HTTP status, what was read), \
            every fetch that failed or was refused, and when it was last checked. Then every change found, \
            with the channels it was delivered on. With --article: only the texts holding that article and \
            its changes.

            Examples:
              navette history corpus/jo2024/manifest.yaml
              navette history corpus/jo2024/manifest.yaml --article 7 --format json
            """
    )

    @Argument(help: "The dossier manifest (YAML), or a directory holding manifest.yaml.")
    var manifest: String

    @Option(name: .long, help: "The SQLite store. Default: .navette/navette.sqlite beside the manifest.")
    var store: String?

    @Option(name: .long, help: "Only this article (label as printed).")
    var article: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let manifest = try ManifestReader.read(path: self.manifest)
        let path = store ?? NavetteStore.defaultPath(forManifest: manifest.file)
        guard FileManager.default.fileExists(atPath: path) else {
            throw UserError.notFound("no history for \(manifest.id): \(path) does not exist (run navette sync first)")
        }
        let store: NavetteStore
        store = try NavetteStore(path: path)
        let history = try DossierHistory.read(store, dossier: manifest.id, path: path, article: article)
        var output = StandardOutput()
        if format == .json {
            output.write(try JSONOutput.encode(history))
        } else {
            history.write(title: manifest.title, article: article, to: &output)
        }
    }
}
