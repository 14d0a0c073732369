import NavetteCore

/// The amendments of the lists a manifest's readings name (`amendment-lists`), read from the snapshots
/// navette holds of them: each list's amendments were filed on its reading, so they are examined in
/// the step after it. Lists not held are skipped; lists that cannot be read become warnings.
public enum ManifestAmendmentLists {
    public struct List: Sendable {
        public var reading: String
        public var address: AmendmentListAddress
        public var snapshot: SourceSnapshot
        public var file: AmendmentFile
    }

    public static func read(_ manifest: Manifest, snapshots: any SnapshotSource) throws -> (lists: [List], diagnostics: [Diagnostic]) {
        var lists: [List] = []
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for reading in manifest.readings {
            for address in reading.amendmentLists where seen.insert(address.url).inserted {
                guard let snapshot = try snapshots.snapshot(url: address.url, copy: nil) else { continue }
                do {
                    var file = try AmendmentLoader.read(bytes: snapshot.bytes, file: snapshot.file)
                    diagnostics += file.diagnostics
                    file.diagnostics = []
                    lists.append(List(reading: reading.id, address: address, snapshot: snapshot, file: file))
                } catch let error as ReadError {
                    diagnostics.append(Diagnostic(.warning, "amendments of \(reading.id): \(error.message)", source: error.file))
                }
            }
        }
        return (lists, diagnostics)
    }
}
