import Foundation
import NavetteCore
import NavetteFormats
import NavetteWatch
import TestSupport

/// The Assemblée's dossier of PLFSS 2018 and the texts the corpus holds of it, served by a
/// `LocalServer` under their official paths, for `follow` → `sync` → `report` run as a user runs them.
final class ServedDossier: @unchecked Sendable {
    static let dossierURL = "https://www.assemblee-nationale.fr/dyn/opendata/DLR5L15N36030.json"
    /// Official path -> corpus file.
    static let files: [(path: String, file: String, type: String)] = [
        ("/dyn/opendata/DLR5L15N36030.json", "formats/an-opendata-dossier-json/DLR5L15N36030.json", "application/json"),
        ("/dyn/opendata/PRJLANR5L15B0269.html", "texts/an/15-plfss2018/pl0269-projet-de-loi-depot.html", "text/html"),
        ("/leg/pjl17-063.html", "texts/senat/15-plfss2018/pjl17-063-texte-transmis-au-senat.html", "text/html"),
        (
            "/dyn/opendata/PRJLANR5L15B0387.html", "texts/an/15-plfss2018/pl0387-modifie-par-le-senat.TRIMMED.html",
            "text/html"
        ),
        // A real Ameli CSV (of another text: the corpus has none of text 63) under text 63's list address.
        (
            "/amendements/commissions/2017-2018/63/jeu_complet_commission_2017-2018_63.csv",
            "formats/senat-ameli-csv/jeu_complet_2019-2020_139.csv", "text/csv; charset=windows-1252"
        ),
    ]
    /// Every host a source of the manifest may name: all are sent to the server (no test goes out).
    static let hosts = [
        "www.assemblee-nationale.fr", "www.senat.fr", "data.assemblee-nationale.fr", "www.legifrance.gouv.fr",
        "www.conseil-constitutionnel.fr",
    ]

    let server: LocalServer
    let directory: TemporaryDirectory

    init(directory: TemporaryDirectory? = nil) throws {
        server = try LocalServer()
        self.directory = try directory ?? TemporaryDirectory()
        for entry in Self.files { server.serve(entry.path, try Corpus.bytes(entry.file), contentType: entry.type) }
    }

    /// A new server for the same working directory (after the first one was stopped).
    static func restarted(in directory: TemporaryDirectory) throws -> ServedDossier {
        try ServedDossier(directory: directory)
    }

    var mapHost: [String] { Self.hosts.flatMap { ["--map-host", "\($0)=\(server.base)"] } }
    var manifestDirectory: String { directory.path + "/DLR5L15N36030" }
    var storePath: String { manifestDirectory + "/.navette/navette.sqlite" }

    func follow() throws -> NavetteProcess.Result {
        try NavetteProcess.run(["follow", Self.dossierURL, "--dir", directory.path, "--retries", "0"] + mapHost)
    }

    func sync(environment: [String: String] = [:]) throws -> NavetteProcess.Result {
        try NavetteProcess.run(
            [
                "sync", manifestDirectory, "--delay", "0", "--retries", "0", "--timeout",
                "\(Int(ServedManifest.patientTimeout))",
            ] + mapHost,
            environment: environment)
    }
}
