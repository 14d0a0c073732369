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

    /// The amendments of `paths`, each a manifest (see `amendments(manifest:mirror:asOf:)`) or amendment
    /// files, directories and archives.
    public static func amendments(paths: [String], mirror: String?, asOf: String?) throws -> [AmendmentFile] {
        try paths.flatMap { path in
            try manifestFile(path).map { try amendments(manifest: $0, mirror: mirror, asOf: asOf) }
                ?? AmendmentLoader.read(paths: [path])
        }
    }

    /// What `diff` compares: two text files, or the readings of one dossier (a directory or a manifest).
    public static func comparisons(
        paths: [String], format: DocumentFormat?, mirror: String?, asOf: String?,
        article: String?, from: String?, to: String?, all: Bool
    ) throws -> [ReadingComparison] {
        if paths.count == 2 {
            let readings = try paths.map { path in
                guard case .reading(let reading) = try DocumentLoader.load(path: path, format: format) else {
                    throw ReadError(
                        file: path, "is a directory; compare two files, or give one dossier directory alone")
                }
                return reading
            }
            return [try DiffSelection.files(readings[0], readings[1], article: article)]
        }
        guard case .dossier(let dossier) = try load(path: paths[0], format: format, mirror: mirror, asOf: asOf) else {
            throw ReadError(
                file: paths[0], "one path must be a dossier directory; give OLD_FILE NEW_FILE to compare two files")
        }
        return try DiffSelection.dossier(dossier, article: article, from: from, to: to, all: all)
    }
}
