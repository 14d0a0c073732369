import Foundation
import NavetteFormats
import ZIPFoundation

/// One file, or one member of a zip archive, that may hold amendments.
struct SourceUnit {
    /// The file (absolute path), and the member when `file` is a zip archive.
    var file: String
    var member: String?
    /// CRC-32 and size for a member, size and modification time for a file: what says, without
    /// reading the bytes, that they are those already indexed.
    var fingerprint: String
    /// Reads the bytes (a member is inflated in memory, never written to disk).
    var load: () throws -> [UInt8]

    /// How warnings name it: `archive.zip: DLR…/AMAN….json`, or the file.
    var label: String { member.map { "\(file): \($0)" } ?? file }
}

/// Walks what `navette index amendments` is given: files, directory trees (name order, hidden files
/// left out) and zip archives, whose members are streamed one at a time through ZIPFoundation.
/// Memory: the walk itself holds one member at a time, at most `memberLimit` bytes.
struct SourceWalker {
    var memberLimit: Int
    /// Told of each unit in order; returns false to stop the walk.
    var visit: (SourceUnit) throws -> Bool
    /// Told of what cannot be walked at all: an unreadable archive or directory, an oversized member.
    var warn: (_ label: String, _ message: String) -> Void

    /// - Throws: `ReadError` when a path does not exist (nothing is read then).
    func walk(_ paths: [String]) throws {
        let absolute = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        for (path, given) in zip(absolute, paths) where !FileManager.default.fileExists(atPath: path) {
            throw ReadError.notFound(file: given)
        }
        for path in absolute {
            guard try walk(path) else { return }
        }
    }

    private func walk(_ path: String) throws -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            for file in regularFiles(under: path) {
                guard try walk(file) else { return false }
            }
            return true
        }
        if AmendmentStream.isArchive(path: path) { return try walkArchive(path) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return try visit(
            SourceUnit(file: path, fingerprint: "size \(size) mtime \(modified)") {
                try DocumentLoader.readBytes(path)
            })
    }

    private func walkArchive(_ path: String) throws -> Bool {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            warn(path, "not a readable zip archive (\(error)), skipped")
            return true
        }
        for entry in archive where entry.type == .file {
            let member = entry.path
            guard entry.uncompressedSize <= UInt64(memberLimit) else {
                warn(
                    "\(path): \(member)", "\(entry.uncompressedSize) bytes, over the \(memberLimit)-byte limit; skipped"
                )
                continue
            }
            let unit = SourceUnit(
                file: path, member: member, fingerprint: "crc32 \(entry.checksum) size \(entry.uncompressedSize)"
            ) {
                try Self.inflate(entry, of: archive, limit: memberLimit)
            }
            guard try visit(unit) else { return false }
        }
        return true
    }

    /// The member's bytes, checked against its CRC-32.
    private static func inflate(_ entry: Entry, of archive: Archive, limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= limit else { throw MemberError.tooLarge(limit) }
                bytes.append(contentsOf: chunk)
            }
        } catch let error as MemberError {
            throw error
        } catch {
            throw MemberError.corrupt("\(error)")
        }
        guard checksum == entry.checksum else { throw MemberError.corrupt("CRC-32 mismatch") }
        return bytes
    }

    private func regularFiles(under directory: String) -> [String] {
        do { return try AmendmentStream.regularFiles(under: directory) } catch {
            warn(directory, "cannot be listed, skipped")
            return []
        }
    }
}

/// Why a zip member could not be read.
enum MemberError: Error, CustomStringConvertible {
    case corrupt(String)
    case tooLarge(Int)

    var description: String {
        switch self {
        case .corrupt(let detail): "corrupt member (\(detail))"
        case .tooLarge(let limit): "over the \(limit)-byte limit once inflated"
        }
    }
}
