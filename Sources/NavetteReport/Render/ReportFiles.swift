import Foundation

/// Writing a report's files into a directory, whole or not at all.
extension ReportRenderer {
    /// Writes every file whole or none: each goes to a hidden temporary file in the directory first;
    /// only when all are written, and nothing stands in the way, are they renamed into place (a rename
    /// is atomic: a reader sees the old file or the new one). On failure the temporary files are
    /// removed and the error names the file.
    public static func write(_ files: [File], to directory: String) throws(ReportError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ReportError.cannotWrite(path: directory, reason: "is a file; --out names a directory")
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch let error {
            throw ReportError.cannotWrite(
                path: directory, reason: "cannot create the directory (\(error.localizedDescription))")
        }
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        var staged: [(temporary: String, final: String)] = []
        do {
            for file in files {
                let final = (directory as NSString).appendingPathComponent(file.name)
                let temporary = (directory as NSString).appendingPathComponent(".\(file.name).\(token).tmp")
                staged.append((temporary, final))
                // A plain write: Foundation's createFile syncs each file to disk, a hundred waits for output
                // that can be made again; the renames below keep each file whole (old or new, never half).
                guard Self.writeNew(file.contents, to: temporary) else {
                    throw ReportError.cannotWrite(
                        path: final, reason: "cannot be written (permissions, or the disk is full)")
                }
            }
            // What would stop a rename (a directory in the way) is checked before any file is replaced.
            for (_, final) in staged {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: final, isDirectory: &isDirectory), isDirectory.boolValue {
                    throw ReportError.cannotWrite(
                        path: final, reason: "cannot be put in place, a directory has that name")
                }
            }
            for (temporary, final) in staged {
                guard rename(temporary, final) == 0 else {
                    throw ReportError.cannotWrite(
                        path: final, reason: "cannot be put in place (\(String(cString: strerror(errno))))")
                }
            }
        } catch {
            for (temporary, _) in staged { try? FileManager.default.removeItem(atPath: temporary) }
            throw error as? ReportError ?? .cannotWrite(path: directory, reason: error.localizedDescription)
        }
    }

    /// Creates `path` (it must not exist) holding `text`; false on any failure, the partial file removed.
    private static func writeNew(_ text: String, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        var utf8 = text
        let written = utf8.withUTF8 { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let closed = close(descriptor) == 0
        if !(written && closed) { unlink(path) }
        return written && closed
    }
}
