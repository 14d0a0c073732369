import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore

/// During a sync, what the dossier lists and the manifest lacks: readings are added to the manifest
/// (as `follow` would add them, hand-written fields kept), the manifest file is rewritten when there is
/// one, and each new reading becomes a `reading` change ("new reading"), alerted once.
struct ManifestGrowth {
    let store: NavetteStore

    struct Growth {
        var lines: [String] = []
        var changes: [ChangeRecord] = []
    }

    /// Grows `manifest` from the latest good snapshot of the dossier source (the one just stored, or the
    /// one kept when the source did not change or failed).
    func grow(_ manifest: inout Manifest, from source: WatchSource, site: String) throws -> Growth {
        let record = try store.source(
            url: source.url, kind: source.kind.name, label: source.label, dossier: manifest.id)
        guard let snapshot = try store.latestSnapshot(sourceId: record.id!),
            let parsed = try store.parsed(snapshotId: snapshot.id!),
            case .dossier(let feed) = try? JSONDecoder().decode(ParsedContent.self, from: Data(parsed.json.utf8))
        else { return Growth() }
        let found = DossierManifest.manifest(
            id: manifest.id, feed: feed, urls: [:], origin: site == "assemblee-opendata" ? .scheme : .dossier)
        let merged = ManifestMerge.merge(existing: manifest, found: found)
        guard !merged.changes.isEmpty else { return Growth() }
        if !manifest.file.isEmpty, FileManager.default.fileExists(atPath: manifest.file) {
            try ManifestFile.write(
                merged.manifest, to: manifest.file, header: try ManifestFile.header(of: manifest.file))
        }
        let known = Set(manifest.readings.map(\.id))
        var growth = Growth(lines: merged.changes)
        for reading in merged.manifest.readings where !known.contains(reading.id) {
            let title = "New reading \(reading.id) (\(ManifestMerge.describe(reading))) added to the manifest"
            let detail = ChangeDetail(url: reading.url ?? source.url, label: reading.id)
            let json = String(decoding: try JSONEncoder().encode(detail), as: UTF8.self)
            growth.changes.append(
                ChangeRecord(
                    key: ContentHash.sha256(
                        Array("\(manifest.id)|new reading|\(reading.id)|\(reading.url ?? "")".utf8)),
                    sourceId: record.id!, dossier: manifest.id, kind: "reading", subject: reading.id, title: title,
                    fromSnapshotId: nil, toSnapshotId: snapshot.id!, detail: json))
        }
        growth.changes = try store.recordChanges(growth.changes)
        manifest = merged.manifest
        return growth
    }
}
