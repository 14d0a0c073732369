import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore

/// Which snapshots the commands that read a manifest use: the local copies when `--mirror` is given
/// (offline work, copies checked first); otherwise the store `sync` fills beside the manifest, each
/// source's latest snapshot or the one held on `--as-of`; nothing (the manifest's facts alone) when
/// there is neither.
public enum ManifestSnapshots {
    public static func source(
        for manifest: Manifest, mirror: String?, asOf: String? = nil, store: String? = nil
    ) throws -> (any SnapshotSource)? {
        if let mirror {
            if asOf != nil {
                throw WatchError.snapshots(
                    "--as-of reads the store that navette sync fills; it cannot be combined with --mirror")
            }
            try ManifestReader.checkCopies(manifest, mirror: mirror)
            return MirrorSnapshots(root: mirror)
        }
        let path = store ?? NavetteStore.defaultPath(forManifest: manifest.file)
        guard FileManager.default.fileExists(atPath: path) else {
            if let asOf {
                throw WatchError.snapshots(
                    "--as-of \(asOf): no store at \(path); run navette sync \(manifest.file) first")
            }
            return nil
        }
        do {
            return try StoreSnapshots(store: try NavetteStore(path: path), dossier: manifest.id, asOf: asOf)
        } catch let error as StoreError {
            throw error
        }
    }
}
