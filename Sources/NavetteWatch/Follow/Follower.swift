import Foundation
import NavetteCore
import NavetteFormats

/// What `follow` did to a manifest.
public struct FollowOutcome: Sendable {
    /// The manifest file written (or left as it was).
    public var file: String
    public var manifest: Manifest
    /// True when the file did not exist before.
    public var created: Bool
    /// One line per change made to the manifest; empty when the dossier brought nothing new.
    public var changes: [String]
    /// Differences between the dossier and the manifest where the manifest's value was kept.
    public var kept: [String]
}

/// Reads a dossier from its official address and writes (or merges into) `DIR/<id>/manifest.yaml`.
/// A dossier that yields no reading is an error (its layout may have changed): the previous manifest
/// stays as it was, never replaced by an empty one.
public struct Follower: Sendable {
    public let fetcher: any DocumentFetching

    public init(fetcher: any DocumentFetching) { self.fetcher = fetcher }

    /// The manifest the dossier gives, facts only.
    public func discover(_ address: DossierAddress) throws -> Manifest {
        switch address {
        case .senatPage(let url, let id):
            let feed = try feed(url, site: "senat", format: .senatPage)
            return DossierManifest.manifest(id: id, feed: feed, urls: ["senat": url], origin: .dossier)
        case .assembleeJSON(let url, let id):
            let feed = try feed(url, site: "assemblee-opendata", format: .assembleeJSON)
            return DossierManifest.manifest(id: id, feed: feed, urls: ["assemblee-opendata": url], origin: .scheme)
        case .assembleePage(let url):
            let bytes = try fetch(url, site: "assemblee")
            let text = String(decoding: bytes, as: UTF8.self)
            guard let match = text.firstMatch(of: /DLR5L\d+N\d+/) else {
                throw WatchError.follow(
                    "\(url): no open-data dossier uid (DLR5L…N…) in the page, expected an Assemblée dossier page")
            }
            var manifest = try discover(
                .assembleeJSON(url: DossierAddress.assembleeJSON(String(match.0)), id: String(match.0)))
            manifest.urls["assemblee"] = url
            return manifest
        case .legifrance(let url, let id):
            return try law(url, id: id)
        }
    }

    /// Discovers the dossier, then writes `directory/<id>/manifest.yaml`, merging into the one there.
    /// - Throws: `WatchError` (fetch, unreadable or empty dossier) or `ReadError` (the manifest there is
    ///   broken: its file and line); in both cases nothing is written.
    public func follow(_ address: DossierAddress, directory: String) throws -> FollowOutcome {
        let found = try discover(address)
        // The id comes from what the site sent: a safe file name, so the folder stays inside `directory`.
        let folder = (directory as NSString).appendingPathComponent(SafeFileName.make(found.id))
        let file = (folder as NSString).appendingPathComponent("manifest.yaml")
        guard FileManager.default.fileExists(atPath: file) else {
            var manifest = found
            manifest.file = file
            try ManifestFile.write(manifest, to: file)
            let lines = manifest.readings.map { "added reading \($0.id) (\(ManifestMerge.describe($0)))" }
            return FollowOutcome(file: file, manifest: manifest, created: true, changes: lines, kept: [])
        }
        let existing = try ManifestReader.read(path: file)
        let merged = ManifestMerge.merge(existing: existing, found: found)
        if !merged.changes.isEmpty {
            try ManifestFile.write(merged.manifest, to: file, header: try ManifestFile.header(of: file))
        }
        return FollowOutcome(
            file: file, manifest: merged.manifest, created: false, changes: merged.changes, kept: merged.kept)
    }

    private func fetch(_ url: String, site: String) throws -> [UInt8] {
        let result = fetcher.fetch(WatchSource(url: url, kind: .dossier(site: site)), validators: nil)
        switch result.outcome {
        case .fetched(let document): return document.bytes
        case .failed(let why), .skipped(let why): throw WatchError.follow("\(url): \(why)")
        case .notModified:
            throw WatchError.follow("\(url): the server answered 304 to a request that was not conditional")
        }
    }

    private func feed(_ url: String, site: String, format: DossierFeedFormat) throws -> DossierFeed {
        let bytes = try fetch(url, site: site)
        let feed: DossierFeed
        do {
            feed = try DossierFeedReader.read(bytes, file: url, format: format)
        } catch let error as ReadError {
            throw WatchError.follow("\(error.description) (nothing written)")
        }
        guard !feed.readings.isEmpty else {
            throw WatchError.follow(
                "\(url): source layout changed? the dossier lists no reading of the bill; nothing written")
        }
        return feed
    }

    /// A Légifrance text is the promulgated law alone: one reading, whose title is read when the page
    /// can be read as a text.
    private func law(_ url: String, id: String) throws -> Manifest {
        let bytes = try fetch(url, site: "legifrance")
        let title = (try? DocumentLoader.readReading(bytes: bytes, file: url).title).flatMap { $0.isEmpty ? nil : $0 }
        var reading = ManifestReading(
            id: "loi-\(id)", chamber: .gouvernement, stage: "promulgation", url: url, origin: .scheme)
        reading.note =
            "Légifrance gives the law alone: follow its Sénat or Assemblée dossier for the readings before it"
        return Manifest(id: id, title: title ?? id, urls: ["legifrance": url], readings: [reading])
    }
}
