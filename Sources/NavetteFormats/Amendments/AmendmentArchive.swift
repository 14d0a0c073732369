import Foundation
import NavetteCore
import ZIPFoundation

/// A `.zip` of amendment files, as the Assemblée publishes its dumps (`Amendements.json.zip`:
/// `DLR…/<text>/AMAN….json`), read member by member: only one member's bytes are in memory at a time,
/// so a 500 MB dump streams. Members are visited in name order; directories, hidden files and
/// members that are not amendments are skipped (and counted).
enum AmendmentArchive {
    /// The largest member read, uncompressed (the largest real amendment is a few hundred kB).
    static let memberLimit = 32 << 20

    /// The zip signature `PK\u{3}\u{4}` (or an empty archive's `PK\u{5}\u{6}`).
    static func isArchive(_ head: [UInt8]) -> Bool {
        head.count >= 4 && head[0] == 0x50 && head[1] == 0x4B
            && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6)
    }

    /// Whether the file at `path` starts like a zip archive.
    static func isArchive(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        // `read(upToCount:)` throws on a directory where `readData(ofLength:)` would trap.
        guard let head = try? handle.read(upToCount: 4) else { return false }
        return isArchive([UInt8](head))
    }

    /// What a walk through an archive saw besides the amendment files it handed over.
    struct Walk {
        var skipped: [String] = []
        var failures: [ReadError] = []
    }

    /// Calls `body` with each member that holds amendments, its `file` named `archive.zip#member`.
    /// - Throws: `ReadError` when the archive cannot be opened; whatever `body` throws.
    static func forEach(path: String, _ body: (AmendmentFile) throws -> Void) throws -> Walk {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ReadError(file: path, "not a readable zip archive (\(error)), expected a .zip of amendment files")
        }
        var walk = Walk()
        let members = archive.filter { $0.type == .file }.sorted { $0.path < $1.path }
        for entry in members {
            let name = entry.path
            let label = path + "#" + name
            if (name as NSString).lastPathComponent.hasPrefix(".") { continue }
            guard entry.uncompressedSize <= UInt64(memberLimit) else {
                walk.failures.append(ReadError(file: label, "member larger than \(memberLimit >> 20) MB, not read"))
                continue
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(Int(entry.uncompressedSize))
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    guard bytes.count + chunk.count <= memberLimit else {
                        throw ReadError(file: label, "member too large")
                    }
                    bytes.append(contentsOf: chunk)
                }
            } catch {
                walk.failures.append(ReadError(file: label, "cannot be extracted (\(error))"))
                continue
            }
            guard let format = AmendmentFormat.detect(bytes) else {
                walk.skipped.append(name)
                continue
            }
            let file: AmendmentFile
            do { file = try AmendmentLoader.read(bytes: bytes, file: label, format: format) } catch let error
                as ReadError
            {
                walk.failures.append(error)
                continue
            }
            try body(file)
        }
        return walk
    }
}
