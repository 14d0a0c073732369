import Foundation
import NavetteCore

/// Builds the `Dossier` a manifest describes: one reading per manifest entry, in order, its text read
/// from the local copy under the mirror when there is one. Missing copies and excerpts are recorded in
/// `Reading.coverage`, so that nothing is taken as absent when it is only unknown.
public enum ManifestDossier {
    public static func load(_ manifest: Manifest, mirror: String?) throws -> Dossier {
        if let mirror { try ManifestReader.checkCopies(manifest, mirror: mirror) }
        return try load(manifest, snapshots: mirror.map(MirrorSnapshots.init(root:)))
    }

    /// The dossier with each reading's text read from `snapshots` (the store, or a mirror); without
    /// one, from the manifest's facts alone.
    public static func load(_ manifest: Manifest, snapshots: (any SnapshotSource)?) throws -> Dossier {
        var dossier = Dossier(
            id: manifest.id, title: manifest.title, urls: manifest.urls.keys.sorted().compactMap { manifest.urls[$0] })
        for entry in manifest.readings {
            var reading = Reading(id: entry.id)
            if let snapshot = try snapshots?.snapshot(url: entry.url, copy: entry.copy) {
                reading = try DocumentLoader.readReading(bytes: snapshot.bytes, file: snapshot.file)
                reading.coverage =
                    !snapshot.isCopy || entry.completeness == .full ? .full : .excerpt(articles: entry.holds)
                // Articles the excerpt holds only in part are kept; those it does not claim are dropped
                // (a page's beginning may show a heading of the next article with no text).
                if case .excerpt(let held) = reading.coverage {
                    let keys = Set(held.map { ArticleNumber(label: $0).key })
                    reading.articles = reading.articles.filter { keys.contains($0.number.key) }
                }
            } else {
                reading.coverage = .missing
                if entry.copy != nil, snapshots == nil {
                    reading.diagnostics.append(
                        Diagnostic(.note, "no mirror given: the copy was not read", source: entry.id))
                } else if entry.url != nil, let snapshots, !(snapshots is MirrorSnapshots) {
                    reading.diagnostics.append(
                        Diagnostic(.note, "\(snapshots.name) holds no snapshot of it", source: entry.id))
                }
            }
            reading.id = entry.id
            reading.chamber = entry.chamber
            reading.stage = entry.stage
            reading.step = entry.step
            reading.date = entry.date
            reading.title = entry.number ?? reading.title
            reading.source = entry.url ?? reading.source
            dossier.readings.append(reading)
        }
        return dossier
    }
}
