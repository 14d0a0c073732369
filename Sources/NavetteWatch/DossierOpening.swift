import Foundation
import NavetteCore
import NavetteFormats

/// What the reading commands (`show`, `diff`, `lineage`, `amendments`) open when given a path: a
/// manifest (a YAML file, or a directory holding `manifest.yaml` and no La Fabrique procedure) is read
/// through `ManifestSnapshots` (the store, or `--mirror`); anything else through `DocumentLoader`.
public enum DossierOpening {
    /// The manifest file a path names, if it names one.
    public static func manifestFile(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            let file = (path as NSString).appendingPathComponent("manifest.yaml")
            let laFabrique = (path as NSString).appendingPathComponent("viz/procedure.json")
            return FileManager.default.fileExists(atPath: file) && !FileManager.default.fileExists(atPath: laFabrique)
                ? file : nil
        }
        return ["yaml", "yml"].contains((path as NSString).pathExtension.lowercased()) ? path : nil
    }

    public static func load(path: String, format: DocumentFormat? = nil, mirror: String?, asOf: String?) throws
        -> LoadedDocument
    {
        guard let file = manifestFile(path) else {
            if mirror != nil || asOf != nil {
                throw WatchError.snapshots(
                    "\(path): --mirror and --as-of apply to a manifest (manifest.yaml), not to this")
            }
            return try DocumentLoader.load(path: path, format: format)
        }
        let manifest = try ManifestReader.read(path: file)
        let snapshots = try ManifestSnapshots.source(for: manifest, mirror: mirror, asOf: asOf)
        return .dossier(try ManifestDossier.load(manifest, snapshots: snapshots))
    }

    /// The amendments held for a manifest: those of its amendment lists and amendment pages, from the
    /// store (or the copies under `mirror`).
    public static func amendments(manifest file: String, mirror: String?, asOf: String?) throws -> [AmendmentFile] {
        let manifest = try ManifestReader.read(path: file)
        guard let snapshots = try ManifestSnapshots.source(for: manifest, mirror: mirror, asOf: asOf) else {
            throw WatchError.snapshots("\(file): no store beside it and no --mirror: run navette sync \(file) first")
        }
        var files = try ManifestAmendmentLists.read(manifest, snapshots: snapshots).lists.map(\.file)
        for fact in manifest.amendments {
            guard let snapshot = try snapshots.snapshot(url: fact.url, copy: fact.copy) else { continue }
            files.append(try AmendmentLoader.read(bytes: snapshot.bytes, file: snapshot.file))
        }
        return files
    }
}
