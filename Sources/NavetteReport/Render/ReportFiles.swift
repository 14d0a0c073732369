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
            throw ReportError.cannotWrite(path: directory, reason: "cannot create the directory (\(error.localizedDescription))")
        }
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        var staged: [(temporary: String, final: String)] = []
        do {
            for file in files {
                let final = (directory as NSString).appendingPathComponent(file.name)
                let temporary = (directory as NSString).appendingPathComponent(".\(file.name).\(token).tmp")
                staged.append((temporary, final))
                guard FileManager.default.createFile(atPath: temporary, contents: Data(file.contents.utf8)) else {
                    throw ReportError.cannotWrite(path: final, reason: "cannot be written (permissions, or the disk is full)")
                }
            }
            // What would stop a rename (a directory in the way) is checked before any file is replaced.
            for (_, final) in staged {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: final, isDirectory: &isDirectory), isDirectory.boolValue {
                    throw ReportError.cannotWrite(path: final, reason: "cannot be put in place, a directory has that name")
                }
            }
            for (temporary, final) in staged {
                guard rename(temporary, final) == 0 else {
                    throw ReportError.cannotWrite(path: final, reason: "cannot be put in place (\(String(cString: strerror(errno))))")
                }
            }
        } catch let error as ReportError {
            for (temporary, _) in staged { try? FileManager.default.removeItem(atPath: temporary) }
            throw error
        } catch {
            for (temporary, _) in staged { try? FileManager.default.removeItem(atPath: temporary) }
            throw .cannotWrite(path: directory, reason: error.localizedDescription)
        }
    }
}
