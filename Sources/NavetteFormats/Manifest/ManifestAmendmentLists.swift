import Foundation
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

    public static func read(_ manifest: Manifest, snapshots: any SnapshotSource) throws -> (
        lists: [List], diagnostics: [Diagnostic]
    ) {
        var lists: [List] = []
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for reading in manifest.readings {
            for address in reading.amendmentLists where seen.insert(address.url).inserted {
                guard let snapshot = try snapshots.snapshot(url: address.url, copy: nil) else { continue }
                do {
                    var file = try read(bytes: snapshot.bytes, file: snapshot.file, within: address.within)
                    diagnostics += file.diagnostics
                    file.diagnostics = []
                    lists.append(List(reading: reading.id, address: address, snapshot: snapshot, file: file))
                } catch let error as ReadError {
                    diagnostics.append(
                        Diagnostic(.warning, "amendments of \(reading.id): \(error.message)", source: error.file))
                }
            }
        }
        return (lists, diagnostics)
    }

    /// One list's amendments: a file of any amendment format, or a zip dump (the Assemblée's) read
    /// member by member, keeping only the members under the folder `within` names (the text's uid).
    public static func read(bytes: [UInt8], file: String, within: String? = nil) throws -> AmendmentFile {
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            return try AmendmentLoader.read(bytes: bytes, file: file)
        }
        let temporary = NSTemporaryDirectory() + "navette-list-\(UUID().uuidString).zip"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw ReadError(file: file, "cannot be unpacked (no temporary space)")
        }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        var list: AmendmentFile?
        let summary = try AmendmentStream.forEach(path: temporary) { member in
            if let within, !member.file.contains("/\(within)/") { return }
            if list == nil { list = AmendmentFile(file: file, format: member.format) }
            list?.amendments += member.amendments
        }
        guard var list else {
            throw ReadError(file: file, "no amendment in the archive" + (within.map { " under \($0)/" } ?? ""))
        }
        if !summary.failures.isEmpty { list.warn("\(summary.failures.count) members could not be read") }
        return list
    }
}
