import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore
import NavetteWatch
import TestSupport

/// A manifest whose official addresses are served by a `LocalServer` from the corpus copies it names:
/// each source's path on the server is its official path, and every official host is mapped to the
/// server. Sources without a copy are not routed (the server answers 404, as for a missing page).
final class ServedManifest: @unchecked Sendable {
    let manifest: Manifest
    let server: LocalServer
    let directory: TemporaryDirectory
    /// Where an inline manifest was written (kept as long as the fixture).
    private var manifestDirectory: TemporaryDirectory?
    /// `--map-host` rules for every host of the manifest's sources.
    let hostRules: [String]

    static let olympicsFile = Corpus.packageRoot + "/corpus/jo2024/manifest.yaml"

    init(manifest: Manifest, mirror: String = Corpus.root) throws {
        self.manifest = manifest
        let server = try LocalServer()
        self.server = server
        directory = try TemporaryDirectory()
        var hosts: Set<String> = []
        for source in SourcePlan.sources(for: manifest) {
            guard let host = URL(string: source.url)?.host else { continue }
            hosts.insert(host)
            if let copy = source.copy {
                let bytes = try Corpus.bytes((copy as NSString).standardizingPath)
                server.serve(Self.path(of: source.url), bytes, contentType: Self.contentType(copy))
            }
        }
        hostRules = hosts.sorted().map { "\($0)=\(server.base)" }
    }

    static func olympics() throws -> ServedManifest {
        try ServedManifest(manifest: try ManifestReader.read(path: olympicsFile))
    }

    /// A manifest written for one test (facts only: ids and addresses).
    static func inline(_ yaml: String) throws -> ServedManifest {
        let directory = try TemporaryDirectory()
        let file = try directory.write("manifest.yaml", yaml)
        let served = try ServedManifest(manifest: try ManifestReader.read(path: file))
        served.manifestDirectory = directory
        return served
    }

    /// The request target the server sees for an official address.
    static func path(of url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        return components.percentEncodedPath + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
    }

    static func contentType(_ file: String) -> String {
        switch (file as NSString).pathExtension.lowercased() {
        case "txt": "text/plain; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        default: "text/html; charset=utf-8"
        }
    }

    /// The idle timeout of every fetch that is not testing timeouts: long enough that a loaded CI
    /// machine (two cores, the whole suite in parallel) never trips it on a healthy local server.
    static let patientTimeout: TimeInterval = 30

    var storePath: String { directory.path + "/navette.sqlite" }
    var feedPath: String { directory.path + "/feed.atom" }

    func store() throws -> NavetteStore { try NavetteStore(path: storePath) }

    func fetcher(
        retries: Int = 1, timeout: TimeInterval = ServedManifest.patientTimeout,
        limits: (inout FetchConfiguration) -> Void = { _ in }
    ) throws -> HTTPFetcher {
        var configuration = FetchConfiguration(userAgent: "navette/test")
        configuration.timeout = timeout
        configuration.retries = retries
        configuration.backoff = 0.01
        configuration.politeness = 0
        configuration.maxRedirects = 5
        configuration.hostMap = try HostMap(rules: hostRules)
        limits(&configuration)
        return HTTPFetcher(configuration: configuration)
    }

    func syncer(
        retries: Int = 1, articles: [String]? = nil, storeWait: TimeInterval = 600,
        limits: (inout FetchConfiguration) -> Void = { _ in }
    ) throws -> Syncer {
        var options = SyncOptions()
        options.articles = articles ?? manifest.articles.map(\.label)
        options.storeWait = storeWait
        let fetcher = try fetcher(retries: retries, limits: limits)
        return Syncer(manifest: manifest, store: try store(), fetcher: fetcher, options: options)
    }

    /// Serves `bytes` at a source's address from now on.
    func serve(_ url: String, _ bytes: [UInt8], contentType: String = "text/plain; charset=utf-8") {
        server.serve(Self.path(of: url), bytes, contentType: contentType)
    }

    func route(_ url: String, _ behavior: LocalServer.Behavior) {
        server.route(Self.path(of: url), behavior)
    }

    /// Command-line options that send the manifest's hosts to the server, quickly.
    var cliOptions: [String] {
        [
            "--store", storePath, "--feed", feedPath, "--delay", "0", "--retries", "0", "--timeout",
            "\(Int(Self.patientTimeout))", "--backoff",
            "0.01",
        ]
            + hostRules.flatMap { ["--map-host", $0] }
    }
}

extension Array where Element == UInt8 {
    /// The bytes with `old` replaced by `new` (text edits of a real file, for content changes).
    func replacing(_ old: String, with new: String) -> [UInt8] {
        Array(String(decoding: self, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8)
    }
}
