import Foundation
import NavetteCore

/// A manifest's local copies under a mirror root (`--mirror DIR`): a source is its `copy`, dated by
/// the file's modification time.
public struct MirrorSnapshots: SnapshotSource {
    public let root: String

    public init(root: String) { self.root = root }

    public var name: String { "the mirror \(root)" }

    public func snapshot(url: String?, copy: String?) throws -> SourceSnapshot? {
        guard let copy else { return nil }
        let path = (root as NSString).appendingPathComponent(copy)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes = try DocumentLoader.readBytes(path)
        let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date).flatMap {
            $0
        }
        return SourceSnapshot(
            bytes: bytes, shown: copy, taken: modified.map { ISO8601DateFormatter().string(from: $0) },
            sha256: ContentHash.sha256(bytes),
            file: path, isCopy: true)
    }
}
